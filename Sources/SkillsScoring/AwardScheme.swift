import ExactNumbers

/// How a trade's prizes are allocated (skills spec §4).
public struct AwardScheme: Sendable, Hashable {
    /// The award levels, best first.
    public var levels: [AwardLevel]
    /// Who may receive an award at all.
    public var gate: EligibilityGate
    /// How cumulative share quotas become whole counts.
    public var rounding: RoundingRule
    /// What happens when a shared rank straddles a quota boundary.
    public var boundaryTies: BoundaryTies
    /// Whether quotas are shares of the competed entrants or of the eligible ones.
    public var quotaBase: QuotaBase
    /// How many competed entrants each number of awarded levels needs.
    public var minimumCompetitors: MinimumCompetitors

    public init(levels: [AwardLevel], gate: EligibilityGate = .allComponentsPass,
                rounding: RoundingRule = .halfUp, boundaryTies: BoundaryTies = .promote,
                quotaBase: QuotaBase = .competed,
                minimumCompetitors: MinimumCompetitors = .standard) {
        self.levels = levels
        self.gate = gate
        self.rounding = rounding
        self.boundaryTies = boundaryTies
        self.quotaBase = quotaBase
        self.minimumCompetitors = minimumCompetitors
    }

    /// 一等奖 10%, 二等奖 20%, 三等奖 30% of the competed entrants, gated on every pass mark.
    public static let standard = AwardScheme(levels: [
        AwardLevel(id: "first", name: "一等奖", quota: .share(Rational(1, 10))),
        AwardLevel(id: "second", name: "二等奖", quota: .share(Rational(2, 10))),
        AwardLevel(id: "third", name: "三等奖", quota: .share(Rational(3, 10))),
    ])
}

/// One award level of a trade, e.g. 一等奖 10%.
public struct AwardLevel: Sendable, Hashable {
    public var id: AwardLevelID
    public var name: String?
    public var quota: Quota

    public init(id: AwardLevelID, name: String? = nil, quota: Quota) {
        self.id = id
        self.name = name
        self.quota = quota
    }
}

/// The size of one award level.
public enum Quota: Sendable, Hashable {
    /// A share of the entrants as a fraction (10% is 1/10); levels' shares add up.
    case share(Rational)
    /// A fixed number of places.
    case count(Int)
}

/// Who may receive an award (合格线).
public enum EligibilityGate: String, Sendable, CaseIterable {
    /// Everyone who competed.
    case none
    /// Total at or above the pass mark of 60% of the scale.
    case totalPass = "total-pass"
    /// Every component at or above its pass mark (published values).
    case allComponentsPass = "all-components-pass"
}

/// What happens at a quota boundary crossed by a shared rank.
public enum BoundaryTies: String, Sendable, CaseIterable {
    /// All tied entrants receive the higher award; the next level shrinks.
    case promote
    /// All tied entrants receive the higher award; the next level keeps its size.
    case expand
}

/// What the shares of a quota are shares of.
public enum QuotaBase: String, Sendable, CaseIterable {
    /// The entrants who competed (default): a gated-out entrant's place is not passed on.
    case competed
    /// The entrants who passed the eligibility gate.
    case eligible
}

/// The number of competed entrants needed to award a given number of levels.
///
/// The default: ≥ 6 → three levels, 5 → two, 4 → the top level only, ≤ 3 → nothing.
public struct MinimumCompetitors: Sendable, Hashable {
    /// Levels awarded → competitors needed, e.g. `[3: 6, 2: 5, 1: 4]`.
    public var thresholds: [Int: Int]

    public init(_ thresholds: [Int: Int]) { self.thresholds = thresholds }

    public static let standard = MinimumCompetitors([3: 6, 2: 5, 1: 4])

    /// How many of `levels` levels a trade with `competitors` competed entrants awards.
    ///
    /// A level count not listed needs what the next listed larger count needs (so with the
    /// default, a fourth level such as 优秀奖 needs 6 entrants too); with nothing larger
    /// listed it needs nothing more than the largest listed.
    public func levelsAwarded(of levels: Int, competitors: Int) -> Int {
        var awarded = 0
        for count in stride(from: levels, through: 1, by: -1) {
            let needed = thresholds.filter { $0.key >= count }.min { $0.key < $1.key }?.value
                ?? thresholds.values.max() ?? 0
            if competitors >= needed { awarded = count; break }
        }
        return awarded
    }
}
