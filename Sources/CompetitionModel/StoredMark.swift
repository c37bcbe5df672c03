import ExactNumbers
import SkillsScoring

/// A stored mark with the time it was entered (or last corrected): what a mark sheet shows.
public struct StoredMark: Sendable, Hashable {
    public var code: EntrantCode
    public var slot: MarkSlot
    public var value: Rational
    /// When it was stored, ISO 8601 as the audit trail has it.
    public var at: String

    public init(code: EntrantCode, slot: MarkSlot, value: Rational, at: String) {
        self.code = code
        self.slot = slot
        self.value = value
        self.at = at
    }
}
