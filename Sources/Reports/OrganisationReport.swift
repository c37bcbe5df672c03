import CompetitionConfig
import CompetitionModel
import ExactNumbers
import SkillsScoring

/// Organisation standings (best-k sums) and the medal table (skills spec §5), as computed.
public struct OrganisationReport: Sendable {
    public var competition: SkillsCompetition
    public var table: OrganisationTable

    public init(competition: SkillsCompetition, table: OrganisationTable) {
        self.competition = competition
        self.table = table
    }

    private var info: CompetitionInfo { competition.info }
    private var labels: Labels { Labels(info.language) }

    public func document() -> ReportDocument {
        ReportDocument(title: "\(info.name) \(labels.organisationStandings)", subtitle: subtitle(info), sections: sections(),
                       sectionColumn: labels.section, labels: labels)
    }

    func sections() -> [ReportSection] {
        var sections = table.standings.map { key, lines -> ReportSection in
            let heading = key.flatMap { id in competition.trade(id)?.name }
                .map { "\(labels.organisationStandings) · \($0)" } ?? labels.organisationStandings
            let rows = lines.map { line -> [ReportCell] in
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
        sections.append(ReportSection(
            heading: labels.medalTable,
            columns: [ReportColumn(labels.organisation)] + table.levels.map { ReportColumn($0.name ?? $0.id.rawValue, numeric: true) },
            rows: table.medals.map { [.text($0.organisation)] + $0.counts.map { .number(String($0)) } }))
        return sections
    }

    /// `{ standings: [...], medals: [...] }` (standings per trade when so scoped).
    public func json() -> JSONValue {
        let tables = table.standings.map { key, lines -> JSONValue in
            .object([
                ("trade", key.map { .string($0.rawValue) } ?? .null),
                ("entries", .array(lines.map { line in
                    .object([("rank", .integer(line.rank)), ("organisation", .string(line.organisation)),
                             ("score", .number(line.score.formatted(places: info.decimals))),
                             ("award", line.award.map { .string($0.rawValue) } ?? .null)])
                })),
            ])
        }
        let levelIDs = table.levels.map(\.id)
        let medals = table.medals.map { row -> JSONValue in
            .object([("organisation", .string(row.organisation)),
                     ("counts", .object(zip(levelIDs, row.counts).map { ($0.rawValue, .integer($1)) }))])
        }
        return .object([("standings", .array(tables)), ("medals", .array(medals))])
    }
}
