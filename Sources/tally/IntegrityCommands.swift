import ArgumentParser
import CompetitionService

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
            throw CommandFailure(.storageFailure, lines: ["error: \(report.problems.count) problems in \(global.databasePath):"]
                                 + report.problems.map { "  \($0)" })
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
    @Argument(help: ArgumentHelp("The copy to write.", valueName: "file")) var file: String

    func run() throws {
        try global.service().backup(to: file)
        print("\(global.databasePath) → \(file)")
    }
}
