import ArgumentParser
import CompetitionService
import Diagnostics

/// The options of every `… import FILE` subcommand.
struct FileImportOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var who: OperatorOption
    @Argument(help: ArgumentHelp("The file: CSV (UTF-8 or GB18030) or an Excel workbook (.xlsx); PBN for deals, and for results ending in .pbn.",
                                 valueName: "file"))
    var file: String
    @Option(help: ArgumentHelp("The workbook's sheet (default: the first).", valueName: "name")) var sheet: String?
}

/// A subcommand that imports one kind of file: parse → one call → print the count.
protocol FileImportCommand: ParsableCommand {
    static var kind: ImportedFile { get }
    var importing: FileImportOptions { get }
}

extension FileImportCommand {
    func run() throws {
        let summary = try importing.global.desk().importFile(Self.kind, file: importing.file, sheet: importing.sheet,
                                                             operator: importing.who.name)
        print("\(importing.file): \(Self.kind.summary(count: summary.rows))")
    }
}
