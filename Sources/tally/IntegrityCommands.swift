import ArgumentParser
import CompetitionService
import Diagnostics

/// `tally verify`: the stored data against the audit trail.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Replay the audit trail and recompute every standing; report any difference (exit 3 if any).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let desk = try global.desk()
        let report = try desk.verify()
        guard report.isConsistent else {
            let heading = Diagnostic("\(report.problems.count) problems in \(global.databasePath):")
            throw CommandFailure(.storageFailure, lines: ([heading] + report.problems.map { Diagnostic(severity: .note, message: $0) })
                                     .map(\.description))
        }
        let standings = if case .skills = desk.competition.definition { "; standings recomputed from both agree" } else { "" }
        print("\(desk.competition.id): \(report.checked) stored values match the audit trail\(standings); integrity ok")
    }
}

/// `tally backup FILE`: a consistent online copy.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the database (SQLite's backup API), even while others write.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var who: OperatorOption
    @Argument(help: ArgumentHelp("The copy to write.", valueName: "file")) var file: String
    @Flag(help: "Replace FILE when it exists (refused otherwise).") var force = false

    func run() throws {
        try global.service().backup(to: file, replacing: force, operator: who.name)
        print("\(global.databasePath) → \(file)")
    }
}
