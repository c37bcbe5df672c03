import ExactNumbers
import SkillsScoring

/// One mark, read and typed, to enter or correct (`MarkInput` is the mark as keyed in).
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
