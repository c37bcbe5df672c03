/// How organisations (单位 / 代表队) are ranked (skills spec §5).
public struct OrganisationScoring: Sendable, Hashable {
    /// Whether the best totals are taken across the competition or per trade.
    public enum Scope: String, Sendable, CaseIterable {
        case competition, trade
    }

    /// Score = the sum of an organisation's best `best` totals.
    public var best: Int
    public var scope: Scope
    /// Organisation awards (团体奖, 优秀组织奖) by fixed counts on the table, best first.
    public var awards: [AwardLevel]

    public init(best: Int = 3, scope: Scope = .competition, awards: [AwardLevel] = []) {
        self.best = best
        self.scope = scope
        self.awards = awards
    }
}
