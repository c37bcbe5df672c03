import CompetitionConfig
import SkillsScoring

/// What a skills competition's award list is made of, computed once from the scored trades:
/// the trades with their winners, the cross-trade titles granted, and — for the whole
/// competition — the organisation standings and medal table.
public struct SkillsAwards: Sendable {
    public var competition: SkillsCompetition
    public var trades: [PublishedTrade]
    /// The titles granted (skills spec §4), rule by rule.
    public var titles: [TitleAward]
    /// The organisation table; `nil` when the list is of one trade.
    public var organisations: OrganisationTable?

    /// Grants the titles of `trades` and, with `includingOrganisations`, ranks the organisations.
    public init(competition: SkillsCompetition, trades: [PublishedTrade], includingOrganisations: Bool) {
        self.competition = competition
        self.trades = trades
        titles = TitleRule.awards(competition.titles, results: trades.map(\.result))
        organisations = includingOrganisations ? OrganisationTable(competition: competition, trades: trades) : nil
    }

    /// How many entrants won an award, over every trade listed.
    public var awardWinners: Int {
        trades.reduce(0) { $0 + $1.result.entries.filter { $0.award != nil }.count }
    }
}

/// The organisation standings (best-k sums, skills spec §5) and the medal table.
public struct OrganisationTable: Sendable {
    /// One table per scope: per trade when the definition ranks organisations per trade,
    /// otherwise one for the whole competition (trade `nil`); ordered by trade id.
    public var standings: [(trade: TradeID?, lines: [OrganisationStanding])]
    /// The award levels the medal table counts: every level of every trade, in first-seen order.
    public var levels: [AwardLevel]
    /// Each organisation's count of each level, in the order of `levels`.
    public var medals: [MedalCount]

    /// Ranks the organisations of `trades` by the competition's rules.
    public init(competition: SkillsCompetition, trades: [PublishedTrade]) {
        let results = trades.map(\.result)
        let standings = competition.organisations.standings(results)
        self.standings = standings.keys.sorted { ($0?.rawValue ?? "") < ($1?.rawValue ?? "") }.map { ($0, standings[$0]!) }
        var seen: Set<AwardLevelID> = []
        levels = competition.trades.flatMap(\.rules.awards.levels).filter { seen.insert($0.id).inserted }
        medals = OrganisationScoring.medalTable(results, levels: levels.map(\.id))
    }
}
