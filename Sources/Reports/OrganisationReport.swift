import CompetitionConfig
import CompetitionModel
import ExactNumbers
import SkillsScoring

/// Organisation standings (best-k sums) and the medal table (skills spec §5).
public struct OrganisationReport: Sendable {
    public var competition: SkillsCompetition
    public var trades: [PublishedTrade]

    public init(competition: SkillsCompetition, trades: [PublishedTrade]) {
        self.competition = competition
        self.trades = trades
    }

    private var info: CompetitionInfo { competition.info }
    private var labels: Labels { Labels(info.language) }
    private var results: [TradeResult] { trades.map(\.result) }

    /// The award levels of the medal table: every level of every trade, in first-seen order.
    private var levels: [AwardLevel] {
        var seen: Set<AwardLevelID> = []
        return competition.trades.flatMap(\.rules.awards.levels).filter { seen.insert($0.id).inserted }
    }

    public func document() -> ReportDocument {
        ReportDocument(title: "\(info.name) \(labels.organisationStandings)", subtitle: subtitle(info), sections: sections())
    }

    func sections() -> [ReportSection] {
        let standings = competition.organisations.standings(results)
        let keys = standings.keys.sorted { ($0?.rawValue ?? "") < ($1?.rawValue ?? "") }
        var sections = keys.map { key -> ReportSection in
            let heading = key.flatMap { id in trades.first { $0.trade.id == id }?.trade.name }
                .map { "\(labels.organisationStandings) · \($0)" } ?? labels.organisationStandings
            let rows = standings[key]!.map { line -> [ReportCell] in
                [.number(String(line.rank)), .text(line.organisation),
                 .number(line.score.formatted(places: info.decimals)),
                 .text(line.totals.prefix(competition.organisations.best).map { $0.formatted(places: info.decimals) }
                    .joined(separator: " + ")),
                 .optional(line.award.map { id in competition.organisations.awards.first { $0.id == id }?.name ?? id.rawValue })]
            }
            return ReportSection(heading: heading,
                                 columns: [ReportColumn(labels.rank, numeric: true), ReportColumn(labels.organisation),
                                           ReportColumn(labels.score, numeric: true), ReportColumn(labels.counted),
                                           ReportColumn(labels.award)],
                                 rows: rows)
        }
        let medals = OrganisationScoring.medalTable(results, levels: levels.map(\.id))
        sections.append(ReportSection(
            heading: labels.medalTable,
            columns: [ReportColumn(labels.organisation)] + levels.map { ReportColumn($0.name ?? $0.id.rawValue, numeric: true) },
            rows: medals.map { [.text($0.organisation)] + $0.counts.map { .number(String($0)) } }))
        return sections
    }

    /// `{ standings: [...], medals: [...] }` (standings per trade when so scoped).
    public func json() -> JSONValue {
        let standings = competition.organisations.standings(results)
        let keys = standings.keys.sorted { ($0?.rawValue ?? "") < ($1?.rawValue ?? "") }
        let tables = keys.map { key -> JSONValue in
            .object([
                ("trade", key.map { .string($0.rawValue) } ?? .null),
                ("entries", .array(standings[key]!.map { line in
                    .object([("rank", .integer(line.rank)), ("organisation", .string(line.organisation)),
                             ("score", .number(line.score.formatted(places: info.decimals))),
                             ("award", line.award.map { .string($0.rawValue) } ?? .null)])
                })),
            ])
        }
        let levelIDs = levels.map(\.id)
        let medals = OrganisationScoring.medalTable(results, levels: levelIDs).map { row -> JSONValue in
            .object([("organisation", .string(row.organisation)),
                     ("counts", .object(zip(levelIDs, row.counts).map { ($0.rawValue, .integer($1)) }))])
        }
        return .object([("standings", .array(tables)), ("medals", .array(medals))])
    }
}
