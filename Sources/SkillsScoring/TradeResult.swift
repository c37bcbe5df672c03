import ExactNumbers

/// One entrant's line in a trade's standings.
public struct EntrantResult: Sendable, Hashable {
    public var code: EntrantCode
    public var organisation: String?
    /// The effective status: a registered entrant with a mark has competed.
    public var status: EntrantStatus
    /// Scores of every component (and, inside, of its modules).
    public var components: ComponentScores
    /// The exact total, computed from unrounded components; `nil` with no mark at all.
    public var total: Rational?
    /// The total rounded half-up once to the competition's decimals: what is printed,
    /// compared and ranked.
    public var publishedTotal: Rational?
    /// Whether every component has all its marks; otherwise the total is provisional.
    public var isComplete: Bool
    /// The rank by the trade's ranking method; `nil` for entrants who did not compete.
    public var rank: Int?
    /// The standard competition rank (1, 2, 2, 4) that awards and titles use.
    public var standardRank: Int?
    /// Whether the entrant passed the eligibility gate.
    public var isEligible: Bool
    public var award: AwardLevelID?
    /// A no-shared trade with a tie the chain cannot break: a ruling is needed.
    public var needsRuling: Bool
    /// Total seconds used, when recorded.
    public var seconds: Int?
}

/// Everything the engine publishes for one trade.
public struct TradeResult: Sendable, Hashable {
    public var trade: TradeID
    /// Competed entrants in rank order (shared ranks by code), then the others by code.
    public var entries: [EntrantResult]
    /// Whether any competed entrant is incomplete.
    public var isProvisional: Bool
    /// Panels whose spread exceeds their tolerance.
    public var discrepancies: [Discrepancy]
    /// Groups of tied entrants a no-shared trade needs a ruling for.
    public var tiesNeedingRuling: [[EntrantCode]]
    /// The competed entrants (N of the quotas).
    public var competitors: Int
    /// The cumulative award counts C₁, C₂, … of the levels awarded.
    public var cumulativeAwardCounts: [Int]
}
