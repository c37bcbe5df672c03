/// Where an entrant stands in a trade (skills spec §1).
public enum EntrantStatus: String, Sendable, CaseIterable, Hashable {
    /// Registered, no mark yet.
    case registered
    /// Took part: ranks and counts toward quotas.
    case competed
    /// 缺考: did not appear; marks are refused.
    case absent
    /// 弃权: withdrew; marks are refused.
    case withdrawn
    /// 取消资格: keeps marks but is not ranked.
    case disqualified

    /// Whether the entrant ranks and counts toward N.
    public var isRanked: Bool { self == .competed }

    /// Whether marks may be entered for the entrant.
    public var acceptsMarks: Bool { self != .absent && self != .withdrawn }
}
