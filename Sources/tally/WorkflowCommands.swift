import ArgumentParser
import CompetitionService
import Reports
import SkillsScoring

/// `tally lock --trade T`.
struct LockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lock",
        abstract: "Freeze a trade's marks (refused while marks are missing or a discrepancy is open).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var who: OperatorOption
    @OptionGroup var trade: TradeOption

    func run() throws {
        try global.desk().lock(trade: trade.id, operator: who.name)
        print("\(trade.id): locked")
    }
}

/// `tally unlock --trade T --reason R`.
struct UnlockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unlock", abstract: "Reopen a locked trade, with the reason.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var who: OperatorOption
    @OptionGroup var trade: TradeOption
    @Option(help: "Why the trade is reopened (required, logged).") var reason: String

    func run() throws {
        try global.desk().unlock(trade: trade.id, reason: reason, operator: who.name)
        print("\(trade.id): unlocked (\(reason))")
    }
}

/// `tally reveal --trade T`.
struct RevealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reveal",
        abstract: "Decrypt a locked trade's codes to names (解密), logged.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var who: OperatorOption
    @OptionGroup var trade: TradeOption

    func run() throws {
        try global.desk().reveal(trade: trade.id, operator: who.name)
        print("\(trade.id): revealed")
    }
}

/// `tally ruling --trade T CODE… --reason R`.
struct RulingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ruling",
        abstract: "Record a ruling (e.g. a drawn lot) that orders tied entrants of a no-shared trade, best first.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var who: OperatorOption
    @OptionGroup var trade: TradeOption
    @Argument(help: "The tied competitor codes, best first.") var codes: [String]
    @Option(help: "The ruling's grounds (required).") var reason: String

    func run() throws {
        try global.desk().recordRuling(codes.map { EntrantCode($0) }, trade: trade.id, reason: reason, operator: who.name)
        print("\(trade.id): ruling recorded: \(codes.joined(separator: " > "))")
    }
}

/// `tally discrepancies [list|confirm]`.
struct DiscrepanciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "discrepancies",
        abstract: "List panels whose spread exceeds the tolerance, or confirm one as it stands.",
        subcommands: [List.self, Confirm.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List discrepancies with the judges' marks.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var listing: ListingOptions
        @Option(help: "Only this trade.") var trade: String?

        func run() throws {
            let (skills, trades) = try global.desk().discrepancies(trade: trade.map { TradeID($0) })
            let report = DiscrepancyReport(info: skills.info, trades: trades)
            try listing.emit(document: report.document, json: report.json)
        }
    }

    struct Confirm: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "confirm",
            abstract: "Confirm a discrepancy as it stands (the chief judge), with the reason.",
            discussion: "To re-score instead, correct a mark: tally mark … --correct --reason R")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: OperatorOption
        @OptionGroup var trade: TradeOption
        @Option(help: "The competitor code.") var code: String
        @Option(help: "The component or module of the panel.") var component: String
        @Option(help: "The judgement aspect, for a marking scheme.") var aspect: String?
        @Option(help: "Why the marks stand (required, logged).") var reason: String

        func run() throws {
            let key = DiscrepancyKey(code: EntrantCode(code), component: ComponentID(component), aspect: aspect.map { AspectID($0) })
            try global.desk().confirmDiscrepancy(key, trade: trade.id, reason: reason, operator: who.name)
            print("\(trade.id) \(code) \(component): discrepancy confirmed")
        }
    }
}
