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

    static func signIn(_ client: some TestClientProtocol, _ name: String, to competition: String = id) async throws -> WebSession {
        let response = try await client.execute(uri: "/c/\(competition)/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
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

    /// Every result of `round` entered at the desk: each team's North-South 4♠ by North,
    /// home teams making ten tricks and away teams nine.
    static func completeRound(_ round: Int, _ service: CompetitionService) throws {
        let desk = try service.desk(nil)
        let paired = try desk.round(round)
        for table in paired.round.pairing.tables {
            for board in paired.event.rules.boards(inRound: round) {
                for (team, tricks) in [(table.home, "10"), (table.away, "9")] {
                    _ = try desk.enterResult(ResultInput(round: round, board: board, team: team.rawValue, seat: "NS", table: table.number,
                                                         words: ["4S", "N", tricks]), correcting: nil, operator: "记分员")
                }
            }
        }
    }

    @Test("the director's own pairing, a pairing withdrawn, rematches allowed only with the box ticked and a reason; the scorer may do none of it")
    func directorsChoices() async throws {
        let (service, folder) = try WebFixture.swissFour()
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            let director = try await Self.signIn(client, "裁判长")
            let scorer = try await Self.signIn(client, "记分员")
            let page = try await client.get("/c/\(Self.id)/director", as: director)
            #expect(page.text.contains("id=\"set-pairing\"") && page.text.contains("id=\"unpair\"") && page.text.contains("name=\"allow\""))
            #expect(try await PageTests.post(client, "/c/\(Self.id)/director/pair", [:], as: director).status == .seeOther)
            for action in ["set", "unpair"] {
                #expect(try await PageTests.post(client, "/c/\(Self.id)/director/\(action)", ["round": "1", "matches": "1-4 2-3", "reason": "r"],
                                                 as: scorer).status == .forbidden)
            }
            let noReason = try await PageTests.post(client, "/c/\(Self.id)/director/unpair", ["round": "1"], as: director)
            #expect(noReason.status == .badRequest && noReason.text.contains("reason"))
            #expect(try await PageTests.post(client, "/c/\(Self.id)/director/unpair", ["round": "1", "reason": "迟到队伍"], as: director).status == .seeOther)
            #expect(try service.desk(nil).bridgeEvent().rounds.isEmpty)
            let garbled = try await PageTests.post(client, "/c/\(Self.id)/director/set", ["round": "1", "matches": "1-4 2+3", "reason": "r"], as: director)
            #expect(garbled.status == .badRequest && garbled.text.contains("2+3") && garbled.text.contains("expected two team numbers"), "\(garbled.text)")
            let set = try await PageTests.post(client, "/c/\(Self.id)/director/set", ["round": "1", "matches": "1-4, 2-3", "reason": "同单位回避"], as: director)
            #expect(set.status == .seeOther)
            let first = try service.desk(nil).round(1).round.pairing
            #expect(first.tables.map { [$0.home.rawValue, $0.away.rawValue] } == [[1, 4], [2, 3]])
            try Self.completeRound(1, service)
            // A legal pairing exists for round 2: allowing rematches is refused; so is a rematch
            // of the director's own unless its box is ticked.
            let needless = try await PageTests.post(client, "/c/\(Self.id)/director/pair", ["allow": "rematches", "reason": "r"], as: director)
            #expect(needless.status == .conflict && needless.text.contains("has a legal pairing"))
            #expect(needless.text.contains("<details id=\"pairing-choices\" open>"))
            let rematch = try await PageTests.post(client, "/c/\(Self.id)/director/set", ["round": "2", "matches": "4-1 3-2", "reason": "r"], as: director)
            #expect(rematch.status == .conflict && rematch.text.contains("met before"), "\(rematch.text)")
            let allowed = try await PageTests.post(client, "/c/\(Self.id)/director/set",
                                                   ["round": "2", "matches": "4-1 3-2", "allow-rematches": "1", "reason": "赛程调整"], as: director)
            #expect(allowed.status == .seeOther)
        }
        let actions = try service.desk(nil).auditTrail().filter { $0.action.hasPrefix("round.") }
        #expect(actions.map(\.action) == ["round.pair", "round.unpair", "round.set", "round.set"])
        #expect(actions.allSatisfy { $0.operator == "裁判长" && ($0.source ?? "").hasPrefix("web ") })
        #expect(actions.last?.reason?.contains("赛程调整") == true)
    }

    @Test("the score calculator answers as tally bridge score --format json; the table's forms carry the preview")
    func scoreCalculator() async throws {
        let (service, folder) = try WebFixture.swissFour()
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            for (query, status, answer) in [
                ("contract=4HX&declarer=S&tricks=10&board=2", HTTPResponse.Status.ok,
                 #"{"contract":"4HX","declarer":"S","tricks":10,"vulnerable":"ns","score":790,"ns":790,"ew":-790}"#),
                ("contract=3NT&declarer=E&tricks=8&board=1", .ok,
                 #"{"contract":"3NT","declarer":"E","tricks":8,"vulnerable":"none","score":-50,"ns":50,"ew":-50}"#),
                ("contract=8S&declarer=S&tricks=10&board=1", .badRequest, "level 8 is out of range"),
                ("contract=4S&declarer=S&tricks=14&board=1", .badRequest, "14"),
                ("contract=4S&declarer=S&tricks=10", .badRequest, "give ?contract="),
            ] {
                let response = try await client.get("/api/v1/score?\(query)")
                #expect(response.status == status, "\(query)")
                #expect(response.text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\n", with: "")
                            .contains(answer.replacingOccurrences(of: " ", with: "")), "\(query): \(response.text)")
            }
            let director = try await Self.signIn(client, "裁判长")
            #expect(try await PageTests.post(client, "/c/\(Self.id)/director/pair", [:], as: director).status == .seeOther)
            let table = try await client.get("/c/\(Self.id)/tables/1/1", as: director)
            #expect(table.text.contains("class=\"inline result-entry\"") && table.text.contains("<output class=\"preview\""))
        }
    }

    @Test("the board: the top of the field large, the rest in pages the address sizes; a size that is no number is refused")
    func boardPaging() async throws {
        let (service, folder) = try WebFixture.swissFour()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try service.desk(nil).pairNextRound(seed: nil, operator: "裁判长")
        try Self.completeRound(1, service)
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            let paged = try await client.get("/c/\(Self.id)/board?top=1&rows=2&seconds=30")
            #expect(paged.status == .ok)
            let standings = try #require(paged.text.firstMatch(of: /<section class="standings">(?s:.*?)<\/section>/)).0
            #expect(standings.contains("data-page-seconds=\"30\"") && standings.contains("<caption class=\"pager\">"))
            #expect(standings.matches(of: /<tr class="top">/).count == 1)
            #expect(standings.matches(of: /data-page="1"/).count == 2 && standings.matches(of: /data-page="2"/).count == 1)
            // The default fits the whole field on one page: nothing to page.
            let whole = try await client.get("/c/\(Self.id)/board")
            #expect(whole.text.matches(of: /<tr class="top">/).count == 3 && !whole.text.contains("data-page"))
            for query in ["rows=x", "rows=0", "top=-1", "seconds=1"] {
                let refused = try await client.get("/c/\(Self.id)/board?\(query)")
                #expect(refused.status == .badRequest && refused.text.contains("expected a whole number"), "\(query)")
            }
        }
    }

    @Test("teams of four: the open and closed rooms enter apart; the board's IMPs appear once both are in")
    func openAndClosedRooms() async throws {
        let (service, folder) = try WebFixture.roomsFour()
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            let director = try await Self.signIn(client, "裁判长", to: "rooms-4")
            #expect(try await PageTests.post(client, "/c/rooms-4/director/pair", [:], as: director).status == .seeOther)
            let scorer = try await Self.signIn(client, "记分员", to: "rooms-4")
            let page = try await client.get("/c/rooms-4/tables/1/1", as: scorer)
            #expect(page.text.contains("id=\"b1-open\"") && page.text.contains("id=\"b1-closed\""))
            func enter(_ room: String, tricks: String) async throws -> TestResponse {
                let saved = try await PageTests.post(client, "/c/rooms-4/tables/1/1",
                                                     ["board": "1", "place": "b1-\(room)", "room": room,
                                                      "level": "4", "strain": "S", "declarer": "N", "tricks": tricks], as: scorer)
                #expect(saved.status == .seeOther)
                return try await client.get(try #require(saved.headers[.location]), as: scorer)
            }
            let open = try await enter("open", tricks: "10")
            #expect(open.text.contains("4S N 10 · NS 420"))
            #expect(try Self.boardOneIMPs(open.text) == nil)        // the closed room is not in yet
            let closed = try await enter("closed", tricks: "9")
            #expect(closed.text.contains("4S N 9 · NS -50"))
            #expect(try Self.boardOneIMPs(closed.text) == "10")     // 420 + 50 = 470: 10 IMPs to the home team
        }
    }

    /// The home team's IMPs on board 1 in a table page's match sheet, or `nil` while the board
    /// shows "—" (a room not in yet).
    static func boardOneIMPs(_ html: String) throws -> String? {
        let sheet = String(try #require(html.firstMatch(of: /<table class="report">(?s:.*?)<\/table>/)?.0))
        let row = try #require(sheet.matches(of: /<tr>((?s:.*?))<\/tr>/).map { String($0.1) }
            .first { $0.hasPrefix("<td class=\"num\">1</td>") })
        let cells = row.matches(of: /<td[^>]*>([^<]*)<\/td>/).map { String($0.1) }
        return cells.count > 1 && cells[1] != "—" ? cells[1] : nil
    }
}
