/// What `verify` found.
public struct VerificationReport: Sendable {
    /// Marks, times and table results checked.
    public var checked: Int
    /// Each difference between the stored data and what the audit trail says it should be,
    /// and each problem SQLite's own checks report.
    public var problems: [String]

    public var isConsistent: Bool { problems.isEmpty }

    public init(checked: Int, problems: [String]) {
        self.checked = checked
        self.problems = problems
    }
}
