/// One link of a trade's tie-break chain (skills spec §3).
public struct TieBreakKey: Sendable, Hashable {
    /// What is compared.
    public enum Subject: Sendable, Hashable {
        /// A component's (or module's) published value.
        case component(ComponentID)
        /// The entrant's total recorded time in seconds; entrants with none sort last.
        case time
    }

    /// Which end of the comparison wins.
    public enum Preference: String, Sendable, CaseIterable {
        case higher, lower
    }

    public var subject: Subject
    public var prefer: Preference

    /// A key with its natural direction: higher marks win, less time wins.
    public init(_ subject: Subject, prefer: Preference? = nil) {
        self.subject = subject
        switch subject {
        case .component: self.prefer = prefer ?? .higher
        case .time: self.prefer = prefer ?? .lower
        }
    }
}
