import CompetitionService

extension WebContext {
    /// The signed-in official of competition `id`: 401 without a session, 403 when signed in
    /// to another competition.
    func official(of id: String) throws -> SignedIn {
        guard let signedIn else { throw WebFailure(.unauthorized, "sign in first") }
        guard signedIn.competition == id else { throw WebFailure(.forbidden, "signed in to another competition") }
        return signedIn
    }

    /// Whether the request carries a session of competition `id`.
    func isOfficial(of id: String) -> Bool { signedIn?.competition == id }
}

extension CompetitionService {
    /// The desk of competition `id` with its changes audited as coming from the request's
    /// address (`web 10.0.0.7`).
    func desk(_ id: String, for context: WebContext) throws -> CompetitionDesk {
        try desk(id).from(context.auditSource)
    }
}
