import ArgumentParser
import BridgeScoring
import CompetitionService

/// `tally results import FILE`.
struct ResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: "Import bridge results.",
        subcommands: [Import.self])

    struct Import: FileImportCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import results (CSV, or PBN by the .pbn extension) for rounds already paired; all or nothing.")
        static let kind = ImportedFile.results
        @OptionGroup var importing: FileImportOptions
    }
}

/// `tally result …`: one table's result, or its correction.
struct ResultCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "result",
        abstract: "Enter one table's result, or correct it with --correct --reason.",
        discussion: """
            Robot form: tally result --round 3 --board 17 --team 5 --seat NS 4HX S 10
            Teams of four: tally result --round 3 --board 17 --table 2 --room open 3NT N 9
            Adjusted: tally result --round 3 --board 17 --team 5 --seat NS --adjusted A+
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var who: OperatorOption
    @Option(help: "The round.") var round: Int
    @Option(help: "The board.") var board: Int
    @Option(help: "Robot form: the team.") var team: Int?
    @Option(help: "Robot form: the team's seat, NS or EW.") var seat: String?
    @Option(help: "Teams of four: the match's table.") var table: Int?
    @Option(help: "Teams of four: the room, open or closed.") var room: String?
    @Option(help: "An adjusted score instead of a result: A+, A or A-.") var adjusted: String?
    @Argument(help: "The contract, declarer and tricks, e.g. 4HX S 10.") var result: [String] = []
    @Flag(help: "Replace the stored result; the old one stays in the audit trail.") var correct = false
    @Option(help: "Why the result is corrected (required with --correct).") var reason: String?

    func validate() throws {
        if correct != (reason != nil) { throw ValidationError("--correct and --reason go together") }
        if (adjusted == nil) == result.isEmpty { throw ValidationError("give either CONTRACT DECLARER TRICKS or --adjusted") }
    }

    func run() throws {
        let input = ResultInput(round: round, board: board, team: team, seat: seat, table: table, room: room,
                                adjusted: adjusted, words: result)
        try global.desk().enterResult(input, correcting: correct ? reason : nil, operator: who.name)
        print("round \(round) board \(board): \(adjusted ?? result.joined(separator: " "))\(correct ? " (corrected)" : "")")
    }
}

/// `tally penalty --team T --round R VP --reason R`.
struct PenaltyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "penalty", abstract: "Deduct VPs from a team, with the reason.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var who: OperatorOption
    @Option(help: "The team.") var team: Int
    @Option(help: "The round it is charged in.") var round: Int
    @Argument(help: "VPs deducted, e.g. 1 or 0.5.") var victoryPoints: String
    @Option(help: "Why (required, logged).") var reason: String

    func run() throws {
        let hundredths = try global.desk().penalise(team: TeamNumber(team), round: round, victoryPoints: victoryPoints,
                                                    reason: reason, operator: who.name)
        print("team \(team): −\(formatHundredths(hundredths)) VP in round \(round) (\(reason))")
    }
}

/// `tally forfeit --round R --team T --reason R`.
struct ForfeitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forfeit",
        abstract: "Record that a team forfeits its match of a round (0 VP; the opponent gets the bye award).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var who: OperatorOption
    @Option(help: "The round.") var round: Int
    @Option(help: "The team that forfeits.") var team: Int
    @Option(help: "Why (required, logged).") var reason: String

    func run() throws {
        try global.desk().forfeit(round: round, team: TeamNumber(team), reason: reason, operator: who.name)
        print("round \(round): team \(team) forfeits")
    }
}

/// `tally deals import FILE.pbn`.
struct DealsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deals",
        abstract: "Store the deals (hands) of the boards.",
        subcommands: [Import.self])

    struct Import: FileImportCommand {
        static let configuration = CommandConfiguration(commandName: "import", abstract: "Import the deals of a PBN file (Board and Deal tags).")
        static let kind = ImportedFile.deals
        @OptionGroup var importing: FileImportOptions
    }
}
