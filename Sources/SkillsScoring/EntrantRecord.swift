import ExactNumbers

/// One mark as entered: for a component (or module), perhaps by a panel seat, perhaps for an
/// aspect of a marking scheme.
public struct Mark: Sendable, Hashable {
    /// The component or module marked.
    public var component: ComponentID
    /// The panel seat 1 … N (`J1` … `JN`); `nil` for a single mark or a measurement aspect.
    public var judge: Int?
    /// The aspect, for a component marked by aspects.
    public var aspect: AspectID?
    public var value: Rational

    public init(component: ComponentID, judge: Int? = nil, aspect: AspectID? = nil, value: Rational) {
        self.component = component
        self.judge = judge
        self.aspect = aspect
        self.value = value
    }
}

/// Points taken off a component (扣分), with the reason.
public struct Deduction: Sendable, Hashable {
    public var component: ComponentID
    /// The points deducted, a positive number.
    public var points: Rational
    public var reason: String

    public init(component: ComponentID, points: Rational, reason: String) {
        self.component = component
        self.points = points
        self.reason = reason
    }
}

/// Everything recorded for one entrant of a trade: the engine's input.
public struct EntrantRecord: Sendable, Hashable {
    public var code: EntrantCode
    public var organisation: String?
    public var status: EntrantStatus
    public var marks: [Mark]
    public var deductions: [Deduction]
    /// Seconds used, per component; their sum is the `time` tie-break.
    public var seconds: [ComponentID: Int]

    public init(code: EntrantCode, organisation: String? = nil, status: EntrantStatus = .registered,
                marks: [Mark] = [], deductions: [Deduction] = [], seconds: [ComponentID: Int] = [:]) {
        self.code = code
        self.organisation = organisation
        self.status = status
        self.marks = marks
        self.deductions = deductions
        self.seconds = seconds
    }

    /// The status the engine uses: a registered entrant with a mark has competed.
    public var effectiveStatus: EntrantStatus {
        status == .registered && !marks.isEmpty ? .competed : status
    }

    /// The total time used, or `nil` when none was recorded.
    public var totalSeconds: Int? { seconds.isEmpty ? nil : seconds.values.reduce(0, +) }
}
