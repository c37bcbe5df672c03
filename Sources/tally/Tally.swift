import ArgumentParser
import Foundation

/// The `tally` command: scoring for workers' skills competitions and bridge team events.
@main
struct Tally: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Score workers' skills competitions and bridge team tournaments.",
        discussion: """
            Competitions are defined in YAML files (see docs/competition-format.md); state lives \
            in an SQLite database chosen with --db (default tally.sqlite, or $TALLY_DB).

            Exit codes: 0 success, 1 invalid input, 2 refused by the rules, 3 storage failure, \
            64 usage error.
            """,
        version: TallyVersion.description,
        subcommands: [CheckCommand.self, InitCommand.self, DemoCommand.self, ServeCommand.self],
        groupedSubcommands: [
            CommandGroup(name: "Skills entry", subcommands: [
                EntrantsCommand.self, MarksCommand.self, MarkCommand.self, TimesCommand.self, DeductCommand.self,
            ]),
            CommandGroup(name: "Chief judge", subcommands: [
                DiscrepanciesCommand.self, LockCommand.self, UnlockCommand.self, RevealCommand.self, RulingCommand.self,
                RecheckCommand.self,
            ]),
            CommandGroup(name: "Bridge", subcommands: [
                TeamsCommand.self, RoundCommand.self, ResultsCommand.self, ResultCommand.self, DealsCommand.self,
                PenaltyCommand.self, ForfeitCommand.self, MatchesCommand.self, CrossTableCommand.self, ExportCommand.self,
                BridgeCommand.self,
            ]),
            CommandGroup(name: "Results", subcommands: [
                StandingsCommand.self, AwardsCommand.self, OrganisationsCommand.self, AuditCommand.self,
                CertificatesCommand.self, SheetsCommand.self,
            ]),
            CommandGroup(name: "Integrity", subcommands: [VerifyCommand.self, BackupCommand.self, OfficialsCommand.self]),
        ])

    @OptionGroup var global: GlobalOptions

    /// Runs the command line, mapping every failure to its exit code in one place.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            guard let failure = CommandFailure(error) else { exit(withError: error) }
            failure.report()
            Foundation.exit(failure.exitCode.rawValue)
        }
    }
}
