import ArgumentParser
import CompetitionService

/// `tally init FILE`: load (or update) a competition definition.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Load a competition definition into the database (created if needed).",
        discussion: """
            Running it again with an edited file updates the stored definition, unless stored \
            marks or entrants contradict the change; then nothing is changed and the \
            contradictions are listed (exit 2).
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var who: OperatorOption

    @Argument(help: ArgumentHelp("The definition file (YAML).", valueName: "file"))
    var file: String

    func run() throws {
        let (definition, outcome) = try global.service(createIfMissing: true).loadDefinition(file: file, operator: who.name)
        print("\(definition.info.id): \(outcome.rawValue) — \(definition.summary) in \(global.databasePath)")
    }
}
