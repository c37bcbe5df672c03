import CompetitionModel
import ExactNumbers
internal import GRDB
import SkillsScoring

extension TallyDatabase {
    /// Every stored mark of one trade, in code and slot order, each with the time of its last
    /// entry or correction (from the audit trail; an imported mark has its import's time).
    public func storedMarks(competition: String, trade: TradeID) throws -> [StoredMark] {
        try read("read the marks") { db in
            let arguments: StatementArguments = [competition, trade.rawValue]
            struct Key: Hashable { var code: String, component: String, judge: Int, aspect: String }
            var times: [Key: String] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT code, component, judge, aspect, at FROM audit
                WHERE competitionId = ? AND tradeId = ? AND action IN ('mark.enter', 'mark.correct') ORDER BY id
                """, arguments: arguments) {
                times[Key(code: row["code"], component: row["component"], judge: row["judge"] ?? 0, aspect: row["aspect"] ?? "")] = row["at"]
            }
            let imports = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                SELECT id, at FROM audit WHERE competitionId = ? AND action = 'marks.import'
                """, arguments: [competition]).map { ($0["id"] as Int64, $0["at"] as String) })
            return try Row.fetchAll(db, sql: """
                SELECT e.code, m.component, m.judge, m.aspect, m.value, m.importId FROM mark m JOIN entrant e ON e.id = m.entrantId
                WHERE e.competitionId = ? AND e.tradeId = ? ORDER BY e.code, m.component, m.judge, m.aspect
                """, arguments: arguments).compactMap { row -> StoredMark? in
                guard let value = Rational(decimal: row["value"] as String) else { return nil }
                let key = Key(code: row["code"], component: row["component"], judge: row["judge"], aspect: row["aspect"])
                let at = times[key] ?? (row["importId"] as Int64?).flatMap { imports[$0] } ?? ""
                return StoredMark(code: EntrantCode(key.code),
                                  slot: MarkSlot(component: ComponentID(key.component), judge: key.judge == 0 ? nil : key.judge,
                                                 aspect: key.aspect.isEmpty ? nil : AspectID(key.aspect)),
                                  value: value, at: at)
            }
        }
    }
}
