import SkillsScoring

/// A scored trade with what printed outputs need besides the engine's result: names (shown
/// only once the trade is revealed), lock state and confirmed discrepancies.
public struct PublishedTrade: Sendable {
    public var trade: Trade
    public var result: TradeResult
    public var isLocked: Bool
    public var isRevealed: Bool
    /// Names by code; printed only when `isRevealed`.
    public var names: [EntrantCode: String]
    public var confirmed: Set<DiscrepancyKey>

    public init(trade: Trade, result: TradeResult, isLocked: Bool, isRevealed: Bool, names: [EntrantCode: String],
                confirmed: Set<DiscrepancyKey> = []) {
        self.trade = trade
        self.result = result
        self.isLocked = isLocked
        self.isRevealed = isRevealed
        self.names = names
        self.confirmed = confirmed
    }

    /// The name to print for `code`: `nil` until the trade is revealed.
    public func name(of code: EntrantCode) -> String? { isRevealed ? names[code] : nil }

    /// The organisation to print: like names, hidden until the reveal (it identifies people).
    public func organisation(of entry: EntrantResult) -> String? { isRevealed ? entry.organisation : nil }
}
