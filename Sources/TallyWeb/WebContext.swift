import CompetitionService
import Hummingbird
import NIOCore

/// What a request carries through the middleware to its route: where it came from and, once
/// the session middleware has looked, the signed-in official and the session token.
public struct WebContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    /// The official whose session cookie the request carries.
    public var signedIn: SignedIn?
    /// The session token of the cookie (to end the session).
    public var sessionToken: String?
    /// A submitted form, read by the CSRF check.
    var form: FormData?
    /// The client's address: the connection's, or the one a trusted proxy forwarded for
    /// (`ClientAddressMiddleware`).
    public var clientAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// Request bodies: 1 MiB for forms and JSON (web spec §2).
    public var maxUploadSize: Int { 1 << 20 }

    /// The audit trail's source of a change made in the browser: `web` and the client's address.
    public var auditSource: String { "web \(clientAddress ?? remoteAddress?.ipAddress ?? "-")" }
}
