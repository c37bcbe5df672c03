import ExactNumbers

/// Why a mark does not fit a trade's marking scheme.
public struct MarkProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Where a mark goes: a component (or module), a panel seat, an aspect.
public struct MarkSlot: Sendable, Hashable {
    public var component: ComponentID
    public var judge: Int?
    public var aspect: AspectID?

    public init(component: ComponentID, judge: Int? = nil, aspect: AspectID? = nil) {
        self.component = component
        self.judge = judge
        self.aspect = aspect
    }
}

extension TradeRules {
    /// Checks that `value` may be entered at `slot`: the component (or module) exists, a
    /// judge is given exactly where the marking has a panel and is within it, an aspect is
    /// given exactly where the marking has aspects, and the value lies between 0 and the
    /// maximum (0–3 in whole numbers for a judgement aspect).
    public func check(_ slot: MarkSlot, value: Rational) throws(MarkProblem) {
        let (marking, max) = try marking(of: slot.component)
        func fail(_ message: String) -> MarkProblem { MarkProblem(message: message) }
        switch marking {
        case .single:
            if slot.judge != nil { throw fail("component '\(slot.component)' takes a single mark; leave judge empty") }
            if slot.aspect != nil { throw fail("component '\(slot.component)' has no aspects; leave aspect empty") }
            try checkRange(value, max: max, what: "component '\(slot.component)'")
        case .panel(let panel):
            if slot.aspect != nil { throw fail("component '\(slot.component)' has no aspects; leave aspect empty") }
            guard let judge = slot.judge else {
                throw fail("component '\(slot.component)' is marked by a panel; give the judge J1–J\(panel.judges)")
            }
            guard (1...panel.judges).contains(judge) else {
                throw fail("judge J\(judge) is beyond the panel of \(panel.judges) for '\(slot.component)'; expected J1–J\(panel.judges)")
            }
            try checkRange(value, max: max, what: "component '\(slot.component)'")
        case .aspects(let criteria):
            let aspects = criteria.flatMap(\.aspects)
            guard let id = slot.aspect else {
                throw fail("component '\(slot.component)' is marked by aspects; give the aspect (\(aspects.map(\.id.rawValue).joined(separator: ", ")))")
            }
            guard let aspect = aspects.first(where: { $0.id == id }) else {
                throw fail("unknown aspect '\(id)' of '\(slot.component)'; expected one of: \(aspects.map(\.id.rawValue).joined(separator: ", "))")
            }
            switch aspect.kind {
            case .measurement:
                if slot.judge != nil { throw fail("aspect '\(id)' is a measurement, entered once; leave judge empty") }
                try checkRange(value, max: aspect.max, what: "aspect '\(id)'")
            case .judgement(let judges, _):
                guard let judge = slot.judge else { throw fail("aspect '\(id)' is judged; give the judge J1–J\(judges)") }
                guard (1...judges).contains(judge) else {
                    throw fail("judge J\(judge) is beyond the \(judges) judges of aspect '\(id)'; expected J1–J\(judges)")
                }
                guard value.isInteger, value >= 0, value <= 3 else {
                    throw fail("judgement score \(value) of aspect '\(id)' must be a whole number from 0 to 3")
                }
            }
        case .modules(let modules):
            throw fail("component '\(slot.component)' is split into modules; mark a module (\(modules.map(\.id.rawValue).joined(separator: ", ")))")
        }
    }

    /// The marking and max of a component or module.
    private func marking(of id: ComponentID) throws(MarkProblem) -> (Marking, Rational) {
        var known: [String] = []
        for component in components {
            if component.id == id { return (component.marking, component.max) }
            known.append(component.id.rawValue)
            if case .modules(let modules) = component.marking {
                for module in modules {
                    if module.id == id { return (module.marking, module.max) }
                    known.append(module.id.rawValue)
                }
            }
        }
        throw MarkProblem(message: "unknown component '\(id)'; expected one of: \(known.joined(separator: ", "))")
    }

    private func checkRange(_ value: Rational, max: Rational, what: String) throws(MarkProblem) {
        if !(value * 10_000).isInteger {
            throw MarkProblem(message: "mark \(value) of \(what) has more than 4 decimals")
        }
        if value < 0 { throw MarkProblem(message: "mark \(value) of \(what) is negative; enter deductions with `tally deduct`") }
        if value > max { throw MarkProblem(message: "mark \(value) is above the max \(max) of \(what)") }
    }

    /// Every component or module id a mark, time or deduction may name.
    public var markableIDs: [ComponentID] {
        components.flatMap { component -> [ComponentID] in
            if case .modules(let modules) = component.marking { return [component.id] + modules.map(\.id) }
            return [component.id]
        }
    }
}

/// A place on a mark sheet: the slot with the most its mark may be.
public struct MarkSheetField: Sendable, Hashable {
    public var slot: MarkSlot
    public var max: Rational
    /// Whether only whole numbers 0–3 are taken (a judgement aspect).
    public var isJudgement: Bool

    public init(slot: MarkSlot, max: Rational, isJudgement: Bool = false) {
        self.slot = slot
        self.max = max
        self.isJudgement = isJudgement
    }
}

extension TradeRules {
    /// Every mark one entrant needs, in the definition's order: a single mark per single
    /// component, one per panel seat, one per measurement aspect and per seat of a judged
    /// aspect, the same for each module.
    public var markSheetFields: [MarkSheetField] {
        func fields(_ id: ComponentID, _ marking: Marking, _ max: Rational) -> [MarkSheetField] {
            switch marking {
            case .single: return [MarkSheetField(slot: MarkSlot(component: id), max: max)]
            case .panel(let panel):
                return (1...panel.judges).map { MarkSheetField(slot: MarkSlot(component: id, judge: $0), max: max) }
            case .aspects(let criteria):
                return criteria.flatMap(\.aspects).flatMap { aspect -> [MarkSheetField] in
                    switch aspect.kind {
                    case .measurement: return [MarkSheetField(slot: MarkSlot(component: id, aspect: aspect.id), max: aspect.max)]
                    case .judgement(let judges, _):
                        return (1...judges).map {
                            MarkSheetField(slot: MarkSlot(component: id, judge: $0, aspect: aspect.id), max: 3, isJudgement: true)
                        }
                    }
                }
            case .modules(let modules): return modules.flatMap { fields($0.id, $0.marking, $0.max) }
            }
        }
        return components.flatMap { fields($0.id, $0.marking, $0.max) }
    }
}
