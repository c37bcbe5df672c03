import CompetitionService
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillsScoring
import TallyWeb
import Testing

/// The pages (web spec §3) in-process, for every role allowed and refused: forms carry the
/// CSRF token, a judge's row is saved whole, uploads report every bad row, what users typed is
/// escaped, and nothing of an unrevealed trade reaches the public.
@Suite("Web pages")
struct PageTests {
    static let id = "panel-of-eight"

    /// Signs in through the sign-in form; the session cookie and the CSRF token of the page it lands on.
    static func signIn(_ client: some TestClientProtocol, _ name: String) async throws -> (WebSession, TestResponse) {
        let response = try await client.execute(uri: "/c/\(id)/login", method: .post,
                                                headers: [.contentType: "application/x-www-form-urlencoded"],
                                                body: ByteBuffer(string: form(["name": name, "password": "\(name)-pass"])))
        let cookie = String(try #require(response.headers[.setCookie]?.split(separator: ";").first))
        let landing = try await client.execute(uri: try #require(response.headers[.location]), method: .get, headers: [.cookie: cookie])
        let csrf = try #require(landing.text.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)?.1)
        return (WebSession(cookie: cookie, csrf: String(csrf)), response)
    }

    static func form(_ fields: [String: String]) -> String {
        fields.sorted { $0.key < $1.key }.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value)"
        }.joined(separator: "&")
    }

    static func post(_ client: some TestClientProtocol, _ uri: String, _ fields: [String: String], as session: WebSession,
                     csrf: Bool = true) async throws -> TestResponse {
        var fields = fields
        if csrf { fields["csrf"] = session.csrf }
        return try await client.execute(uri: uri, method: .post,
                                        headers: [.cookie: session.cookie, .contentType: "application/x-www-form-urlencoded"],
                                        body: ByteBuffer(string: form(fields)))
    }

    static func upload(_ client: some TestClientProtocol, kind: String, file: String, name: String, as session: WebSession) async throws -> TestResponse {
        let boundary = "----tally\(UUID().uuidString)"
        var body = ""
        for (field, value) in [("csrf", session.csrf), ("kind", kind)] {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: text/csv\r\n\r\n\(file)\r\n--\(boundary)--\r\n"
        return try await client.execute(uri: "/c/\(id)/desk/upload", method: .post,
                                        headers: [.cookie: session.cookie, .contentType: "multipart/form-data; boundary=\(boundary)"],
                                        body: ByteBuffer(string: body))
    }

    @Test("anyone sees the competitions and the board; the board shows progress only until the reveal, then names escaped")
    func publicPages() async throws {
        let (service, folder) = try WebFixture.panelOfEight(codes: ["A0001", "A0002"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            let index = try await client.get("/")
            #expect(index.status == .ok && index.text.contains("八人评委测试") && index.text.contains("/c/\(Self.id)/board"))
            #expect(index.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            #expect(!index.text.contains("<script>") && !index.text.contains(" style="))     // no inline script or style
            let board = try await client.get("/c/\(Self.id)/board")
            #expect(board.status == .ok && board.text.contains("data-live=\"\(Self.id)\""))
            #expect(board.text.contains("0/2") && !board.text.contains("A0001") && !board.text.contains("alert(1)"))
            let script = try await client.get("/static/tally.js")
            #expect(script.status == .ok && script.text.contains("EventSource"))
            #expect(try await client.get("/static/nothing.js").status == .notFound)
            #expect(try await client.get("/c/nothing/board").status == .notFound)
        }
        // Marked, locked and revealed at the command line: the board shows the names, as text.
        let desk = try service.desk(nil)
        for code in ["A0001", "A0002"] {
            try desk.enterMark(MarkInput(trade: "welder", code: EntrantCode(code), component: "theory", value: "80"), correcting: nil, operator: "录分员")
            for seat in 1...8 {
                try desk.enterMark(MarkInput(trade: "welder", code: EntrantCode(code), component: "practical", judge: "J\(seat)",
                                             value: code == "A0001" ? "90" : "70"), correcting: nil, operator: "评委\(seat)")
            }
        }
        try desk.lock(trade: "welder", operator: "裁判长")
        try desk.reveal(trade: "welder", operator: "裁判长")
        try await app.test(.router) { client in
            let board = try await client.get("/c/\(Self.id)/board")
            #expect(board.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !board.text.contains("<script>alert"))
            #expect(board.text.contains("A0001") && board.text.contains("87.00"), "\(board.text)")
        }
    }

    @Test("the judge's sheet: codes only, a row saved whole, a refused value beside its field, a saved mark final; other roles refused")
    func judgeSheet() async throws {
        let (service, folder) = try WebFixture.panelOfEight(codes: ["A0001", "A0002"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            let anonymous = try await client.get("/c/\(Self.id)/judge")
            #expect(anonymous.status == .seeOther && anonymous.headers[.location] == "/c/\(Self.id)/login")
            let (judge, signIn) = try await Self.signIn(client, "评委1")
            #expect(signIn.headers[.location] == "/c/\(Self.id)/judge")
            let sheet = try await client.get("/c/\(Self.id)/judge", as: judge)
            #expect(sheet.status == .ok && sheet.text.contains("A0002") && sheet.text.contains("inputmode=\"decimal\""))
            #expect(!sheet.text.contains("alert(1)") && !sheet.text.contains("选手"))        // codes only
            let row = ["trade": "welder", "seat": "J1", "code": "A0001", "m0": "101"]
            #expect(try await Self.post(client, "/c/\(Self.id)/judge", row, as: judge, csrf: false).status == .forbidden)
            let refused = try await Self.post(client, "/c/\(Self.id)/judge", row, as: judge)
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("value=\"101\"") && refused.text.contains("above the max 100"))
            var good = row
            good["m0"] = "86.5"
            let saved = try await Self.post(client, "/c/\(Self.id)/judge", good, as: judge)
            #expect(saved.status == .seeOther)
            let after = try await client.get(try #require(saved.headers[.location]), as: judge)
            #expect(after.text.contains("<span class=\"saved\">86.5"))
            #expect(!after.text.contains("name=\"m0\" value=\"\" inputmode=\"decimal\" autocomplete=\"off\" aria-label=\"A0001"))
            let again = try await Self.post(client, "/c/\(Self.id)/judge", good, as: judge)
            #expect(again.status == .badRequest && again.text.contains("already stored"))
            #expect(try await client.get("/c/\(Self.id)/desk", as: judge).status == .forbidden)
            #expect(try await client.get("/c/\(Self.id)/chief", as: judge).status == .forbidden)
            let (desk, _) = try await Self.signIn(client, "录分员")
            #expect(try await client.get("/c/\(Self.id)/judge", as: desk).status == .forbidden)
        }
        let entered = try service.desk(nil).auditTrail().filter { $0.action == "mark.enter" }
        #expect(entered.count == 1 && entered[0].operator == "评委1" && (entered[0].source ?? "").hasPrefix("web "))
    }

    @Test("the desk: an upload is all or nothing with every bad row reported; registering and statuses; names escaped")
    func deskPage() async throws {
        let (service, folder) = try WebFixture.panelOfEight(codes: ["A0001", "A0002"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            let (desk, _) = try await Self.signIn(client, "录分员")
            let page = try await client.get("/c/\(Self.id)/desk", as: desk)
            #expect(page.status == .ok && page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !page.text.contains("<script>alert"))
            let bad = "trade,code,component,judge,mark\nwelder,A0001,theory,,80\nwelder,A0009,theory,,80\nwelder,A0002,practical,J9,70\n"
            let refused = try await Self.upload(client, kind: "marks", file: bad, name: "round1.csv", as: desk)
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("round1.csv:3") && refused.text.contains("round1.csv:4"), "\(refused.text)")
            #expect(try service.desk(nil).marks(trade: "welder", for: "裁判长").isEmpty)
            let good = "trade,code,component,judge,mark\nwelder,A0001,theory,,80\nwelder,A0002,theory,,75.5\n"
            let imported = try await Self.upload(client, kind: "marks", file: good, name: "round1.csv", as: desk)
            #expect(imported.status == .seeOther)
            #expect((imported.headers[.location] ?? "").contains("2%20marks%20imported"), "\(imported.headers[.location] ?? "")")
            let registered = try await Self.post(client, "/c/\(Self.id)/desk/register", ["trade": "welder", "name": "王五", "organisation": "三局"], as: desk)
            #expect(registered.status == .seeOther)
            let absent = try await Self.post(client, "/c/\(Self.id)/desk/status", ["trade": "welder", "code": "A0003", "status": "absent", "reason": "未到"], as: desk)
            #expect(absent.status == .seeOther)
            #expect(try service.desk(nil).entrants(trade: "welder").first { $0.code == "A0003" }?.status == .absent)
            let mark = try await Self.post(client, "/c/\(Self.id)/desk/mark", ["trade": "welder", "code": "A0003", "component": "theory", "mark": "60"], as: desk)
            #expect(mark.status == .conflict && mark.text.contains("absent"))
        }
        let sources = try service.desk(nil).auditTrail().filter { $0.action == "marks.import" }.map { $0.source ?? "" }
        #expect(sources.count == 1 && sources[0].hasPrefix("web ") && sources[0].hasSuffix("round1.csv"), "\(sources)")
    }

    @Test("the chief judge: lock refused with its blockers, unlock needs a reason, reveal; the audit trail filtered; others refused")
    func chiefPage() async throws {
        let (service, folder) = try WebFixture.panelOfEight(codes: ["A0001"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            let (desk, _) = try await Self.signIn(client, "录分员")
            #expect(try await client.get("/c/\(Self.id)/chief", as: desk).status == .forbidden)
            #expect(try await Self.post(client, "/c/\(Self.id)/chief/lock", ["trade": "welder"], as: desk).status == .forbidden)
            let (chief, signIn) = try await Self.signIn(client, "裁判长")
            #expect(signIn.headers[.location] == "/c/\(Self.id)/chief")
            let blocked = try await Self.post(client, "/c/\(Self.id)/chief/lock", ["trade": "welder"], as: chief)
            #expect(blocked.status == .conflict && blocked.text.contains("A0001"))
            try service.desk(nil).setStatus(.absent, code: "A0001", trade: "welder", reason: "未到", operator: "录分员")
            #expect(try await Self.post(client, "/c/\(Self.id)/chief/lock", ["trade": "welder"], as: chief).status == .seeOther)
            #expect(try await Self.post(client, "/c/\(Self.id)/chief/unlock", ["trade": "welder"], as: chief).status == .badRequest)
            #expect(try await Self.post(client, "/c/\(Self.id)/chief/reveal", ["trade": "welder"], as: chief).status == .seeOther)
            let page = try await client.get("/c/\(Self.id)/chief?action=trade.", as: chief)
            #expect(page.status == .ok && page.text.contains("trade.lock") && page.text.contains("trade.reveal"))
            #expect(!page.text.contains("entrant.status"))     // filtered out
        }
    }

    @Test("downloads: the public list; a trade's listing is the officials' until revealed; every format answers")
    func downloads() async throws {
        let (service, folder) = try WebFixture.panelOfEight(codes: ["A0001"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            let list = try await client.get("/c/\(Self.id)/downloads")
            #expect(list.status == .ok && list.text.contains("downloads/standings?format=xlsx&amp;trade=welder"))
            #expect(try await client.get("/c/\(Self.id)/downloads/standings?format=csv&trade=welder").status == .forbidden)
            let (chief, _) = try await Self.signIn(client, "裁判长")
            for (format, type) in [("table", "text/plain"), ("json", "application/json"), ("csv", "text/csv"), ("markdown", "text/markdown"),
                                   ("html", "text/html"), ("xlsx", "application/vnd.openxmlformats")] {
                let file = try await client.get("/c/\(Self.id)/downloads/standings?format=\(format)&trade=welder", as: chief)
                #expect(file.status == .ok && (file.headers[.contentType] ?? "").hasPrefix(type), "\(format)")
                #expect((file.headers[.contentDisposition] ?? "").contains("attachment"))
            }
            #expect(try await client.get("/c/\(Self.id)/downloads/standings?format=pdf", as: chief).status == .badRequest)
            let json = try await client.get("/c/\(Self.id)/downloads/standings?format=json&trade=welder", as: chief)
            let api = try await client.get("/api/v1/competitions/\(Self.id)/standings?trade=welder", as: chief)
            #expect(try JSONSerialization.jsonObject(with: Data(buffer: json.body)) as? NSDictionary
                    == JSONSerialization.jsonObject(with: Data(buffer: api.body)) as? NSDictionary)
        }
    }

    @Test("signing in through the form: a wrong password is refused on the page; signing out needs the token and ends the session")
    func signInAndOut() async throws {
        let (service, folder) = try WebFixture.panelOfEight()
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            let page = try await client.get("/c/\(Self.id)/login")
            #expect(page.status == .ok && page.text.contains("评委1") && !page.text.contains("评委3"))   // only those with a password
            let wrong = try await client.execute(uri: "/c/\(Self.id)/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                 body: ByteBuffer(string: Self.form(["name": "评委1", "password": "nope"])))
            #expect(wrong.status == .unauthorized && wrong.headers[.setCookie] == nil)
            let (judge, _) = try await Self.signIn(client, "评委1")
            #expect(try await Self.post(client, "/c/\(Self.id)/logout", [:], as: judge, csrf: false).status == .forbidden)
            let out = try await Self.post(client, "/c/\(Self.id)/logout", [:], as: judge)
            #expect(out.status == .seeOther)
            #expect(try await client.get("/c/\(Self.id)/judge", as: judge).status == .seeOther)     // back to sign-in
            let huge = String(repeating: "x", count: 2 << 20)
            let tooLarge = try await client.execute(uri: "/c/\(Self.id)/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                    body: ByteBuffer(string: "name=\(huge)"))
            #expect(tooLarge.status == .contentTooLarge)
        }
    }
}
