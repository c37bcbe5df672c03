import ArgumentParser
import CompetitionService
import SkillsScoring

/// `tally marks import FILE`.
struct MarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marks",
        abstract: "Import judges' marks.",
        subcommands: [Import.self])

    struct Import: FileImportCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a marks file (trade, code, component, [judge], [aspect], mark), all or nothing.")
        static let kind = ImportedFile.marks
        @OptionGroup var importing: FileImportOptions
    }
}

/// `tally mark …`: enter or correct one mark.
struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Enter one mark, or correct one with --correct --reason.",
        discussion: "Example: tally mark --trade electrician --code A07 --component practical --judge J3 86.5")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var who: OperatorOption
    @OptionGroup var trade: TradeOption
    @Option(help: "The competitor code.") var code: String
    @Option(help: "The component or module.") var component: String
    @Option(help: "The panel seat, J1 … JN (for panels and judgement aspects).") var judge: String?
    @Option(help: "The aspect (for marking schemes).") var aspect: String?
    @Argument(help: "The mark.") var value: String
    @Flag(help: "Replace the stored mark; the old value stays in the audit trail.") var correct = false
    @Option(help: "Why the mark is corrected (required with --correct).") var reason: String?

    func validate() throws {
        if correct && reason == nil { throw ValidationError("--correct needs --reason") }
        if !correct && reason != nil { throw ValidationError("--reason goes with --correct") }
    }

    func run() throws {
        let input = MarkInput(trade: trade.id, code: EntrantCode(code), component: ComponentID(component), judge: judge,
                              aspect: aspect.map { AspectID($0) }, value: value)
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
