import SkillsScoring

/// Everything stored about one trade, read in one consistent transaction: the engine's input
/// plus the workflow state.
public struct TradeSnapshot: Sendable {
    public var trade: Trade
    public var isLocked: Bool
    public var isRevealed: Bool
    /// The engine's input, one record per registered entrant.
    public var records: [EntrantRecord]
    /// Entrants' names by code, read only once the trade is revealed (before, empty: names
    /// are printed only after the reveal).
    public var names: [EntrantCode: String]
    /// Discrepancies the chief judge confirmed as they stand.
    public var confirmed: Set<DiscrepancyKey>
    /// Recorded rulings on ties, each an order of codes.
    public var rulings: [[EntrantCode]]

    public init(trade: Trade, isLocked: Bool, isRevealed: Bool, records: [EntrantRecord], names: [EntrantCode: String],
                confirmed: Set<DiscrepancyKey>, rulings: [[EntrantCode]]) {
        self.trade = trade
        self.isLocked = isLocked
        self.isRevealed = isRevealed
        self.records = records
        self.names = names
        self.confirmed = confirmed
        self.rulings = rulings
    }
}

extension TradeSnapshot {
    /// The trade scored as stored, with its recorded rulings, published to `decimals` places.
    public func result(decimals: Int) -> TradeResult {
        TradeScorer(trade: trade.id, rules: trade.rules, decimals: decimals).score(records, rulings: rulings)
    }
}
