import Hummingbird

/// Where a request came from, for the audit trail and the request log. Directly connected, it
/// is the connection's address. Behind a reverse proxy that connection is the proxy's, so a
/// request from an address the server was told to trust (`tally serve --trusted-proxy`) is
/// taken to come from the last address the proxy appended to `X-Forwarded-For`. Nobody else's
/// `X-Forwarded-For` is read: a browser could write anything there.
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = WebContext
    /// The proxies' own addresses (as `SocketAddress.ipAddress` spells them).
    let trustedProxies: Set<String>

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        context.clientAddress = Self.clientAddress(connection: context.remoteAddress?.ipAddress,
                                                   forwardedFor: request.headers[values: .init("X-Forwarded-For")!],
                                                   trusting: trustedProxies)
        return try await next(request, context)
    }

    /// The client's address: the connection's, or — when that is a trusted proxy's and the proxy
    /// said whom it forwarded for — the last address of the `X-Forwarded-For` lines.
    static func clientAddress(connection: String?, forwardedFor lines: [String], trusting proxies: Set<String>) -> String? {
        guard let connection, proxies.contains(connection) else { return connection }
        let forwarded = lines.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let last = forwarded.last, !last.isEmpty else { return connection }
        return last
    }
}
