/// Identifies a discrepancy independently of its marks: entrant, component, aspect.
public struct DiscrepancyKey: Sendable, Hashable {
    public var code: EntrantCode
    public var component: ComponentID
    public var aspect: AspectID?

    public init(code: EntrantCode, component: ComponentID, aspect: AspectID? = nil) {
        self.code = code
        self.component = component
        self.aspect = aspect
    }
}

extension Discrepancy {
    public var key: DiscrepancyKey { DiscrepancyKey(code: code, component: component, aspect: aspect) }
}

extension TradeResult {
    /// Why the trade cannot be locked yet (skills spec §6): every competed entrant must be
    /// complete, every discrepancy re-scored or confirmed by the chief judge, and no entrant
    /// left registered without a mark or a status. Empty when the trade may be locked.
    public func lockBlockers(confirmed: Set<DiscrepancyKey>) -> [String] {
        var blockers: [String] = []
        for entry in entries where entry.status == .registered {
            blockers.append("\(entry.code): registered but has no marks (enter them, or set the entrant absent or withdrawn)")
        }
        for entry in entries where entry.status.isRanked && !entry.isComplete {
            let missing = entry.components.filter { !$0.score.isComplete }.map(\.id.rawValue).sorted()
            blockers.append("\(entry.code): marks missing for \(missing.joined(separator: ", "))")
        }
        for tie in tiesNeedingRuling {
            blockers.append("\(tie.map(\.rawValue).joined(separator: ", ")): tied, and this trade forbids shared ranks; record a ruling")
        }
        for discrepancy in discrepancies where !confirmed.contains(discrepancy.key) {
            let marks = discrepancy.marks.keys.sorted().map { "J\($0) \(discrepancy.marks[$0]!)" }.joined(separator: ", ")
            let aspect = discrepancy.aspect.map { " aspect \($0)" } ?? ""
            blockers.append("\(discrepancy.code): open discrepancy on \(discrepancy.component)\(aspect) "
                            + "(spread \(discrepancy.spread) > tolerance \(discrepancy.tolerance): \(marks))")
        }
        return blockers
    }
}
