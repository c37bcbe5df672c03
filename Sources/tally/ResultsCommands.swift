import ArgumentParser
import CompetitionService
import Reports
import SkillsScoring

/// `tally standings [--trade T] [--after-round N]`.
struct StandingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standings",
        abstract: "Standings of a skills trade or of every trade (codes only until a trade is revealed), or of a bridge event.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var listing: ListingOptions
    @Option(help: "Skills: only this trade.") var trade: String?
    @Option(help: "Bridge: after this round (default: the last round with results).") var afterRound: Int?

    func run() throws {
        let desk = try global.desk()
        if listing.format == .json && trade == nil, case .skills(let skills) = desk.competition.definition {
            // Every trade of a national competition: written one trade at a time while further
            // trades are read and scored on the other cores.
            typealias Pieces = SkillsStandingsReport.AllTradesPieces
            try listing.destination.stream { write in
                try write(Array(Pieces.opening(skills.info, empty: skills.trades.isEmpty).utf8))
                try desk.forEachPublishedTrade(transform: { Pieces.element($0, at: $1, info: skills.info) }, write)
                try write(Array(Pieces.closing(empty: skills.trades.isEmpty).utf8))
            }
            return
        }
        switch try desk.standings(trade: trade.map { TradeID($0) }, afterRound: afterRound) {
        case .skills(let skills, let trades):
            let report = SkillsStandingsReport(info: skills.info, trades: trades)
            try listing.emit(document: report.document, json: { report.json(singleTrade: trade != nil) })
        case .bridge(let event, let standings):
            let reports = BridgeReports(event: event)
            try listing.emit(document: { reports.standingsDocument(standings) }, json: { reports.standingsJSON(standings) })
        }
    }
}

/// `tally awards [--trade T]`.
struct AwardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "awards",
        abstract: "The award list: each trade's winners, titles and medal table; or a bridge event's prize teams and qualifiers.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var listing: ListingOptions
    @Option(help: "Only this trade.") var trade: String?

    func run() throws {
        switch try global.desk().awards(trade: trade.map { TradeID($0) }) {
        case .skills(let awards):
            let report = SkillsAwardListReport(awards)
            try listing.emit(document: report.document, json: report.json)
        case .bridge(let event, let standings):
            let reports = BridgeReports(event: event)
            try listing.emit(document: { reports.awardsDocument(standings, awards: event.competition.awards) },
                             json: { reports.awardsJSON(standings) })
        }
    }
}

/// `tally organisations`.
struct OrganisationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "organisations",
        abstract: "Organisation standings (best-k sums) and the medal table.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        let (skills, table) = try global.desk().organisations()
        let report = OrganisationReport(competition: skills, table: table)
        try listing.emit(document: report.document, json: report.json)
    }
}

/// `tally audit [--trade T]`.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The audit trail: every change with who, when, the old and new value and the reason.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var listing: ListingOptions
    @Option(help: "Only this trade.") var trade: String?
    @Flag(help: "Times in UTC, as stored (default: local time with its offset).") var utc = false

    func run() throws {
        let desk = try global.desk()
        let report = AuditReport(info: desk.info, clock: utc ? .utc : .local())
        // CSV and JSON are streamed entry by entry: a national competition's trail is a million entries.
        switch listing.format {
        case .csv:
            try listing.destination.stream { write in
                try write(Array(CSVRenderer.opening(report.headings).utf8))
                try desk.forEachAuditEntry(trade: trade) { entry in
                    try write(Array(CSVRenderer.record(report.cells(entry)).utf8))
                }
            }
        case .json:
            let document = StreamedJSONArray(leading: [("competition", .string(desk.competition.id))], key: "entries")
            try listing.destination.stream { write in
                var count = 0
                try desk.forEachAuditEntry(trade: trade) { entry in
                    if count == 0 { try write(Array(document.opening.utf8)) }
                    var writer = document.writer(forElement: count)
                    writer.value(report.json(entry))
                    try write(writer.bytes)
                    count += 1
                }
                try write(Array((count == 0 ? document.empty : StreamedJSONArray.closing).utf8))
            }
        case .xlsx:
            try listing.destination.writeWorkbook(report.document(try desk.auditTrail(trade: trade)))
        case .table, .markdown, .html:
            // Aligned and paged formats need every entry before the first line.
            let document = report.document(try desk.auditTrail(trade: trade))
            try listing.destination.write(listing.format.render(document)!)
        }
    }
}
