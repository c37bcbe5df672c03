/// One row of the audit trail: who did what, when, with the old and new values.
public struct AuditEntry: Sendable, Hashable {
    public var id: Int64
    /// ISO 8601 time.
    public var at: String
    public var `operator`: String
    /// What was done, e.g. `mark.enter`, `mark.correct`, `trade.lock`.
    public var action: String
    public var competition: String
    public var trade: String?
    public var code: String?
    public var component: String?
    public var judge: Int?
    public var aspect: String?
    public var oldValue: String?
    public var newValue: String?
    public var reason: String?
    /// Where the change came from, e.g. `marks.csv:12`.
    public var source: String?

    public init(id: Int64 = 0, at: String = "", operator: String, action: String, competition: String,
                trade: String? = nil, code: String? = nil, component: String? = nil, judge: Int? = nil,
                aspect: String? = nil, oldValue: String? = nil, newValue: String? = nil, reason: String? = nil,
                source: String? = nil) {
        self.id = id
        self.at = at
        self.operator = `operator`
        self.action = action
        self.competition = competition
        self.trade = trade
        self.code = code
        self.component = component
        self.judge = judge
        self.aspect = aspect
        self.oldValue = oldValue
        self.newValue = newValue
        self.reason = reason
        self.source = source
    }
}
