import CompetitionModel
internal import GRDB
import SkillsScoring

extension TallyDatabase {
    /// The entrants of a competition (or one trade), by trade order then code, with their
    /// effective status (registered entrants with a mark have competed).
    public func entrants(competition: StoredCompetition, trade: TradeID? = nil) throws -> [EntrantRow] {
        let rows = try read("read the entrants") { db in
            try Row.fetchAll(db, sql: """
                SELECT e.*, CASE WHEN e.status = 'registered' AND EXISTS (SELECT 1 FROM mark m WHERE m.entrantId = e.id)
                                 THEN 'competed' ELSE e.status END AS effectiveStatus
                FROM entrant e JOIN trade t ON t.competitionId = e.competitionId AND t.id = e.tradeId
                WHERE e.competitionId = ? AND (? IS NULL OR e.tradeId = ?) ORDER BY t.position
                """, arguments: [competition.id, trade?.rawValue, trade?.rawValue])
        }
        let entrants = rows.map { row in
            EntrantRow(trade: TradeID(row["tradeId"] as String), code: EntrantCode(row["code"] as String),
                       name: row["name"], organisation: row["organisation"], station: row["station"],
                       idNumber: row["idNumber"], status: EntrantStatus(rawValue: row["effectiveStatus"]) ?? .registered,
                       statusReason: row["statusReason"])
        }
        let order = try competition.skills().trades.map(\.id)
        return entrants.sorted { a, b in
            a.trade == b.trade ? a.code < b.code : order.firstIndex(of: a.trade)! < order.firstIndex(of: b.trade)!
        }
    }
}
