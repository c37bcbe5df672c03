import ExactNumbers

/// A panel whose marks spread further than its tolerance (误差分 / 超差, skills spec §2).
///
/// The trade cannot be locked while one is open: the chief judge re-scores or confirms it.
public struct Discrepancy: Sendable, Hashable {
    public var code: EntrantCode
    /// The component or module of the panel.
    public var component: ComponentID
    /// The judgement aspect, for a marking scheme.
    public var aspect: AspectID?
    /// The judges' marks, by seat.
    public var marks: [Int: Rational]
    /// max − min of the marks.
    public var spread: Rational
    public var tolerance: Rational
}

extension TradeRules {
    /// Every panel of `entrant` whose spread exceeds its tolerance, in component order.
    public func discrepancies(of entrant: EntrantRecord) -> [Discrepancy] {
        var found: [Discrepancy] = []
        func check(_ marking: Marking, id: ComponentID) {
            switch marking {
            case .single:
                break
            case .panel(let panel):
                guard let tolerance = panel.tolerance else { return }
                add(SeatMarks(entrant.marks, judges: panel.judges) { $0.component == id && $0.aspect == nil }, id, nil, tolerance)
            case .aspects(let criteria):
                for aspect in criteria.flatMap(\.aspects) {
                    guard case .judgement(let judges, let tolerance) = aspect.kind else { continue }
                    add(SeatMarks(entrant.marks, judges: judges) { $0.component == id && $0.aspect == aspect.id },
                        id, aspect.id, Rational(tolerance))
                }
            case .modules(let modules):
                for module in modules { check(module.marking, id: module.id) }
            }
        }
        func add(_ seats: SeatMarks, _ id: ComponentID, _ aspect: AspectID?, _ tolerance: Rational) {
            guard let (low, high) = seats.range, high - low > tolerance else { return }
            found.append(Discrepancy(code: entrant.code, component: id, aspect: aspect, marks: seats.bySeatNumber,
                                     spread: high - low, tolerance: tolerance))
        }
        for component in components { check(component.marking, id: component.id) }
        return found
    }
}
