import CompetitionConfig
import CompetitionModel
import ExactNumbers
import SkillsScoring

/// The award list of a skills competition: each trade's winners, the cross-trade titles and
/// the organisation standings and medal table.
public struct SkillsAwardListReport: Sendable {
    public var awards: SkillsAwards

    public init(_ awards: SkillsAwards) {
        self.awards = awards
    }

    private var competition: SkillsCompetition { awards.competition }
    private var trades: [PublishedTrade] { awards.trades }
    private var info: CompetitionInfo { competition.info }
    private var labels: Labels { Labels(info.language) }

    /// The document an organiser prints: title, trade, rank, code, name, organisation,
    /// total, award; then titles; then organisations (when the awards hold their table: with
    /// every trade, not with one).
    public func document() -> ReportDocument {
        var sections = trades.map(winnersSection)
        if !competition.titles.isEmpty { sections.append(titlesSection()) }
        if let table = awards.organisations {
            sections += OrganisationReport(competition: competition, table: table).sections()
        }
        var document = ReportDocument(title: "\(info.name) \(labels.awardList)", subtitle: subtitle(info), sections: sections,
                                      sectionColumn: labels.section, labels: labels)
        document.summarySection = allWinnersSection()
        return document
    }

    /// Every award winner of every trade in one table, with a trade column.
    private func allWinnersSection() -> ReportSection {
        let rows = trades.flatMap { published in
            winnersSection(published).rows.map { [ReportCell.text(published.trade.name)] + $0 }
        }
        return ReportSection(heading: labels.allWinners,
                             columns: [ReportColumn(labels.trade), ReportColumn(labels.rank, numeric: true), ReportColumn(labels.code),
                                       ReportColumn(labels.name), ReportColumn(labels.organisation),
                                       ReportColumn(labels.total, numeric: true), ReportColumn(labels.award)],
                             rows: rows)
    }

    private func winnersSection(_ published: PublishedTrade) -> ReportSection {
        let rows = published.result.entries.filter { $0.award != nil }.map { entry -> [ReportCell] in
            [.number(entry.rank.map(String.init) ?? ""), .text(entry.code.rawValue),
             .optional(published.name(of: entry.code)), .optional(published.organisation(of: entry)),
             .number(entry.publishedTotal?.formatted(places: info.decimals) ?? ""),
             .text(levelName(entry.award!, in: published.trade))]
        }
        var notes: [String] = []
        if published.result.isProvisional { notes.append(labels.provisionalNote) }
        if !published.isRevealed { notes.append(labels.anonymousNote) }
        return ReportSection(
            heading: published.trade.name + (published.result.isProvisional ? labels.provisionalTitle : ""),
            columns: [ReportColumn(labels.rank, numeric: true), ReportColumn(labels.code), ReportColumn(labels.name),
                      ReportColumn(labels.organisation), ReportColumn(labels.total, numeric: true), ReportColumn(labels.award)],
            rows: rows, notes: notes)
    }

    /// The titles earned, with the trade and entrant.

    private func titlesSection() -> ReportSection {
        let rows = awards.titles.map { award -> [ReportCell] in
            let published = trades.first { $0.trade.id == award.trade }!
            let entry = published.result.entries.first { $0.code == award.code }!
            let title = competition.titles.first { $0.id == award.title }!
            return [.text(title.name ?? title.id.rawValue), .text(published.trade.name), .text(award.code.rawValue),
                    .optional(published.name(of: award.code)), .optional(published.organisation(of: entry)),
                    .number(entry.publishedTotal?.formatted(places: info.decimals) ?? "")]
        }
        return ReportSection(heading: labels.titles,
                             columns: [ReportColumn(labels.title), ReportColumn(labels.trade), ReportColumn(labels.code),
                                       ReportColumn(labels.name), ReportColumn(labels.organisation),
                                       ReportColumn(labels.total, numeric: true)],
                             rows: rows)
    }

    /// `{ competition, trades: [{ trade, provisional, revealed, winners }], titles, organisations }`.
    public func json() -> JSONValue {
        let tradeObjects = trades.map { published -> JSONValue in
            .object([
                ("trade", .string(published.trade.id.rawValue)),
                ("provisional", .bool(published.result.isProvisional)),
                ("revealed", .bool(published.isRevealed)),
                ("competitors", .integer(published.result.competitors)),
                ("winners", .array(published.result.entries.filter { $0.award != nil }.map { entry in
                    .object([
                        ("rank", entry.rank.map(JSONValue.integer) ?? .null),
                        ("code", .string(entry.code.rawValue)),
                        ("name", published.name(of: entry.code).map(JSONValue.string) ?? .null),
                        ("organisation", published.organisation(of: entry).map(JSONValue.string) ?? .null),
                        ("total", entry.publishedTotal.map { .number($0.formatted(places: info.decimals)) } ?? .null),
                        ("award", .string(entry.award!.rawValue)),
                    ])
                })),
            ])
        }
        let titles = awards.titles.map { award -> JSONValue in
            let published = trades.first { $0.trade.id == award.trade }!
            return .object([("title", .string(award.title.rawValue)), ("trade", .string(award.trade.rawValue)),
                            ("code", .string(award.code.rawValue)),
                            ("name", published.name(of: award.code).map(JSONValue.string) ?? .null)])
        }
        var members: [(String, JSONValue)] = [
            ("competition", .string(info.id.rawValue)),
            ("award-winners", .integer(awards.awardWinners)),
            ("trades", .array(tradeObjects)),
            ("titles", .array(titles)),
        ]
        if let table = awards.organisations {
            members.append(("organisations", OrganisationReport(competition: competition, table: table).json()))
        }
        return .object(members)
    }
}
