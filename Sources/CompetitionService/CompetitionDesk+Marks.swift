import CompetitionModel
import Diagnostics
import ExactNumbers
import SkillsScoring

/// One mark as a person keys it in: text, checked here.
public struct MarkInput: Sendable {
    public var trade: TradeID
    public var code: EntrantCode
    public var component: ComponentID
    /// The panel seat as typed, `J3` or `3`.
    public var judge: String?
    public var aspect: AspectID?
    /// The mark as typed, e.g. `86.5`.
    public var value: String

    public init(trade: TradeID, code: EntrantCode, component: ComponentID, judge: String? = nil, aspect: AspectID? = nil,
                value: String) {
        self.trade = trade
        self.code = code
        self.component = component
        self.judge = judge
        self.aspect = aspect
        self.value = value
    }
}

extension CompetitionDesk {
    /// Imports a marks file, all or nothing; every bad row is reported.
    public func importMarks(file: String, displayName: String? = nil, operator: String) throws -> ImportSummary {
        try database.importMarks(path: file, displayName: displayName ?? file, competition: competition, operator: `operator`)
    }

    /// Enters one mark, or with `correcting` replaces the stored one (the old value stays in
    /// the audit trail with the reason). Returns the mark as stored.
    @discardableResult
    public func enterMark(_ input: MarkInput, correcting reason: String?, operator: String) throws -> MarkEntry {
        guard let value = Rational(decimal: input.value) else {
            throw InputRejection("invalid mark '\(input.value)'; expected a number such as 86 or 86.5")
        }
        let seat: Int?
        do { seat = try input.judge.map(JudgeSeat.parse) } catch { throw InputRejection([error]) }
        let entry = MarkEntry(trade: input.trade, code: input.code,
                              slot: MarkSlot(component: input.component, judge: seat, aspect: input.aspect), value: value)
        try database.enterMark(entry, correcting: reason, competition: competition, operator: `operator`)
        return entry
    }

    /// Imports a times file (time used), all or nothing.
    public func importTimes(file: String, displayName: String? = nil, operator: String) throws -> ImportSummary {
        try database.importTimes(path: file, displayName: displayName ?? file, competition: competition, operator: `operator`)
    }

    /// Deducts points from a component (扣分), with the reason; `points` as typed.
    @discardableResult
    public func deduct(points: String, component: ComponentID, code: EntrantCode, trade: TradeID, reason: String,
                       operator: String) throws -> Rational {
        guard let amount = Rational(decimal: points) else {
            throw InputRejection("invalid points '\(points)'; expected a number such as 2 or 0.5")
        }
        try database.deduct(Deduction(component: component, points: amount, reason: reason), code: code, trade: trade,
                            competition: competition, operator: `operator`)
        return amount
    }
}
