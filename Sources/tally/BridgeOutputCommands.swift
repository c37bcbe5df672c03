import ArgumentParser
import CompetitionService
import Reports

/// `tally matches --round R [--table T]`: match sheets.
struct MatchesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matches",
        abstract: "Match sheets: the board-by-board IMPs of a round's matches.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var listing: ListingOptions
    @Option(help: "The round.") var round: Int
    @Option(help: "Only this table.") var table: Int?

    func run() throws {
        let reports = BridgeReports(event: try global.desk().matches(round: round))
        try listing.emit(document: { reports.matchSheets(round: round, table: table) },
                         json: { reports.matchSheetsJSON(round: round, table: table) })
    }
}

/// `tally crosstable`.
struct CrossTableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosstable",
        abstract: "The cross-table of the event: each team's opponent and VPs round by round.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        let (event, standings) = try global.desk().bridgeStandings()
        let reports = BridgeReports(event: event)
        try listing.emit(document: { reports.crossTable(standings) }, json: { reports.crossTableJSON(standings) })
    }
}

/// `tally export usebio|pbn`.
struct ExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case usebio, pbn
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Bridge results interchange files: USEBIO 1.2 XML or PBN 2.1.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "usebio or pbn.") var format: Format
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?

    func run() throws {
        let exports = try global.desk().exports()
        try OutputDestination(output: output).write(format == .pbn ? exports.pbn : try exports.usebio())
    }
}
