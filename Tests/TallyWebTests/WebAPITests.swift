import CompetitionService
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TallyWeb
import Testing

/// The JSON API of `tally serve` in-process (web spec §2, §4): sign-in with throttling,
/// sessions, CSRF, roles and seats, what is public before the reveal, security headers.
@Suite("Web API")
struct WebAPITests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh database with the panel-of-eight competition, one entrant, and passwords for the
    /// chief judge and judge 1.
    static func service() throws -> (CompetitionService, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let service = try CompetitionService(databasePath: folder.appendingPathComponent("t.sqlite").path, createIfMissing: true)
        _ = try service.loadDefinition(file: repository.appendingPathComponent("Tests/TallyCLITests/Fixtures/reliability/panel-of-eight.yaml").path,
                                       operator: "裁判长")
        let desk = try service.desk(nil)
        let entrants = folder.appendingPathComponent("e.csv")
        try "trade,name,organisation,code\nwelder,<script>alert(1)</script>,单位,A0001\n".write(to: entrants, atomically: true, encoding: .utf8)
        _ = try desk.importEntrants(file: entrants.path, seed: nil, operator: "录分员")
        try desk.setPassword(official: "裁判长", password: "chief-judge-pass", operator: "裁判长")
        try desk.setPassword(official: "评委1", password: "judge-one-pass", operator: "裁判长")
        return (service, folder)
    }

    struct Session {
        var cookie: String
        var csrf: String
    }

    static func json(_ value: some Encodable) -> ByteBuffer { ByteBuffer(data: try! JSONEncoder().encode(value)) }

    static func object(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
    }

    static func signIn(_ client: some TestClientProtocol, name: String, password: String) async throws -> (TestResponse, Session?) {
        let response = try await client.execute(uri: "/api/v1/login", method: .post, headers: [.contentType: "application/json"],
                                                body: json(["competition": "panel-of-eight", "name": name, "password": password]))
        guard response.status == .ok, let cookie = response.headers[.setCookie]?.split(separator: ";").first,
              let csrf = try object(response)["csrf"] as? String else { return (response, nil) }
        return (response, Session(cookie: String(cookie), csrf: csrf))
    }

    @Test("sign in, see who you are, sign out (a change, so with the CSRF token); the cookie is HttpOnly and SameSite=Strict")
    func signInAndOut() async throws {
        let (service, folder) = try Self.service()
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            let (response, signedIn) = try await Self.signIn(client, name: "评委1", password: "judge-one-pass")
            #expect(response.status == .ok)
            let setCookie = response.headers[.setCookie] ?? ""
            #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict") && setCookie.contains("Path=/"))
            let session = try #require(signedIn)
            let me = try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: session.cookie])
            #expect(try Self.object(me)["role"] as? String == "judge")
            #expect(try await client.execute(uri: "/api/v1/me", method: .get).status == .unauthorized)
            #expect(try await client.execute(uri: "/api/v1/logout", method: .post, headers: [.cookie: session.cookie]).status == .forbidden)
            let out = try await client.execute(uri: "/api/v1/logout", method: .post,
                                               headers: [.cookie: session.cookie, HTTPField.Name("X-CSRF-Token")!: session.csrf])
            #expect(out.status == .noContent)
            #expect(try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: session.cookie]).status == .unauthorized)
        }
    }

    @Test("a wrong password is 401 and audited; five failures lock the official out for 15 minutes (429, even with the right password)")
    func throttling() async throws {
        let (service, folder) = try Self.service()
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            for _ in 1...5 {
                #expect(try await Self.signIn(client, name: "评委1", password: "wrong").0.status == .unauthorized)
            }
            let locked = try await Self.signIn(client, name: "评委1", password: "judge-one-pass").0
            #expect(locked.status == .tooManyRequests)
            #expect(try await Self.signIn(client, name: "无名", password: "x").0.status == .unauthorized)
            #expect(try await Self.signIn(client, name: "评委2", password: "any password").0.status == .unauthorized)   // none set
        }
        let failures = try service.desk(nil).auditTrail().filter { $0.action == "signin.failed" }
        #expect(failures.count == 7)
        #expect(failures.allSatisfy { ($0.source ?? "").hasPrefix("web ") })
    }

    @Test("a judge's mark: only with the CSRF token, only at the judge's own seat; the same mark the command line stores")
    func marks() async throws {
        let (service, folder) = try Self.service()
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            let session = try #require(try await Self.signIn(client, name: "评委1", password: "judge-one-pass").1)
            let uri = "/api/v1/competitions/panel-of-eight/marks"
            let mark = ["trade": "welder", "code": "A0001", "component": "practical", "judge": "J1", "mark": "86.5"]
            let noToken = try await client.execute(uri: uri, method: .post, headers: [.cookie: session.cookie, .contentType: "application/json"],
                                                   body: Self.json(mark))
            #expect(noToken.status == .forbidden)
            #expect(try service.desk(nil).auditTrail().allSatisfy { $0.action != "mark.enter" })
            let headers: HTTPFields = [.cookie: session.cookie, .contentType: "application/json", HTTPField.Name("X-CSRF-Token")!: session.csrf]
            let stored = try await client.execute(uri: uri, method: .post, headers: headers, body: Self.json(mark))
            #expect(stored.status == .created)
            #expect(try Self.object(stored)["mark"] as? String == "86.5")
            var otherSeat = mark
            otherSeat["judge"] = "J2"
            let refused = try await client.execute(uri: uri, method: .post, headers: headers, body: Self.json(otherSeat))
            #expect(refused.status == .forbidden)
            #expect(try Self.object(refused)["error"] as? String == "judge 评委1 sits at J1, not J2")
            let again = try await client.execute(uri: uri, method: .post, headers: headers, body: Self.json(mark))
            #expect(again.status == .badRequest)     // stored already: a correction is the chief judge's
            let anonymous = try await client.execute(uri: uri, method: .post, headers: [.contentType: "application/json"], body: Self.json(mark))
            #expect(anonymous.status == .unauthorized)
        }
        let entered = try service.desk(nil).auditTrail().filter { $0.action == "mark.enter" }
        #expect(entered.count == 1 && entered.first?.operator == "评委1")
    }

    @Test("before the reveal a trade's standings are the officials' (403 to anyone else); every response carries the security headers")
    func publicOnlyWhenRevealed() async throws {
        let (service, folder) = try Self.service()
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            let list = try await client.execute(uri: "/api/v1/competitions", method: .get)
            #expect(list.status == .ok)
            #expect(list.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
            #expect(list.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
            #expect(list.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            let hidden = try await client.execute(uri: "/api/v1/competitions/panel-of-eight/standings?trade=welder", method: .get)
            #expect(hidden.status == .forbidden && hidden.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            let session = try #require(try await Self.signIn(client, name: "裁判长", password: "chief-judge-pass").1)
            let shown = try await client.execute(uri: "/api/v1/competitions/panel-of-eight/standings?trade=welder", method: .get,
                                                 headers: [.cookie: session.cookie])
            #expect(shown.status == .ok)
            #expect(try Self.object(shown)["trade"] as? String == "welder")
            #expect(try await client.execute(uri: "/api/v1/competitions/nothing/standings", method: .get).status == .notFound)
        }
    }

    @Test("the chief judge locks (409 with every blocker while marks are missing), unlocks with a reason and reveals; a judge may not")
    func lockAndReveal() async throws {
        let (service, folder) = try Self.service()
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            let chief = try #require(try await Self.signIn(client, name: "裁判长", password: "chief-judge-pass").1)
            let judge = try #require(try await Self.signIn(client, name: "评委1", password: "judge-one-pass").1)
            func post(_ path: String, _ session: Session, body: [String: String]? = nil) async throws -> TestResponse {
                try await client.execute(uri: "/api/v1/competitions/panel-of-eight/trades/welder/\(path)", method: .post,
                                         headers: [.cookie: session.cookie, .contentType: "application/json",
                                                   HTTPField.Name("X-CSRF-Token")!: session.csrf],
                                         body: body.map { Self.json($0) })
            }
            let blocked = try await post("lock", chief)
            #expect(blocked.status == .conflict)
            #expect((try Self.object(blocked)["error"] as? String ?? "").contains("A0001"), "\(String(buffer: blocked.body))")
            #expect(try await post("lock", judge).status == .forbidden)
        }
        // Absent, the entrant no longer blocks the lock.
        try service.desk(nil).setStatus(.absent, code: "A0001", trade: "welder", reason: "未到", operator: "录分员")
        try await app.test(.router) { client in
            let chief = try #require(try await Self.signIn(client, name: "裁判长", password: "chief-judge-pass").1)
            func post(_ path: String, body: [String: String]? = nil) async throws -> TestResponse {
                try await client.execute(uri: "/api/v1/competitions/panel-of-eight/trades/welder/\(path)", method: .post,
                                         headers: [.cookie: chief.cookie, .contentType: "application/json",
                                                   HTTPField.Name("X-CSRF-Token")!: chief.csrf],
                                         body: body.map { Self.json($0) })
            }
            #expect(try await post("lock").status == .ok)
            #expect(try await post("unlock").status == .badRequest)
            #expect(try await post("unlock", body: ["reason": "申诉复核"]).status == .ok)
            #expect(try await post("reveal").status == .conflict)      // not locked any more
            #expect(try await post("lock").status == .ok)
            #expect(try await post("reveal").status == .ok)
            let board = try await client.execute(uri: "/api/v1/competitions/panel-of-eight/standings?trade=welder", method: .get)
            #expect(board.status == .ok)      // public once revealed
        }
        let actions = try service.desk(nil).auditTrail().map(\.action)
        #expect(actions.contains("trade.unlock") && actions.contains("trade.reveal"))
    }
}
