import CompetitionService
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TallyWeb
import Testing

/// The rest of the JSON API (web spec §4) for every role, allowed and refused: progress, the
/// marks a caller may see, batches of marks, discrepancies, the audit trail, and the bridge
/// routes; every change audited with `web` and the address.
@Suite("Web API routes")
struct APIRoutesTests {
    static let base = "/api/v1/competitions/panel-of-eight"

    @Test("progress is public and carries no total; a batch of marks is all or nothing, its errors by index")
    func progressAndBatches() async throws {
        let (service, folder) = try WebFixture.panelOfEight(codes: ["A0001", "A0002"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            let desk = try #require(try await client.signIn("panel-of-eight", "录分员"))
            let judge = try #require(try await client.signIn("panel-of-eight", "评委1"))
            let good = ["trade": "welder", "code": "A0001", "component": "practical", "judge": "J1", "mark": 80]
            var bad = good
            bad["code"] = "A0002"
            bad["mark"] = "101"
            let refused = try await client.post("\(Self.base)/marks", ["marks": [good, bad]], as: judge)
            #expect(refused.status == .badRequest)
            let errors = try #require(try refused.object()["errors"] as? [[String: Any]])
            #expect(errors.count == 1 && errors[0]["index"] as? Int == 1)
            #expect((errors[0]["error"] as? String ?? "").contains("above the max 100"), "\(refused.text)")
            #expect(try service.desk(nil).marks(trade: "welder", for: "裁判长").isEmpty)     // nothing stored
            bad["mark"] = "79.5"
            let stored = try await client.post("\(Self.base)/marks", ["marks": [good, bad]], as: judge)
            #expect(stored.status == .created)
            #expect((try stored.object()["marks"] as? [Any])?.count == 2)
            let theory = ["trade": "welder", "code": "A0001", "component": "theory", "mark": "88.25"]
            #expect(try await client.post("\(Self.base)/marks", theory, as: judge).status == .forbidden)   // the desk's
            #expect(try await client.post("\(Self.base)/marks", ["marks": [theory]], as: desk).status == .created)

            let progress = try await client.get("\(Self.base)/progress")
            #expect(progress.status == .ok)
            let trade = try #require((try progress.object()["trades"] as? [[String: Any]])?.first)
            #expect(trade["trade"] as? String == "welder" && trade["entrants"] as? Int == 2 && trade["competed"] as? Int == 2)
            #expect(trade["marks"] as? Int == 3 && trade["expected"] as? Int == 18)      // (1 + 8) × 2
            #expect(trade["locked"] as? Bool == false && trade["revealed"] as? Bool == false)
            #expect(!progress.text.contains("total") && !progress.text.contains("选手"))
        }
        let sources = try service.desk(nil).auditTrail().filter { $0.action == "mark.enter" }.map { $0.source ?? "" }
        #expect(sources.count == 3 && sources.allSatisfy { $0.hasPrefix("web ") }, "\(sources)")
    }

    @Test("a judge sees only the marks of their own seat; the desk and the chief judge see all; nobody without a session")
    func marksListing() async throws {
        let (service, folder) = try WebFixture.panelOfEight()
        defer { try? FileManager.default.removeItem(at: folder) }
        let desk = try service.desk(nil)
        for seat in 1...2 {
            try desk.enterMark(MarkInput(trade: "welder", code: "A0001", component: "practical", judge: "J\(seat)", value: "8\(seat)"),
                               correcting: nil, operator: "评委\(seat)")
        }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            #expect(try await client.get("\(Self.base)/marks?trade=welder").status == .unauthorized)
            let judge = try #require(try await client.signIn("panel-of-eight", "评委1"))
            let own = try #require(try await client.get("\(Self.base)/marks?trade=welder", as: judge).json() as? [[String: Any]])
            #expect(own.count == 1 && own[0]["judge"] as? String == "J1" && own[0]["mark"] as? String == "81")
            #expect((own[0]["at"] as? String ?? "").hasPrefix("20"))
            #expect(try await client.get("\(Self.base)/marks", as: judge).status == .badRequest)
            #expect(try await client.get("\(Self.base)/marks?trade=nothing", as: judge).status == .notFound)
            let chief = try #require(try await client.signIn("panel-of-eight", "裁判长"))
            let all = try #require(try await client.get("\(Self.base)/marks?trade=welder", as: chief).json() as? [[String: Any]])
            #expect(all.count == 2)
            let seat2 = try #require(try await client.get("\(Self.base)/marks?trade=welder&judge=J2", as: chief).json() as? [[String: Any]])
            #expect(seat2.count == 1 && seat2[0]["mark"] as? String == "82")
        }
    }

    @Test("discrepancies are the officials' and equal the command line's JSON; the audit trail is the chief judge's")
    func discrepanciesAndAudit() async throws {
        let (service, folder) = try WebFixture.panelOfEight()
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        try await app.test(.router) { client in
            #expect(try await client.get("\(Self.base)/discrepancies").status == .unauthorized)
            let judge = try #require(try await client.signIn("panel-of-eight", "评委1"))
            let listed = try await client.get("\(Self.base)/discrepancies?trade=welder", as: judge)
            #expect(try listed.status == .ok && (listed.object()["discrepancies"] as? [Any])?.isEmpty == true)
            #expect(try await client.get("\(Self.base)/audit", as: judge).status == .forbidden)
            let chief = try #require(try await client.signIn("panel-of-eight", "裁判长"))
            let audit = try await client.get("\(Self.base)/audit", as: chief)
            #expect(audit.status == .ok)
            let entries = try #require(try audit.object()["entries"] as? [[String: Any]])
            // The judge's refused reading is in it, with the web as its source.
            let refusal = try #require(entries.last { $0["action"] as? String == "refused" })
            #expect(refusal["operator"] as? String == "评委1" && (refusal["source"] as? String ?? "").hasPrefix("web "))
        }
    }

    @Test("an unknown competition, trade, round or entrant is 404 with the command line's message (web spec §4); a batch's stays 400 by index")
    func unknownReferences() async throws {
        let (service, folder) = try WebFixture.panelOfEight()
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        let base = "/api/v1/competitions/panel-of-eight"
        try await app.test(.router) { client in
            let chief = try #require(try await client.signIn("panel-of-eight", "裁判长"))
            let desk = try #require(try await client.signIn("panel-of-eight", "录分员"))
            for uri in ["/api/v1/competitions/nothing/progress", "\(base)/standings?trade=nothing", "\(base)/awards?trade=nothing",
                        "\(base)/marks?trade=nothing", "\(base)/discrepancies?trade=nothing", "\(base)/audit?trade=nothing"] {
                let answer = try await client.get(uri, as: chief)
                #expect(answer.status == .notFound, "\(uri)")
                #expect(answer.text.contains("unknown trade 'nothing'") || answer.text.contains("no competition 'nothing'"), "\(uri): \(answer.text)")
            }
            #expect(try await client.post("\(base)/trades/nothing/lock", as: chief).status == .notFound)
            let mark: [String: Any] = ["trade": "welder", "code": "Z9999", "component": "theory", "mark": "50"]
            let single = try await client.post("\(base)/marks", mark, as: desk)
            #expect(single.status == .notFound && single.text.contains("unknown code 'Z9999' in trade 'welder'"))
            let batch = try await client.post("\(base)/marks", ["marks": [mark]], as: desk)
            #expect(batch.status == .badRequest && batch.text.contains("\"index\""), "\(batch.text)")
        }
    }

    @Test("the bridge routes: the director pairs (the scorer may not), a table's result comes back with North-South's score, matches as the command line's")
    func bridge() async throws {
        let (service, folder) = try WebFixture.swissFour()
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: WebServer(service: service).router())
        let base = "/api/v1/competitions/swiss-4"
        try await app.test(.router) { client in
            let scorer = try #require(try await client.signIn("swiss-4", "记分员"))
            let director = try #require(try await client.signIn("swiss-4", "裁判长"))
            #expect(try await client.post("\(base)/rounds", as: scorer).status == .forbidden)
            #expect(try await client.post("\(base)/rounds", as: nil).status == .unauthorized)
            let paired = try await client.post("\(base)/rounds", as: director)
            #expect(paired.status == .created, "\(paired.text)")
            let round = try paired.object()
            #expect(round["round"] as? Int == 1)
            #expect(try await client.get("\(base)/rounds/1").text == paired.text)
            #expect(try await client.get("\(base)/rounds/2").status == .conflict)
            #expect(try await client.get("\(base)/rounds/4").status == .notFound)        // the event has three rounds
            #expect(try await client.get("\(base)/matches?round=0").status == .notFound)
            let pairing = try service.desk(nil).round(1).round.pairing.tables[0]
            let result: [String: Any] = ["round": 1, "board": 1, "team": pairing.home.rawValue, "seat": "NS",
                                         "contract": "4H", "declarer": "S", "tricks": 10]
            let stored = try await client.post("\(base)/results", result, as: scorer)
            #expect(stored.status == .created, "\(stored.text)")
            #expect(try stored.object()["ns"] as? Int == 420)
            let again = try await client.post("\(base)/results", result, as: scorer)
            #expect(again.status == .badRequest)
            var wrongBoard = result
            wrongBoard["board"] = 3
            #expect(try await client.post("\(base)/results", wrongBoard, as: scorer).status == .badRequest)
            var correction = result
            correction["tricks"] = 11
            correction["correct"] = true
            correction["reason"] = "记错"
            #expect(try await client.post("\(base)/results", correction, as: scorer).status == .forbidden)
            let corrected = try await client.post("\(base)/results", correction, as: director)
            #expect(try corrected.status == .created && (corrected.object()["ns"] as? Int) == 450)
            #expect(try await client.post("\(base)/rounds", as: director).status == .conflict)       // results missing
            // The director's allowance where no legal pairing exists: named, with a reason.
            let unknown = try await client.post("\(base)/rounds", ["allow": "anything", "reason": "r"], as: director)
            #expect(unknown.status == .badRequest && unknown.text.contains("second-bye"))
            let reasonless = try await client.post("\(base)/rounds", ["allow": "rematches"], as: director)
            #expect(reasonless.status == .badRequest && reasonless.text.contains("reason"), "\(reasonless.text)")
            let matches = try await client.get("\(base)/matches?round=1")
            #expect(matches.status == .ok)
            #expect((try matches.object()["matches"] as? [Any])?.count == 2)
            #expect(try await client.get("\(base)/matches").status == .badRequest)
            let progress = try #require(try await client.get("\(base)/progress").object()["rounds"] as? [[String: Any]])
            #expect(progress.first?["results"] as? Int == 1 && progress.first?["expected"] as? Int == 8)
        }
        let entries = try service.desk(nil).auditTrail().filter { $0.action.hasPrefix("result.") || $0.action.hasPrefix("round.") }
        #expect(!entries.isEmpty && entries.allSatisfy { ($0.source ?? "").hasPrefix("web ") }, "\(entries.map(\.source))")
    }
}
