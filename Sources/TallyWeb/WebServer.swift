import CompetitionConfig
import CompetitionModel
import CompetitionService
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Reports
import SkillsScoring

/// `tally serve`: the same database and the same use cases behind an HTTP server (web spec).
/// The JSON API (`/api/v1`) and the pages; every handler calls the service off the event
/// loop, and no rule lives here: the desk decides, the web only authenticates.
public struct WebServer: Sendable {
    public let service: CompetitionService
    /// Whether the session cookie is marked `Secure` (behind a TLS reverse proxy).
    public var secureCookies: Bool
    /// The reverse proxies whose `X-Forwarded-For` names the client (`--trusted-proxy`).
    public var trustedProxies: Set<String>

    public init(service: CompetitionService, secureCookies: Bool = false, trustedProxies: Set<String> = []) {
        self.service = service
        self.secureCookies = secureCookies
        self.trustedProxies = trustedProxies
    }

    /// The routes with their middleware: the client's address first, security headers
    /// outermost of the rest, then the session, the request log and the CSRF check.
    public func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: ClientAddressMiddleware(trustedProxies: trustedProxies))
        router.add(middleware: SecurityHeadersMiddleware())
        let sessions = SessionCache()
        router.add(middleware: SessionMiddleware(service: service, sessions: sessions))
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: CSRFMiddleware())
        let api = router.group("api/v1")
        let service = service
        let secure = secureCookies
        let feed = ChangeFeed(service: service)

        api.get("competitions") { _, _ in
            let list = try await blocking { try service.competitions() }
            return WebResponse.json(.object([("competitions", .array(list.map { info in
                .object([("id", .string(info.id.rawValue)), ("name", .string(info.name)), ("kind", .string(info.kind.rawValue))])
            }))]))
        }

        api.post("login") { request, context in
            struct Body: Decodable { var competition: String; var name: String; var password: String }
            let body: Body
            do { body = try await request.decode(as: Body.self, context: context) } catch {
                throw WebFailure(.badRequest, "expected {\"competition\", \"name\", \"password\"}")
            }
            let source = context.auditSource
            let (token, signedIn) = try await blocking {
                try service.signIn(competition: body.competition, name: body.name, password: body.password, source: source)
            }
            var response = WebResponse.json(.object([("name", .string(signedIn.official.name)),
                                                     ("role", .string(signedIn.official.role.rawValue)),
                                                     ("csrf", .string(signedIn.csrf))]))
            response.setCookie(Cookie(name: "tally_session", value: token, path: "/", secure: secure, httpOnly: true, sameSite: .strict))
            return response
        }

        api.post("logout") { _, context in
            if let token = context.sessionToken {
                sessions.forget(token: token)
                try await blocking { try service.signOut(token: token) }
            }
            var response = Response(status: .noContent)
            response.setCookie(Cookie(name: "tally_session", value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .strict))
            return response
        }

        api.get("me") { _, context in
            guard let signedIn = context.signedIn else { throw WebFailure(.unauthorized, "not signed in") }
            return WebResponse.json(.object([("competition", .string(signedIn.competition)), ("name", .string(signedIn.official.name)),
                                             ("role", .string(signedIn.official.role.rawValue))]))
        }

        api.get("competitions/:id/standings") { request, context in
            let id = try context.parameters.require("id")
            let trade = request.uri.queryParameters.get("trade").map { TradeID($0) }
            let afterRound = request.uri.queryParameters.get("after-round").flatMap(Int.init)
            let official = context.signedIn?.competition == id
            let value = try await blocking {
                try DownloadsPage.listing(.standings, trade: trade, afterRound: afterRound, desk: service.desk(id), official: official).json()
            }
            return WebResponse.json(value)
        }

        api.get("competitions/:id/awards") { request, context in
            let id = try context.parameters.require("id")
            let trade = request.uri.queryParameters.get("trade").map { TradeID($0) }
            let official = context.signedIn?.competition == id
            let value = try await blocking {
                try DownloadsPage.listing(.awards, trade: trade, desk: service.desk(id), official: official).json()
            }
            return WebResponse.json(value)
        }

        api.get("competitions/:id/events") { request, context in
            let id = try context.parameters.require("id")
            let missed = request.headers[HTTPField.Name("Last-Event-ID")!].flatMap { Int64($0) }
            let start = try await blocking { () throws -> Int64 in
                _ = try service.desk(id)     // 404 for an unknown competition
                return try missed ?? service.lastChange()
            }
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                            body: EventStream.body(feed: feed, competition: id, after: start))
        }

        SkillsAPI(service: service).add(to: api)
        BridgeAPI(service: service).add(to: api)
        Pages(service: service, secureCookies: secureCookies, sessions: sessions).add(to: router)
        return router
    }
}

extension WebServer {
    /// Serves on `host`:`port` (0: a free port) until SIGTERM or SIGINT, finishing the requests
    /// in flight. `ready` gets the real port once the server listens.
    public func run(host: String, port: Int, ready: @escaping @Sendable (Int) -> Void) async throws {
        var logger = Logger(label: "tally")
        logger.logLevel = .warning
        let app = Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "tally"),
                              onServerRunning: { channel in ready(channel.localAddress?.port ?? port) }, logger: logger)
        try await app.runService()     // stops gracefully on SIGTERM and SIGINT
    }
}
