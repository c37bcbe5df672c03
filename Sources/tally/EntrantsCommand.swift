import ArgumentParser
import CompetitionModel
import CompetitionService
import Diagnostics
import Reports
import SkillsScoring

/// `tally entrants …`: register and list skills entrants.
struct EntrantsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entrants",
        abstract: "Register, list and change the status of entrants.",
        subcommands: [Import.self, Add.self, Edit.self, List.self, SetStatus.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Register the entrants of a CSV file (trade, name, organisation, [code], [station], [id-number]).",
            discussion: "Trades whose rows give no codes have codes (and stations) drawn with --seed, which is recorded.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: OperatorOption
        @Argument(help: ArgumentHelp("The entrants file: CSV or an Excel workbook (.xlsx).", valueName: "file")) var file: String
        @Option(help: ArgumentHelp("The workbook's sheet (default: the first).", valueName: "name")) var sheet: String?
        @Option(help: "Seed of the draw of codes for trades without codes.") var seed: UInt64?

        func run() throws {
            let summary = try global.desk().importEntrants(file: file, sheet: sheet, seed: seed, operator: who.name)
            print("\(file): \(counted(summary.rows, "entrant")) registered")
            for (trade, seed) in summary.draws.sorted(by: { $0.key < $1.key }) {
                print("  \(trade): codes drawn with seed \(seed)")
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Register one entrant.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: OperatorOption
        @OptionGroup var trade: TradeOption
        @Option(help: "The entrant's name.") var name: String
        @Option(help: "The entrant's organisation (单位).") var organisation: String
        @Option(help: "The competitor code; the next free A number when omitted.") var code: String?
        @Option(help: "The station (工位号).") var station: String?

        func run() throws {
            let added = try global.desk().addEntrant(
                EntrantRow(trade: trade.id, code: EntrantCode(code ?? ""), name: name, organisation: organisation,
                           station: station),
                operator: who.name)
            print("\(added.trade) \(added.code): \(added.name) registered")
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Correct a registered entrant's name, organisation or station (audited with the old values).",
            discussion: "Before the trade's reveal the desk or the chief judge may; after it, only the chief judge.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: OperatorOption
        @Argument(help: "The competitor code.") var code: String
        @OptionGroup var trade: TradeOption
        @Option(help: "The corrected name.") var name: String?
        @Option(help: "The corrected organisation (单位).") var organisation: String?
        @Option(help: "The corrected station (工位号).") var station: String?
        @Option(help: "Why (required; kept in the audit trail).") var reason: String

        func run() throws {
            let edited = try global.desk().editEntrant(
                code: EntrantCode(code), trade: trade.id, EntrantEdit(name: name, organisation: organisation, station: station),
                reason: reason, operator: who.name)
            print("\(edited.trade) \(edited.code): \(edited.name) / \(edited.organisation ?? "—") / \(edited.station ?? "—")")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the entrants (with names: for the organiser's desk).")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var listing: ListingOptions
        @Option(help: "Only this trade.") var trade: String?

        func run() throws {
            let desk = try global.desk()
            let report = EntrantListReport(competition: try desk.competition.skills(), competitionID: desk.competition.id,
                                           entrants: try desk.entrants(trade: trade.map { TradeID($0) }))
            try listing.emit(document: report.document, json: report.json)
        }
    }

    struct SetStatus: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-status",
            abstract: "Mark an entrant absent, withdrawn, disqualified or competed (audited).")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: OperatorOption
        @Argument(help: "The competitor code.") var code: String
        @OptionGroup var trade: TradeOption
        @Argument(help: "The new status.") var status: EntrantStatus
        @Option(help: "Why (required to disqualify).") var reason: String?

        func run() throws {
            try global.desk().setStatus(status, code: EntrantCode(code), trade: trade.id, reason: reason, operator: who.name)
            print("\(trade.id) \(code): \(status.rawValue)")
        }
    }
}

extension EntrantStatus: ExpressibleByArgument {}
