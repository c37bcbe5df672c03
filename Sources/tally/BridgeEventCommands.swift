import Foundation
import ArgumentParser
import BridgeScoring
import CompetitionService
import Diagnostics
import Reports

/// `tally teams import|list|withdraw`.
struct TeamsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "teams",
        abstract: "Register and list bridge teams and their players.",
        subcommands: [Import.self, Edit.self, List.self, Withdraw.self])

    struct Import: FileImportCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Register the teams of a CSV file (number, name, [organisation], players separated by ; or 、).")
        static let kind = ImportedFile.teams
        @OptionGroup var importing: FileImportOptions
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the teams with their players.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var listing: ListingOptions

        func run() throws {
            let desk = try global.desk()
            let report = TeamListReport(event: try desk.bridgeEvent(), competitionID: desk.competition.id)
            try listing.emit(document: report.document, json: report.json)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Correct a team's name, organisation or line-up (audited with the old values).",
            discussion: "Before round 1 is paired the desk or the director may; after that, only the director.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: OperatorOption
        @Argument(help: "The team number.") var team: Int
        @Option(help: "The corrected team name.") var name: String?
        @Option(help: "The corrected organisation (单位).") var organisation: String?
        @Option(help: ArgumentHelp("The whole line-up, separated by ; or 、.", valueName: "A;B;C;D")) var players: String?
        @Option(help: "Why (required; kept in the audit trail).") var reason: String

        func run() throws {
            let edited = try global.desk().editTeam(TeamNumber(team), TeamEdit(name: name, organisation: organisation, players: players),
                                                    reason: reason, operator: who.name)
            print("team \(team): \(edited.name) / \(edited.organisation ?? "—") / \(edited.players.joined(separator: "、"))")
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "withdraw", abstract: "Withdraw a team: it is not paired again.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: OperatorOption
        @Argument(help: "The team number.") var team: Int
        @Option(help: "Why (required, logged).") var reason: String

        func run() throws {
            try global.desk().withdraw(team: TeamNumber(team), reason: reason, operator: who.name)
            print("team \(team): withdrawn")
        }
    }
}

/// `tally round pair|show`.
struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: "Pair the next round, set or withdraw a pairing, or show a round's matches and bye.",
        subcommands: [Pair.self, Set.self, Unpair.self, Show.self])

    struct Pair: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pair",
            abstract: "Make and store the next round's pairing (Swiss) or schedule (round robin).",
            discussion: """
                Refused until every match of the previous round has its results (two rounds back with delayed Swiss). \
                When a Swiss round has no legal pairing, the director decides how to go on, with a reason: \
                --allow-rematches (the fewest rematches, high against high among those) or --allow-second-bye \
                (no rematch; the bye to the lowest-ranked team for whom the rest pair), or tally round set.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: OperatorOption
        @Option(help: "Seed of a random first round (recorded).") var seed: UInt64?
        @Flag(help: "No legal pairing: allow the fewest rematches.") var allowRematches = false
        @Flag(help: "No legal pairing: allow a team a second bye.") var allowSecondBye = false
        @Option(help: "Why (required with --allow-…; kept in the audit trail).") var reason: String?
        @Option(help: "Output format.") var format: OutputFormat = .table

        func validate() throws {
            if format == .xlsx { throw ValidationError("the pairing is printed; for a workbook use tally round show --format xlsx --output FILE") }
            if allowRematches && allowSecondBye { throw ValidationError("choose one of --allow-rematches and --allow-second-bye") }
            if (allowRematches || allowSecondBye) && reason == nil { throw ValidationError("--allow-… needs --reason") }
            if reason != nil && !allowRematches && !allowSecondBye { throw ValidationError("--reason goes with --allow-rematches or --allow-second-bye") }
        }

        func run() throws {
            let allowing: PairingAllowance? = allowRematches ? .rematches : allowSecondBye ? .secondBye : nil
            let paired = try global.desk().pairNextRound(seed: seed, allowing: allowing, reason: reason, operator: who.name)
            try OutputDestination(format: format).emit(paired)
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Store the director's own pairing of the next round (each team once; audited).",
            discussion: "Example: tally round set 8 --match 3-7 --match 1-5 --match 2-9 --match 4-6 --bye 8 --reason \"迟到队伍\"")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: OperatorOption
        @Argument(help: "The round (the next to pair).") var round: Int
        @Option(help: ArgumentHelp("A match, home team first, e.g. 3-7 (repeat for each table).", valueName: "H-A"))
        var match: [String] = []
        @Option(help: "The team that sits out (odd fields).") var bye: Int?
        @Flag(help: "Allow teams that met before to meet again.") var allowRematches = false
        @Flag(help: "Allow a team that has had a bye to sit out again.") var allowSecondBye = false
        @Option(help: "Why (required; kept in the audit trail).") var reason: String
        @Option(help: "Output format.") var format: OutputFormat = .table

        func validate() throws {
            if format == .xlsx { throw ValidationError("the pairing is printed; for a workbook use tally round show --format xlsx --output FILE") }
        }

        func run() throws {
            let matches = try match.map { text -> (TeamNumber, TeamNumber) in
                do throws(Diagnostic) { return try RoundPairing.match(text) } catch { throw ValidationError("--\(error.message)") }
            }
            var allowing: Swift.Set<PairingAllowance> = []
            if allowRematches { allowing.insert(.rematches) }
            if allowSecondBye { allowing.insert(.secondBye) }
            let paired = try global.desk().setRound(round, matches: matches, bye: bye.map { TeamNumber($0) }, allowing: allowing,
                                                    reason: reason, operator: who.name)
            try OutputDestination(format: format).emit(paired)
        }
    }

    struct Unpair: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unpair",
            abstract: "Withdraw the last round's pairing while it has no results (audited).")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: OperatorOption
        @Argument(help: "The round.") var round: Int
        @Option(help: "Why (required; kept in the audit trail).") var reason: String

        func run() throws {
            try global.desk().unpairRound(round, reason: reason, operator: who.name)
            print("round \(round): pairing withdrawn")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a round's matches and bye (default: the last paired).")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var listing: ListingOptions
        @Argument(help: "The round (or --round N).") var round: Int?
        @Option(name: .customLong("round"), help: ArgumentHelp("The round, as every round command takes it.", valueName: "N"))
        var roundOption: Int?

        func validate() throws {
            if let round, let roundOption, round != roundOption {
                throw ValidationError("round \(round) and --round \(roundOption) disagree; give one")
            }
        }

        func run() throws {
            try listing.destination.emit(try global.desk().round(roundOption ?? round))
        }
    }
}

extension OutputDestination {
    /// Writes a round's matches and bye.
    func emit(_ paired: PairedRound) throws {
        let reports = BridgeReports(event: paired.event)
        try emit(document: { reports.roundDocument(paired.round.pairing, round: paired.round.number) },
                 json: { reports.roundJSON(paired.round.pairing, round: paired.round.number) })
    }
}
