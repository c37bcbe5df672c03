import ArgumentParser
import CompetitionStore
import Reports
import SkillsScoring

/// `tally recheck --trade T --seed N`: the entrants to recheck before publishing (复核).
struct RecheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recheck",
        abstract: "Draw the recheck list (复核): the award winners (or the top N) plus at least 15% of the rest, by seed.",
        discussion: "The draw and its seed are recorded in the audit trail; the same seed gives the same list.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var who: OperatorOption
    @OptionGroup var listing: ListingOptions
    @OptionGroup var trade: TradeOption
    @Option(help: "Seed of the random part of the draw.") var seed: UInt64
    @Option(help: "Recheck the top N instead of the award winners.") var top: Int?

    func run() throws {
        let (database, competition) = try global.openCompetition()
        let skills = try competition.skills()
        guard let published = try database.published(competition, trade: trade.id).first else { return }
        let codes = RecheckList.entrants(of: published.result, core: top.map { .top($0) } ?? .awardWinners, seed: seed)
        try database.recordRecheck(codes, seed: seed, trade: trade.id, competition: competition, operator: who.name)
        let labels = Labels(skills.info.language)
        let entries = Dictionary(uniqueKeysWithValues: published.result.entries.map { ($0.code, $0) })
        try listing.emit(document: {
            ReportDocument(title: "\(skills.info.name) \(published.trade.name) \(labels.recheck)",
                           subtitle: ["seed \(seed)"], sections: [ReportSection(
                columns: [ReportColumn(labels.rank, numeric: true), ReportColumn(labels.code), ReportColumn(labels.name),
                          ReportColumn(labels.total, numeric: true), ReportColumn(labels.award)],
                rows: codes.map { code in
                    let entry = entries[code]
                    return [.number(entry?.rank.map(String.init) ?? ""), .text(code.rawValue), .optional(published.name(of: code)),
                            .number(entry?.publishedTotal?.formatted(places: skills.info.decimals) ?? ""),
                            .optional(entry?.award.map { id in
                                published.trade.rules.awards.levels.first { $0.id == id }?.name ?? id.rawValue
                            })]
                })])
        }, json: {
            .object([("trade", .string(trade.id.rawValue)), ("seed", .string(String(seed))),
                     ("codes", .array(codes.map { .string($0.rawValue) }))])
        })
    }
}
