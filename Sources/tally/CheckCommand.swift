import ArgumentParser
import CompetitionService

/// `tally check FILE…`: validate competition definitions.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate competition definitions.",
        discussion: """
            Reports every mistake of every file as FILE:LINE:COL: error: MESSAGE on stderr and \
            exits 1; prints a one-line summary of each valid file and exits 0 when all are valid.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Definition files (YAML).", valueName: "file"))
    var files: [String]

    func run() throws {
        var errors: [String] = []
        for file in files {
            do {
                let definition = try CompetitionService.checkDefinition(file: file)
                print("\(file): ok — \(definition.summary)")
            } catch {
                errors += error.lines
            }
        }
        if !errors.isEmpty { throw CommandFailure(.invalidInput, lines: errors) }
    }
}
