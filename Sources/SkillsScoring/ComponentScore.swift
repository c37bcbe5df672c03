import ExactNumbers

/// An entrant's value on one component (or module), and whether all its marks are in.
public struct ComponentScore: Sendable, Hashable {
    /// The exact, unrounded value on the component's scale after deductions; `nil` when no
    /// mark has been entered at all. Provisional while `isComplete` is false.
    public var value: Rational?
    /// Whether every expected mark has been entered.
    public var isComplete: Bool
    /// The modules' own scores, for a component split into modules.
    public var modules: ComponentScores

    public init(value: Rational?, isComplete: Bool, modules: ComponentScores = ComponentScores()) {
        self.value = value
        self.isComplete = isComplete
        self.modules = modules
    }
}

extension Component {
    /// Scores this component from an entrant's marks and deductions.
    ///
    /// Marks of other components are ignored; marks for seats beyond the panel or aspects not
    /// in the scheme are ignored too (the store refuses them at entry). Deductions are
    /// subtracted from the value and stop at zero (扣完为止).
    public func score(marks: [Mark], deductions: [Deduction] = []) -> ComponentScore {
        var result: ComponentScore
        if case .modules(let modules) = marking {
            var scores = ComponentScores(capacity: modules.count)
            for module in modules {
                scores[module.id] = Self.score(marking: module.marking, id: module.id, max: module.max, marks: marks)
            }
            let available = modules.filter { scores[$0.id]?.value != nil }
            let value: Rational? = available.isEmpty ? nil
                : available.map { $0.weight * scores[$0.id]!.value! / $0.max }.sum() * max / modules.map(\.weight).sum()
            result = ComponentScore(value: value, isComplete: scores.values.allSatisfy(\.isComplete), modules: scores)
        } else {
            result = Self.score(marking: marking, id: id, max: max, marks: marks)
        }
        let deducted = deductions.filter { $0.component == id }.map(\.points).sum()
        if let value = result.value, deducted != .zero {
            result.value = Swift.max(.zero, value - deducted)
        }
        return result
    }

    static func score(marking: Marking, id: ComponentID, max: Rational, marks: [Mark]) -> ComponentScore {
        switch marking {
        case .single:
            let value = marks.last { $0.component == id && $0.judge == nil && $0.aspect == nil }?.value
            return ComponentScore(value: value, isComplete: value != nil)
        case .panel(let panel):
            let seats = SeatMarks(marks, judges: panel.judges) { $0.component == id && $0.aspect == nil }
            let complete = seats.count == panel.judges
            let values = seats.values
            let value = complete ? panel.aggregate.combine(values) : panel.aggregate.provisionalCombine(values)
            return ComponentScore(value: value, isComplete: complete)
        case .aspects(let criteria):
            let own = marks.filter { $0.component == id }
            let aspects = criteria.flatMap(\.aspects)
            var total = Rational.zero
            var any = false
            var complete = true
            for aspect in aspects {
                let entered = own.filter { $0.aspect == aspect.id }
                switch aspect.kind {
                case .measurement:
                    if let mark = entered.last(where: { $0.judge == nil }) {
                        total += mark.value
                        any = true
                    } else {
                        complete = false
                    }
                case .judgement(let judges, _):
                    let seats = SeatMarks(entered, judges: judges) { _ in true }
                    if seats.count < judges { complete = false }
                    guard !seats.isEmpty else { continue }
                    any = true
                    total += aspect.max * seats.values.sum() / Rational(3 * seats.count)
                }
            }
            let scheme = aspects.map(\.max).sum()
            return ComponentScore(value: any ? total * max / scheme : nil, isComplete: complete)
        case .modules:
            preconditionFailure("modules do not nest")
        }
    }
}
