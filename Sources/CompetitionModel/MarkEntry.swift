import ExactNumbers
import SkillsScoring

/// One mark to enter or correct from the command line.
public struct MarkEntry: Sendable {
    public var trade: TradeID
    public var code: EntrantCode
    public var slot: MarkSlot
    public var value: Rational

    public init(trade: TradeID, code: EntrantCode, slot: MarkSlot, value: Rational) {
        self.trade = trade
        self.code = code
        self.slot = slot
        self.value = value
    }
}
