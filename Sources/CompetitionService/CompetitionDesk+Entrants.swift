import CompetitionModel
import SkillsScoring

extension CompetitionDesk {
    /// Registers the entrants of a CSV file, all or none; trades without codes have codes (and
    /// stations) drawn with `seed`, which is recorded.
    public func importEntrants(file: String, displayName: String? = nil, seed: UInt64?, operator: String) throws -> ImportSummary {
        try database.importEntrants(path: file, displayName: displayName ?? file, competition: competition, seed: seed,
                                    operator: `operator`)
    }

    /// Registers one entrant (the next free A number when the code is empty).
    public func addEntrant(_ entrant: EntrantRow, operator: String) throws -> EntrantRow {
        try database.addEntrant(entrant, competition: competition, operator: `operator`)
    }

    /// The registered entrants (names included: for the organiser's desk), of one trade or all.
    public func entrants(trade: TradeID? = nil) throws -> [EntrantRow] {
        _ = try competition.skills()
        return try database.entrants(competition: competition, trade: trade)
    }

    /// Marks an entrant absent, withdrawn, disqualified or competed.
    public func setStatus(_ status: EntrantStatus, code: EntrantCode, trade: TradeID, reason: String?, operator: String) throws {
        try database.setStatus(status, code: code, trade: trade, reason: reason, competition: competition, operator: `operator`)
    }
}
