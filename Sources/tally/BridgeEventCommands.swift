import ArgumentParser
import BridgeInterchange
import BridgeScoring
import CompetitionStore
import Foundation
import Reports

/// `tally teams import|list|withdraw`.
struct TeamsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "teams",
        abstract: "Register and list bridge teams and their players.",
        subcommands: [Import.self, List.self, Withdraw.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Register the teams of a CSV file (number, name, [organisation], players separated by ; or 、).")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: OperatorOption
        @Argument(help: ArgumentHelp("The teams file (CSV).", valueName: "file")) var file: String

        func run() throws {
            let (database, competition) = try global.openCompetition()
            let summary = try database.importTeams(path: file, displayName: file, competition: competition, operator: who.name)
            print("\(file): \(summary.rows) teams registered")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the teams with their players.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var listing: ListingOptions

        func run() throws {
            let (database, competition) = try global.openCompetition()
            let snapshot = try database.bridgeSnapshot(competition)
            let labels = Labels(competition.definition.info.language)
            try listing.emit(document: {
                ReportDocument(title: "\(competition.definition.info.name) \(labels.teamName)", sections: [ReportSection(
                    columns: [ReportColumn(labels.teamNumber, numeric: true), ReportColumn(labels.teamName),
                              ReportColumn(labels.organisation), ReportColumn(labels.players)],
                    rows: snapshot.teams.map { team in
                        [.number(String(team.number.rawValue)), .text(team.name), .optional(team.organisation),
                         .text(team.players.joined(separator: "、"))]
                    },
                    notes: ["\(snapshot.teams.count) / \(snapshot.teams.reduce(0) { $0 + $1.players.count })"])])
            }, json: {
                .object([("competition", .string(competition.id)), ("teams", .array(snapshot.teams.map { team in
                    .object([("number", .integer(team.number.rawValue)), ("name", .string(team.name)),
                             ("organisation", team.organisation.map(JSONValue.string) ?? .null),
                             ("players", .array(team.players.map(JSONValue.string))),
                             ("withdrawn-after-round", team.withdrawnAfterRound.map(JSONValue.integer) ?? .null)])
                }))])
            })
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "withdraw", abstract: "Withdraw a team: it is not paired again.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: OperatorOption
        @Argument(help: "The team number.") var team: Int
        @Option(help: "Why (required, logged).") var reason: String

        func run() throws {
            let (database, competition) = try global.openCompetition()
            try database.withdraw(team: TeamNumber(team), reason: reason, competition: competition, operator: who.name)
            print("team \(team): withdrawn")
        }
    }
}

/// `tally round pair|show`.
struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: "Pair the next round, or show a round's matches and bye.",
        subcommands: [Pair.self, Show.self])

    struct Pair: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pair",
            abstract: "Make and store the next round's pairing (Swiss) or schedule (round robin).",
            discussion: "Refused until every match of the previous round has its results (two rounds back with delayed Swiss).")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: OperatorOption
        @Option(help: "Seed of a random first round (recorded).") var seed: UInt64?
        @Option(help: "Output format.") var format: OutputFormat = .table

        func run() throws {
            let (database, competition) = try global.openCompetition()
            let round = try database.pairNextRound(competition: competition, seed: seed, operator: who.name)
            let reports = try bridgeReports(database, competition)
            try OutputDestination(format: format).emit(document: { reports.roundDocument(round.pairing, round: round.number) },
                             json: { reports.roundJSON(round.pairing, round: round.number) })
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a round's matches and bye (default: the last paired).")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var listing: ListingOptions
        @Argument(help: "The round.") var round: Int?

        func run() throws {
            let (database, competition) = try global.openCompetition()
            let snapshot = try database.bridgeSnapshot(competition)
            let number = round ?? snapshot.rounds.count
            guard let stored = snapshot.rounds.first(where: { $0.number == number }) else {
                throw CommandFailure(.refused, message: "round \(number) is not paired (\(snapshot.rounds.count) rounds paired)")
            }
            let reports = try bridgeReports(database, competition, snapshot: snapshot)
            try listing.emit(document: { reports.roundDocument(stored.pairing, round: number) },
                             json: { reports.roundJSON(stored.pairing, round: number) })
        }
    }
}

/// The bridge reports of a stored event.
func bridgeReports(_ database: TallyDatabase, _ competition: StoredCompetition,
                   snapshot: BridgeSnapshot? = nil) throws -> BridgeReports {
    let snapshot = try snapshot ?? database.bridgeSnapshot(competition)
    return BridgeReports(info: competition.definition.info, rules: snapshot.rules,
                         teams: snapshot.teams.map { TeamInfo(number: $0.number, name: $0.name, players: $0.players) },
                         rounds: snapshot.roundRecords())
}
