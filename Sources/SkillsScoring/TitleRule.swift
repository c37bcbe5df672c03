import ExactNumbers

/// A cross-trade honour (称号) such as 万盛工匠 or 优秀技能人才 (skills spec §4).
///
/// An entrant earns the title when every condition given holds.
public struct TitleRule: Sendable, Hashable {
    public var id: TitleID
    public var name: String?
    /// Rank at most this in the entrant's trade.
    public var maximumRank: Int?
    /// One of these award levels.
    public var awards: [AwardLevelID]?
    /// A published total at least this.
    public var minimumTotal: Rational?

    public init(id: TitleID, name: String? = nil, maximumRank: Int? = nil,
                awards: [AwardLevelID]? = nil, minimumTotal: Rational? = nil) {
        self.id = id
        self.name = name
        self.maximumRank = maximumRank
        self.awards = awards
        self.minimumTotal = minimumTotal
    }
}
