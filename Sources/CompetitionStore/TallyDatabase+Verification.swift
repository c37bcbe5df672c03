import CompetitionConfig
import ExactNumbers
import Foundation
import GRDB
import SkillsScoring

/// What `verify` found.
public struct VerificationReport: Sendable {
    /// Marks, times and table results checked.
    public var checked: Int
    /// Each difference between the stored data and what the audit trail says it should be,
    /// and each problem SQLite's own checks report.
    public var problems: [String]

    public var isConsistent: Bool { problems.isEmpty }
}

extension TallyDatabase {
    /// Replays the audit trail and compares it with the stored marks, times and results;
    /// recomputes every trade's standings from both and compares them; runs SQLite's
    /// integrity and foreign-key checks.
    public func verify(competition: StoredCompetition) throws -> VerificationReport {
        try read("verify the database") { db in
            var problems: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { problems += integrity.map { "integrity: \($0)" } }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                problems.append("foreign key: a row of \(row[0] as String? ?? "?") refers to a missing \(row[2] as String? ?? "?")")
            }
            let replay = try replayAudit(db, competition: competition.id)
            var checked = 0
            switch competition.definition {
            case .skills(let skills):
                let stored = try storedSkillsValues(db, competition: competition.id)
                checked = stored.count
                problems += compare(stored: stored, replayed: replay.skills)
                problems += try compareStandings(db, competition: competition.id, skills: skills, replayed: replay.skills)
            case .bridgeTeams:
                let stored = try storedResults(db, competition: competition.id)
                checked = stored.count
                problems += compare(stored: stored, replayed: replay.bridge)
            }
            return VerificationReport(checked: checked, problems: problems)
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

    private struct Replay {
        var skills: [String: String] = [:]
        var bridge: [String: String] = [:]
    }

    private func replayAudit(_ db: Database, competition: String) throws -> Replay {
        var replay = Replay()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT action, tradeId, code, component, judge, aspect, newValue FROM auditTrail
            WHERE competitionId = ? AND action IN ('mark.enter', 'mark.correct', 'time.enter', 'result.enter', 'result.correct')
            ORDER BY id, line
            """, arguments: [competition])
        while let row = try rows.next() {
            let action: String = row["action"]
            let newValue: String? = row["newValue"]
            switch action {
            case "mark.enter", "mark.correct":
                replay.skills[markKey(row["tradeId"], row["code"], row["component"], row["judge"] ?? 0, row["aspect"] ?? "")] = newValue
            case "time.enter":
                replay.skills[timeKey(row["tradeId"], row["code"], row["component"])] = newValue
            default:
                replay.bridge["\(row["code"] as String? ?? "") \(row["component"] as String? ?? "") \(row["aspect"] as String? ?? "")"] = newValue
            }
        }
        return replay
    }

    private func markKey(_ trade: String?, _ code: String?, _ component: String?, _ judge: Int, _ aspect: String) -> String {
        "mark \(trade ?? "") \(code ?? "") \(component ?? "")\(judge == 0 ? "" : " J\(judge)")\(aspect.isEmpty ? "" : " \(aspect)")"
    }

    private func timeKey(_ trade: String?, _ code: String?, _ component: String?) -> String {
        "time \(trade ?? "") \(code ?? "") \(component ?? "")"
    }

    private func storedSkillsValues(_ db: Database, competition: String) throws -> [String: String] {
        var values: [String: String] = [:]
        let marks = try Row.fetchCursor(db, sql: """
            SELECT e.tradeId, e.code, m.component, m.judge, m.aspect, m.value FROM mark m JOIN entrant e ON e.id = m.entrantId
            WHERE e.competitionId = ?
            """, arguments: [competition])
        while let row = try marks.next() {
            values[markKey(row["tradeId"], row["code"], row["component"], row["judge"], row["aspect"])] = row["value"]
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT e.tradeId, e.code, t.component, t.seconds FROM time t JOIN entrant e ON e.id = t.entrantId WHERE e.competitionId = ?
            """, arguments: [competition]) {
            values[timeKey(row["tradeId"], row["code"], row["component"])] = String(row["seconds"] as Int)
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

    private func compare(stored: [String: String], replayed: [String: String]) -> [String] {
        var problems: [String] = []
        for key in Set(stored.keys).union(replayed.keys).sorted() {
            switch (stored[key], replayed[key]) {
            case let (value?, nil): problems.append("\(key): stored \(value) but the audit trail never entered it")
            case let (nil, value?): problems.append("\(key): the audit trail entered \(value) but nothing is stored")
            case let (a?, b?) where a != b: problems.append("\(key): stored \(a) but the audit trail's last value is \(b)")
            default: break
            }
        }
        return problems
    }

    /// Standings from the stored marks against standings from the audit trail's marks.
    private func compareStandings(_ db: Database, competition: String, skills: SkillsCompetition,
                                  replayed: [String: String]) throws -> [String] {
        var problems: [String] = []
        // The audit trail's marks by trade and code.
        var marks: [String: [String: [Mark]]] = [:]
        for (key, value) in replayed {
            let parts = key.split(separator: " ").map(String.init)
            guard parts.count >= 4, parts[0] == "mark", let mark = Rational(decimal: value) else { continue }
            var judge: Int?
            var aspect: AspectID?
            for extra in parts.dropFirst(4) {
                if extra.hasPrefix("J"), let seat = Int(extra.dropFirst()) { judge = seat } else { aspect = AspectID(extra) }
            }
            marks[parts[1], default: [:]][parts[2], default: []]
                .append(Mark(component: ComponentID(parts[3]), judge: judge, aspect: aspect, value: mark))
        }
        for trade in skills.trades {
            let snapshot = try snapshot(db, competition: competition, trade: trade)
            var fromAudit = snapshot
            for index in fromAudit.records.indices {
                fromAudit.records[index].marks = marks[trade.id.rawValue]?[fromAudit.records[index].code.rawValue] ?? []
            }
            let stored = snapshot.result(decimals: skills.info.decimals).entries
            let audited = fromAudit.result(decimals: skills.info.decimals).entries
            for (a, b) in zip(stored, audited) where (a.code, a.rank, a.publishedTotal, a.award) != (b.code, b.rank, b.publishedTotal, b.award) {
                problems.append("\(trade.id) \(a.code): standings from the stored marks (rank \(a.rank.map(String.init) ?? "-"), "
                                + "\(a.publishedTotal.map { $0.formatted(places: 2) } ?? "-")) differ from the audit trail's "
                                + "(\(b.code) rank \(b.rank.map(String.init) ?? "-"), \(b.publishedTotal.map { $0.formatted(places: 2) } ?? "-"))")
            }
        }
        return problems
    }
}
