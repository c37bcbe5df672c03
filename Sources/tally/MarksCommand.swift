import ArgumentParser
import CompetitionService
import Diagnostics
import SkillsScoring

/// `tally marks import FILE`.
struct MarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marks",
        abstract: "Import judges' marks, or undo an import made by mistake.",
        subcommands: [Import.self, UndoImport.self])

    struct Import: FileImportCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a marks file (trade, code, component, [judge], [aspect], mark), all or nothing.")
        static let kind = ImportedFile.marks
        @OptionGroup var importing: FileImportOptions
    }

    struct UndoImport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "undo-import",
            abstract: "Remove every mark of a marks file imported by mistake (the chief judge, trades unlocked).",
            discussion: "FILE is the file as the import named it (tally audit shows it). The audit trail keeps every mark removed.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: OperatorOption
        @Argument(help: ArgumentHelp("The imported file, as tally audit names it.", valueName: "file")) var file: String
        @Option(help: "Why (required; kept in the audit trail).") var reason: String

        func run() throws {
            let summary = try global.desk().undoMarkImport(source: file, reason: reason, operator: who.name)
            print("\(file): \(counted(summary.rows, "mark")) withdrawn")
        }
    }
}

/// `tally mark …`: enter, correct or withdraw one mark.
struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Enter one mark, correct one with --correct --reason, or withdraw one with --withdraw --reason.",
        discussion: """
            Example: tally mark --trade electrician --code A07 --component practical --judge J3 86.5
            A mark keyed in by mistake: tally mark --trade electrician --code A07 --component practical --judge J3 --withdraw --reason R
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var who: OperatorOption
    @OptionGroup var trade: TradeOption
    @Option(help: "The competitor code.") var code: String
    @Option(help: "The component or module.") var component: String
    @Option(help: "The panel seat, J1 … JN (for panels and judgement aspects).") var judge: String?
    @Option(help: "The aspect (for marking schemes).") var aspect: String?
    @Argument(help: "The mark (not with --withdraw).") var value: String?
    @Flag(help: "Replace the stored mark; the old value stays in the audit trail.") var correct = false
    @Flag(help: "Remove the stored mark keyed in by mistake (the chief judge; the audit trail keeps it).") var withdraw = false
    @Option(help: "Why the mark is corrected or withdrawn (required with --correct and --withdraw).") var reason: String?

    func validate() throws {
        if correct && withdraw { throw ValidationError("--correct and --withdraw exclude each other") }
        if (correct || withdraw) && reason == nil { throw ValidationError("--\(correct ? "correct" : "withdraw") needs --reason") }
        if !correct && !withdraw && reason != nil { throw ValidationError("--reason goes with --correct or --withdraw") }
        if withdraw && value != nil { throw ValidationError("--withdraw takes no mark") }
        if !withdraw && value == nil { throw ValidationError("missing the mark, e.g. 86.5") }
    }

    func run() throws {
        let input = MarkInput(trade: trade.id, code: EntrantCode(code), component: ComponentID(component), judge: judge,
                              aspect: aspect.map { AspectID($0) }, value: value ?? "")
        if withdraw {
            let old = try global.desk().withdrawMark(input, reason: reason ?? "", operator: who.name)
            print("\(trade.id) \(EntrantCode(code)) \(component)\(judge.map { " \($0)" } ?? "")\(aspect.map { " \($0)" } ?? ""): "
                  + "\(old) withdrawn")
            return
        }
        let entry = try global.desk().enterMark(input, correcting: correct ? reason : nil, operator: who.name)
        print("\(trade.id) \(code) \(component)\(entry.slot.judge.map { " J\($0)" } ?? "")\(aspect.map { " \($0)" } ?? ""): "
              + "\(entry.value.exactDescription)\(correct ? " (corrected)" : "")")
    }
}

/// `tally times import FILE`.
struct TimesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "times",
        abstract: "Import time used.",
        subcommands: [Import.self])

    struct Import: FileImportCommand {
        static let configuration = CommandConfiguration(commandName: "import", abstract: "Import a times file (trade, code, component, seconds).")
        static let kind = ImportedFile.times
        @OptionGroup var importing: FileImportOptions
    }
}

/// `tally deduct …`: a deduction with its reason.
struct DeductCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deduct",
        abstract: "Deduct points from a component (扣分), with the reason.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var who: OperatorOption
    @OptionGroup var trade: TradeOption
    @Option(help: "The competitor code.") var code: String
    @Option(help: "The component.") var component: String
    @Argument(help: "Points deducted (a positive number).") var points: String
    @Option(help: "Why (required).") var reason: String

    func run() throws {
        let amount = try global.desk().deduct(points: points, component: ComponentID(component), code: EntrantCode(code),
                                              trade: trade.id, reason: reason, operator: who.name)
        print("\(trade.id) \(code) \(component): −\(amount.exactDescription) (\(reason))")
    }
}
