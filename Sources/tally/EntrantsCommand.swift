import ArgumentParser
import CompetitionStore
import Reports
import SkillsScoring

/// `tally entrants …`: register and list skills entrants.
struct EntrantsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entrants",
        abstract: "Register, list and change the status of entrants.",
        subcommands: [Import.self, Add.self, List.self, SetStatus.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Register the entrants of a CSV file (trade, name, organisation, [code], [station], [id-number]).",
            discussion: "Trades whose rows give no codes have codes (and stations) drawn with --seed, which is recorded.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: OperatorOption
        @Argument(help: ArgumentHelp("The entrants file (CSV).", valueName: "file")) var file: String
        @Option(help: "Seed of the draw of codes for trades without codes.") var seed: UInt64?

        func run() throws {
            let (database, competition) = try global.openCompetition()
            let summary = try database.importEntrants(path: file, displayName: file, competition: competition,
                                                      seed: seed, operator: who.name)
            print("\(file): \(summary.rows) entrants registered")
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
            let (database, competition) = try global.openCompetition()
            let added = try database.addEntrant(
                EntrantRow(trade: trade.id, code: EntrantCode(code ?? ""), name: name, organisation: organisation,
                           station: station),
                competition: competition, operator: who.name)
            print("\(added.trade) \(added.code): \(added.name) registered")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the entrants (with names: for the organiser's desk).")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var listing: ListingOptions
        @Option(help: "Only this trade.") var trade: String?

        func run() throws {
            let (database, competition) = try global.openCompetition()
            let skills = try competition.skills()
            let entrants = try database.entrants(competition: competition, trade: trade.map { TradeID($0) })
            let labels = Labels(skills.info.language)
            let names = Dictionary(uniqueKeysWithValues: skills.trades.map { ($0.id, $0.name) })
            try listing.emit(document: {
                ReportDocument(title: "\(skills.info.name) \(labels.entrants)", sections: [ReportSection(
                    columns: [ReportColumn(labels.trade), ReportColumn(labels.code), ReportColumn(labels.name),
                              ReportColumn(labels.organisation), ReportColumn(labels.station), ReportColumn(labels.status)],
                    rows: entrants.map { entrant in
                        [.text(names[entrant.trade] ?? entrant.trade.rawValue), .text(entrant.code.rawValue), .text(entrant.name),
                         .optional(entrant.organisation), .optional(entrant.station), .text(labels.status(entrant.status))]
                    })])
            }, json: {
                .object([("competition", .string(competition.id)), ("entrants", .array(entrants.map { entrant in
                    .object([("trade", .string(entrant.trade.rawValue)), ("code", .string(entrant.code.rawValue)),
                             ("name", .string(entrant.name)), ("organisation", entrant.organisation.map(JSONValue.string) ?? .null),
                             ("station", entrant.station.map(JSONValue.string) ?? .null),
                             ("status", .string(entrant.status.rawValue)),
                             ("status-reason", entrant.statusReason.map(JSONValue.string) ?? .null)])
                }))])
            })
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
            let (database, competition) = try global.openCompetition()
            try database.setStatus(status, code: EntrantCode(code), trade: trade.id, reason: reason,
                                   competition: competition, operator: who.name)
            print("\(trade.id) \(code): \(status.rawValue)")
        }
    }
}

extension EntrantStatus: ExpressibleByArgument {}
