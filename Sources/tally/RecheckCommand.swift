import ArgumentParser
import CompetitionService
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
        let desk = try global.desk()
        let draw = try desk.recheck(trade: trade.id, seed: seed, top: top, operator: who.name)
        let report = RecheckReport(info: desk.info, trade: draw.trade, seed: draw.seed, codes: draw.codes)
        try listing.emit(document: report.document, json: report.json)
    }
}
