import BridgeScoring
import CompetitionModel
import CompetitionStore
import Diagnostics
import ExactNumbers
import Foundation
import SkillsScoring
import Testing

/// The store's typed rows: what a transaction writes comes back as written, a row whose key
/// is taken is reported (not thrown), and a body that throws leaves nothing behind.
@Suite("Store transactions")
struct StoreTransactionTests {
    func opened() throws -> (TallyDatabase, String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tx-\(UUID().uuidString).sqlite").path
        let database = try TallyDatabase(path: path, clock: { "2026-01-01T00:00:00Z" })
        try database.write("set up", competition: "c") { store in
            try store.storeDefinition(kind: "skills", name: "C", source: "x")
            try store.setTrades([(TradeID("welder"), "Welder")])
        }
        return (database, path)
    }

    @Test("an entrant's code is taken once; its marks are keyed to it")
    func entrantsAndMarks() throws {
        let (database, path) = try opened()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try database.write("register", competition: "c") { store in
            #expect(try store.insert(EntrantRow(trade: "welder", code: "A01", name: "甲", organisation: "一厂")))
            #expect(try !store.insert(EntrantRow(trade: "welder", code: "A01", name: "乙")))
            let entrant = try #require(try store.entrant(trade: "welder", code: "A01"))
            #expect(entrant.status == .registered && !entrant.locked)
            let slot = MarkSlot(component: "practical", judge: 2)
            try store.insertMark(Rational(decimal: "86.50")!, of: entrant.key, at: slot)
            #expect(try store.mark(of: entrant.key, at: slot) == "86.5")
            #expect(try store.markCount(of: entrant.key) == 1)
            #expect(try store.insertTime(seconds: 90, of: entrant.key, component: "practical"))
            #expect(try !store.insertTime(seconds: 91, of: entrant.key, component: "practical"))
            try store.setLocked(true, trade: "welder")
            #expect(try store.tradeState("welder") == TradeState(locked: true, revealed: false))
            #expect(try store.tradeState("painter") == nil)
        }
        #expect(try database.auditTrail(competition: "c").isEmpty)
    }

    @Test("a body that throws writes nothing, not even what it wrote before throwing")
    func rollback() throws {
        let (database, path) = try opened()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let before = try database.dump()
        #expect(throws: RuleRefusal.self) {
            try database.write("register", competition: "c") { store in
                _ = try store.insert(EntrantRow(trade: "welder", code: "A01", name: "甲"))
                try store.audit(AuditEntry(operator: "o", action: "entrant.add", competition: "c"))
                throw RuleRefusal("no")
            }
        }
        #expect(try database.dump() == before)
    }

    @Test("a result comes back from its place as it was stored")
    func resultPlaces() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tx-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let database = try TallyDatabase(path: path)
        try database.write("set up", competition: "b") { store in
            try store.storeDefinition(kind: "bridge-teams", name: "B", source: "x")
            for number in 1...2 {
                #expect(try store.insert(TeamRow(number: TeamNumber(number), name: "T\(number)", players: ["p"])))
            }
            #expect(try !store.insert(TeamRow(number: 1, name: "again", players: ["p"])))
            try store.insert(StoredRound(number: 1, pairing: RoundPairing(tables: [.init(number: 1, home: 1, away: 2)], bye: nil),
                                         seed: nil, pairedOnRound: 0))
            #expect(try store.roundCount() == 1 && store.hasMatch(round: 1, team: 2) && !store.hasMatch(round: 1, team: 3))
            let place = ResultPlace(round: 1, board: 3, table: 1, room: .open)
            var entry = ResultEntry(source: "t", line: 0, round: 1, board: 3, table: 1, room: .open)
            entry.contract = try Contract(parsing: "4HX")
            entry.declarer = .south
            entry.tricks = 10
            try store.insertResult(entry, at: place, northSouthScore: 590)
            let stored = try #require(try store.result(at: place))
            #expect(stored.contract == entry.contract && stored.declarer == .south && stored.tricks == 10
                    && stored.northSouthScore == 590)
            #expect(try store.result(at: ResultPlace(round: 1, board: 3, table: 1, room: .closed)) == nil)
            try store.deleteResult(at: place)
            #expect(try store.result(at: place) == nil)
            #expect(try !store.insert(VictoryPointPenalty(team: 9, round: 1, hundredths: 100, reason: "r")))
        }
    }
}
