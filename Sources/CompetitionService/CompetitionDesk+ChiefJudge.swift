import CompetitionModel
import SkillsScoring

extension CompetitionDesk {
    /// Freezes a trade's marks; refused while marks are missing or a discrepancy is open.
    public func lock(trade: TradeID, operator: String) throws {
        try database.lock(trade: trade, competition: competition, decimals: info.decimals, operator: `operator`)
    }

    /// Reopens a locked trade, with the reason.
    public func unlock(trade: TradeID, reason: String, operator: String) throws {
        try database.unlock(trade: trade, reason: reason, competition: competition, operator: `operator`)
    }

    /// Decrypts a locked trade's codes to names (解密).
    public func reveal(trade: TradeID, operator: String) throws {
        try database.reveal(trade: trade, competition: competition, operator: `operator`)
    }

    /// Records a ruling (a drawn lot, say) that orders tied entrants of a trade, best first.
    public func recordRuling(_ codes: [EntrantCode], trade: TradeID, reason: String, operator: String) throws {
        try database.recordRuling(codes, trade: trade, reason: reason, competition: competition, operator: `operator`)
    }

    /// Confirms a discrepancy as it stands (the chief judge), with the reason.
    public func confirmDiscrepancy(_ key: DiscrepancyKey, trade: TradeID, reason: String, operator: String) throws {
        try database.confirmDiscrepancy(key, trade: trade, reason: reason, competition: competition, decimals: info.decimals,
                                        operator: `operator`)
    }

    /// Draws the recheck list (复核) of a trade — the award winners (or the top `top`) plus at
    /// least 15 % of the rest, by `seed` — and records the draw.
    public func recheck(trade: TradeID, seed: UInt64, top: Int?, operator: String) throws -> RecheckDraw {
        let published = try published(trade: trade)[0]
        let codes = RecheckList.entrants(of: published.result, core: top.map { .top($0) } ?? .awardWinners, seed: seed)
        try database.recordRecheck(codes, seed: seed, trade: trade, competition: competition, operator: `operator`)
        return RecheckDraw(trade: published, seed: seed, codes: codes)
    }
}

/// A drawn recheck list: the codes in the order drawn, with the trade they belong to.
public struct RecheckDraw: Sendable {
    public var trade: PublishedTrade
    public var seed: UInt64
    public var codes: [EntrantCode]
}
