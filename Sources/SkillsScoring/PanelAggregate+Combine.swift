import ExactNumbers

extension PanelAggregate {
    /// Combines a complete panel's marks (skills spec §2).
    ///
    /// - Precondition: `marks.count` ≥ `minimumJudges`.
    public func combine(_ marks: [Rational]) -> Rational {
        precondition(marks.count >= minimumJudges, "too few marks to combine")
        let sorted = marks.sorted()
        switch self {
        case .mean:
            return sorted.sum() / Rational(sorted.count)
        case .median:
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        case .trimmedMean(let trim):
            let kept = sorted.dropFirst(trim).dropLast(trim)
            return kept.sum() / Rational(kept.count)
        case .closestTwo:
            let low = sorted[1] - sorted[0], high = sorted[2] - sorted[1]
            if low == high { return sorted[1] }
            return low < high ? (sorted[0] + sorted[1]) / 2 : (sorted[1] + sorted[2]) / 2
        }
    }

    /// A provisional value from an incomplete panel: the aggregate when enough marks are in
    /// for it, else their plain mean. Shown only as part of a provisional total.
    public func provisionalCombine(_ marks: [Rational]) -> Rational? {
        guard !marks.isEmpty else { return nil }
        if marks.count >= minimumJudges, self != .closestTwo || marks.count == 3 { return combine(marks) }
        return marks.sum() / Rational(marks.count)
    }
}
