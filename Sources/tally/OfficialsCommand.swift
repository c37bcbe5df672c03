import ArgumentParser
import CompetitionService
import Foundation
import Reports

/// `tally officials list|password`.
struct OfficialsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "officials",
        abstract: "The declared officials, and their passwords for signing in to tally serve.",
        subcommands: [List.self, Password.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Name, role, trades, seats, and whether a password is set.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var listing: ListingOptions

        func run() throws {
            let desk = try global.desk()
            let report = OfficialsReport(info: desk.info, accounts: try desk.officials().map {
                OfficialsReport.Account(name: $0.official.name, role: $0.official.role.rawValue, trades: $0.official.trades,
                                        seats: $0.official.seats, passwordSetAt: $0.passwordSetAt)
            })
            try listing.emit(document: report.document, json: report.json)
        }
    }

    struct Password: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "password",
            abstract: "Set or replace an official's password (stored as a Bcrypt hash only; the chief judge's step).",
            discussion: "The password is read from standard input, never from the command line: echo … | tally officials password 裁判长 --password-stdin")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: OperatorOption
        @Argument(help: "The official, as the definition names them.") var name: String
        @Flag(help: "Read the password from standard input (its first line).") var passwordStdin = false

        func validate() throws {
            guard passwordStdin else { throw ValidationError("give --password-stdin and the password on standard input") }
        }

        func run() throws {
            let line = readLine(strippingNewline: true) ?? ""
            try global.desk().setPassword(official: name, password: line, operator: who.name)
            print("\(name): password set")
        }
    }
}
