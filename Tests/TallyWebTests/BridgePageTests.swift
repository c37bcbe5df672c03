import CompetitionService
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TallyWeb
import Testing

/// The bridge pages (issue 19) in-process: the director pairs and corrects, a table enters its
/// results board by board with the score shown at once, what does not belong there is refused
/// beside its form, and the board shows the matches.
@Suite("Bridge pages")
struct BridgePageTests {
    static let id = "swiss-4"

    static func signIn(_ client: some TestClientProtocol, _ name: String) async throws -> WebSession {
        let response = try await client.execute(uri: "/c/\(id)/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                body: ByteBuffer(string: PageTests.form(["name": name, "password": "\(name)-pass"])))
        let cookie = String(try #require(response.headers[.setCookie]?.split(separator: ";").first))
        let landing = try await client.execute(uri: try #require(response.headers[.location]), method: .get, headers: [.cookie: cookie])
        let csrf = try #require(landing.text.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)?.1)
        return WebSession(cookie: cookie, csrf: String(csrf))
    }

    @Test("the director pairs (refused while results are missing), a table's results show their score, a wrong place is refused beside its form")
    func directorAndTable() async throws {
        let (service, folder) = try WebFixture.swissFour()
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            let scorer = try await Self.signIn(client, "记分员")
            #expect(try await client.get("/c/\(Self.id)/director", as: scorer).status == .forbidden)
            #expect(try await PageTests.post(client, "/c/\(Self.id)/director/pair", [:], as: scorer).status == .forbidden)
            let director = try await Self.signIn(client, "裁判长")
            let paired = try await PageTests.post(client, "/c/\(Self.id)/director/pair", [:], as: director)
            #expect(paired.status == .seeOther)
            let page = try await client.get("/c/\(Self.id)/director", as: director)
            #expect(page.status == .ok && page.text.contains("/c/\(Self.id)/tables/1/1") && page.text.contains("0/2"))
            let match = try service.desk(nil).round(1).round.pairing.tables[0]
            let table = try await client.get("/c/\(Self.id)/tables/1/1", as: scorer)
            #expect(table.status == .ok && table.text.contains("name=\"level\""))
            let fields = ["board": "1", "place": "b1-t\(match.home)-NS", "team": "\(match.home)", "seat": "NS",
                          "level": "4", "strain": "H", "declarer": "S", "tricks": "10"]
            let saved = try await PageTests.post(client, "/c/\(Self.id)/tables/1/1", fields, as: scorer)
            #expect(saved.status == .seeOther)
            let after = try await client.get(try #require(saved.headers[.location]), as: scorer)
            #expect(after.text.contains("4H S 10 · NS 420"), "\(after.text)")
            var wrong = fields
            wrong["board"] = "3"      // round 2's
            wrong["team"] = "\(match.away)"
            wrong["place"] = "b1-t\(match.away)-NS"
            let refused = try await PageTests.post(client, "/c/\(Self.id)/tables/1/1", wrong, as: scorer)
            #expect(refused.status == .badRequest && refused.text.contains("board 3 is not played in round 1"))
            let other = try service.desk(nil).round(1).round.pairing.tables[1]
            var elsewhere = fields
            elsewhere["team"] = "\(other.home)"
            #expect(try await PageTests.post(client, "/c/\(Self.id)/tables/1/1", elsewhere, as: scorer).text.contains("does not play at table 1"))
            let early = try await PageTests.post(client, "/c/\(Self.id)/director/pair", [:], as: director)
            #expect(early.status == .conflict)
            let corrected = try await PageTests.post(client, "/c/\(Self.id)/director/correct",
                                                     ["round": "1", "board": "1", "team": "\(match.home)", "seat": "NS", "result": "4H S 11", "reason": "记错"],
                                                     as: director)
            #expect(corrected.status == .seeOther)
            let sheet = try await client.get("/c/\(Self.id)/director/sheet/1", as: scorer)
            #expect(sheet.status == .ok && sheet.text.contains("甲队") || sheet.text.contains("乙队"))
            let board = try await client.get("/c/\(Self.id)/board")
            #expect(board.status == .ok && board.text.contains("data-live"))
        }
        let stored = try service.desk(nil).bridgeEvent().results
        #expect(stored.count == 1 && stored[0].tricks == 11)
        let sources = try service.desk(nil).auditTrail().filter { $0.action.hasPrefix("result.") }.map { $0.source ?? "" }
        #expect(sources.count == 2 && sources.allSatisfy { $0.hasPrefix("web ") })
    }
}
