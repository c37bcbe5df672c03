/// Everything the engine needs to score one trade: its components, ranking and awards.
public struct TradeRules: Sendable, Hashable {
    public var components: [Component]
    /// The tie-break chain after the published total.
    public var tieBreaks: [TieBreakKey]
    public var ranking: RankingMethod
    public var awards: AwardScheme

    public init(components: [Component], tieBreaks: [TieBreakKey] = [],
                ranking: RankingMethod = .standard, awards: AwardScheme = .standard) {
        self.components = components
        self.tieBreaks = tieBreaks
        self.ranking = ranking
        self.awards = awards
    }
}

/// A trade (竞赛项目) of a skills competition.
public struct Trade: Sendable, Hashable {
    public var id: TradeID
    /// The printed name, e.g. 电工.
    public var name: String
    public var rules: TradeRules

    public init(id: TradeID, name: String, rules: TradeRules) {
        self.id = id
        self.name = name
        self.rules = rules
    }
}
