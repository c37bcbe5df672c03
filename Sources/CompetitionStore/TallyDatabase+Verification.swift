import CompetitionConfig
import CompetitionModel
import ExactNumbers
import Foundation
internal import GRDB
import SkillsScoring

/// What the store finds when it checks itself, and what the standings check needs: every
/// trade as stored and the marks the audit trail enters, read in one snapshot.
public struct StoreVerification: Sendable {
    /// Marks, times and table results checked.
    public var checked: Int
    /// SQLite's integrity and foreign-key problems, and each stored value the audit trail
    /// does not account for.
    public var problems: [String]
    /// Every trade of a skills competition as stored.
    public var trades: [TradeSnapshot]
    /// The marks the audit trail leaves each entrant, by trade and code.
    public var auditedMarks: [TradeID: [EntrantCode: [Mark]]]
}

extension TallyDatabase {
    /// Runs SQLite's integrity and foreign-key checks and replays the audit trail against the
    /// stored marks, times and results; returns the stored trades and the audit trail's marks
    /// with it, from the same snapshot, for the standings to be compared.
    public func verify(competition: StoredCompetition) throws -> StoreVerification {
        try read("verify the database") { db in
            var problems: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { problems += integrity.map { "integrity: \($0)" } }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                problems.append("foreign key: a row of \(row[0] as String? ?? "?") refers to a missing \(row[2] as String? ?? "?")")
            }
            let replay = try replayAudit(db, competition: competition.id)
            var verification = StoreVerification(checked: 0, problems: [], trades: [], auditedMarks: [:])
            switch competition.definition {
            case .skills(let skills):
                let stored = try storedSkillsValues(db, competition: competition.id)
                verification.checked = stored.count
                problems += compare(stored: stored, replayed: replay.skills, named: \.description)
                verification.trades = try skills.trades.map { try Self.snapshot(db, competition: competition.id, trade: $0) }
                verification.auditedMarks = Self.marks(replay.skills)
            case .bridgeTeams:
                let stored = try storedResults(db, competition: competition.id)
                verification.checked = stored.count
                problems += compare(stored: stored, replayed: replay.bridge) { $0 }
            }
            verification.problems = problems
            return verification
        }
    }

    /// Writes a consistent copy of the whole database to `path` with SQLite's backup API,
    /// while other processes may go on writing; the copy appears whole or not at all.
    public func backup(to path: String) throws {
        let temporary = path + ".partial"
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            let copy = try DatabaseQueue(path: temporary)
            try pool.backup(to: copy)
            try copy.close()
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw StoreError(operation: "back up the database to \(path)", underlying: error)
        }
    }

    // MARK: Replaying the audit trail

    /// Where a skills value is stored, as the audit trail names it: a mark's slot or a time.
    private struct SkillsSlot: Hashable {
        enum Kind: Hashable { case mark, time }
        var kind: Kind
        var trade: String
        var code: String
        var component: String
        /// The judge's seat, 0 for none.
        var judge = 0
        /// The aspect, empty for none.
        var aspect = ""

        /// How problems name the slot (and the order they are listed in).
        var description: String {
            switch kind {
            case .mark: "mark \(trade) \(code) \(component)\(judge == 0 ? "" : " J\(judge)")\(aspect.isEmpty ? "" : " \(aspect)")"
            case .time: "time \(trade) \(code) \(component)"
            }
        }
    }

    /// An audit entry's value for a slot, and where the entry stands in the trail.
    private struct Entered {
        var id: Int64
        var line: Int
        /// `nil` leaves the slot empty.
        var value: String?
    }

    /// The last value the audit trail gives each slot: the entry latest by (id, line) wins,
    /// so the trail is read in storage order, without sorting a national competition's
    /// million entries first.
    private struct Replay {
        var skills: [SkillsSlot: Entered] = [:]
        var bridge: [String: Entered] = [:]

        static func record<Key>(_ entry: Entered, at key: Key, in values: inout [Key: Entered]) {
            if let known = values[key], (known.id, known.line) > (entry.id, entry.line) { return }
            values[key] = entry
        }
    }

    private func replayAudit(_ db: Database, competition: String) throws -> Replay {
        var replay = Replay()
        // Sized once: growing a table of a million slots step by step rehashes it all each time.
        replay.skills.reserveCapacity(try markCount(db, competition: competition))
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, line, action, tradeId, code, component, judge, aspect, newValue FROM auditTrail
            WHERE competitionId = ? AND action IN ('mark.enter', 'mark.correct', 'mark.withdraw', 'time.enter', 'result.enter',
                                                    'result.correct')
            """, arguments: [competition])
        while let row = try rows.next() {
            // By position: looking columns up by name costs more than the rest of the loop.
            let entry = Entered(id: row[0], line: row[1], value: row[8])
            let action: String = row[2]
            let trade = row[3] as String? ?? "", code = row[4] as String? ?? "", component = row[5] as String? ?? ""
            switch action {
            case "mark.enter", "mark.correct", "mark.withdraw":     // a withdrawal's newValue is NULL: no mark
                let slot = SkillsSlot(kind: .mark, trade: trade, code: code, component: component,
                                      judge: row[6] as Int? ?? 0, aspect: row[7] as String? ?? "")
                Replay.record(entry, at: slot, in: &replay.skills)
            case "time.enter":
                Replay.record(entry, at: SkillsSlot(kind: .time, trade: trade, code: code, component: component), in: &replay.skills)
            default:
                Replay.record(entry, at: "\(code) \(component) \(row[7] as String? ?? "")", in: &replay.bridge)
            }
        }
        return replay
    }

    private func markCount(_ db: Database, competition: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mark m JOIN entrant e ON e.id = m.entrantId WHERE e.competitionId = ?",
                         arguments: [competition]) ?? 0
    }

    private func storedSkillsValues(_ db: Database, competition: String) throws -> [SkillsSlot: String] {
        var values: [SkillsSlot: String] = [:]
        values.reserveCapacity(try markCount(db, competition: competition))
        let marks = try Row.fetchCursor(db, sql: """
            SELECT e.tradeId, e.code, m.component, m.judge, m.aspect, m.value FROM mark m JOIN entrant e ON e.id = m.entrantId
            WHERE e.competitionId = ?
            """, arguments: [competition])
        while let row = try marks.next() {
            values[SkillsSlot(kind: .mark, trade: row[0], code: row[1], component: row[2], judge: row[3], aspect: row[4])] = row[5]
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT e.tradeId, e.code, t.component, t.seconds FROM time t JOIN entrant e ON e.id = t.entrantId WHERE e.competitionId = ?
            """, arguments: [competition]) {
            values[SkillsSlot(kind: .time, trade: row[0], code: row[1], component: row[2])] = String(row[3] as Int)
        }
        return values
    }

    private func storedResults(_ db: Database, competition: String) throws -> [String: String] {
        var values: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM boardResult WHERE competitionId = ?", arguments: [competition]) {
            let team: Int = row["team"], table: Int = row["tableNumber"]
            let place = [row["seat"] as String, table == 0 ? "" : "table \(table)", row["room"] as String]
                .filter { !$0.isEmpty }.joined(separator: " ")
            let key = "\(team == 0 ? "" : String(team)) round \(row["round"] as Int) board \(row["board"] as Int) \(place)"
            values[key] = (row["adjusted"] as String?)
                ?? "\(row["contract"] as String? ?? "") \(row["declarer"] as String? ?? "") \((row["tricks"] as Int?).map(String.init) ?? "") NS \(row["northSouthScore"] as Int? ?? 0)"
        }
        return values
    }

    /// Each difference between stored values and the audit trail's, ordered by how the
    /// slots are named; only the differences are sorted, not every slot.
    private func compare<Key: Hashable>(stored: [Key: String], replayed: [Key: Entered],
                                        named name: (Key) -> String) -> [String] {
        var problems: [(slot: String, text: String)] = []
        for (key, value) in stored {
            switch replayed[key]?.value {
            case nil: problems.append((name(key), "\(name(key)): stored \(value) but the audit trail never entered it"))
            case let entered? where entered != value:
                problems.append((name(key), "\(name(key)): stored \(value) but the audit trail's last value is \(entered)"))
            default: break
            }
        }
        for (key, entered) in replayed where stored[key] == nil {
            guard let value = entered.value else { continue }
            problems.append((name(key), "\(name(key)): the audit trail entered \(value) but nothing is stored"))
        }
        return problems.sorted { $0.slot < $1.slot }.map(\.text)
    }

    /// The audit trail's marks by trade and code.
    private static func marks(_ replayed: [SkillsSlot: Entered]) -> [TradeID: [EntrantCode: [Mark]]] {
        var marks: [TradeID: [EntrantCode: [Mark]]] = [:]
        for (slot, entered) in replayed where slot.kind == .mark {
            guard let value = entered.value, let mark = Rational(decimal: value) else { continue }
            marks[TradeID(slot.trade), default: [:]][EntrantCode(slot.code), default: []].append(Mark(
                component: ComponentID(slot.component), judge: slot.judge == 0 ? nil : slot.judge,
                aspect: slot.aspect.isEmpty ? nil : AspectID(slot.aspect), value: mark))
        }
        return marks
    }
}
