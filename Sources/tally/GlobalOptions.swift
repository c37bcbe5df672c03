import ArgumentParser
import Foundation

/// Options every command accepts, before or after the subcommand's name.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite database (default: $TALLY_DB, else tally.sqlite).", valueName: "path"))
    var db: String?

    @Option(name: [.customShort("c"), .long],
            help: ArgumentHelp("Which competition; optional when the database holds one.", valueName: "id"))
    var competition: String?

    /// The database path: `--db`, else `$TALLY_DB`, else `tally.sqlite` here.
    var databasePath: String {
        db ?? ProcessInfo.processInfo.environment["TALLY_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "tally.sqlite"
    }
}
