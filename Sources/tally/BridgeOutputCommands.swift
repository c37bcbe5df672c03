import ArgumentParser
import BridgeInterchange
import BridgeScoring
import CompetitionStore
import Foundation
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
        let (database, competition) = try global.openCompetition()
        let reports = try bridgeReports(database, competition)
        guard reports.rounds.contains(where: { $0.number == round }) else {
            throw CommandFailure(.refused, message: "round \(round) is not paired")
        }
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
        let (database, competition) = try global.openCompetition()
        let snapshot = try database.bridgeSnapshot(competition)
        let reports = try bridgeReports(database, competition, snapshot: snapshot)
        let standings = snapshot.standings()
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
        let (database, competition) = try global.openCompetition()
        let exports = BridgeExports(snapshot: try database.bridgeSnapshot(competition))
        try OutputDestination(output: output).write(format == .pbn ? exports.pbn : exports.usebio)
    }
}
