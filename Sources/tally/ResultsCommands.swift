import ArgumentParser
import CompetitionStore
import Foundation
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
        let (database, competition) = try global.openCompetition()
        if case .bridgeTeams = competition.definition {
            let snapshot = try database.bridgeSnapshot(competition)
            if let afterRound, !(0...snapshot.rounds.count).contains(afterRound) {
                throw CommandFailure(.refused, message: "round \(afterRound) is not paired (\(snapshot.rounds.count) rounds paired)")
            }
            let standings = snapshot.standings(after: afterRound)
            let reports = try bridgeReports(database, competition, snapshot: snapshot)
            try listing.emit(document: { reports.standingsDocument(standings) }, json: { reports.standingsJSON(standings) })
            return
        }
        let skills = try competition.skills()
        if listing.format == .json && trade == nil {
            // Every trade of a national competition: written one trade at a time, two or
            // more trades read, scored and written out at once on as many cores.
            typealias Pieces = SkillsStandingsReport.AllTradesPieces
            let trades = skills.trades.map(\.id)
            try OutputDestination(format: .json, output: listing.output).stream { write in
                try write(Array(Pieces.opening(skills.info, empty: trades.isEmpty).utf8))
                try inOrder(trades.indices, ahead: 8, produce: { index in
                    guard let published = try database.published(competition, trade: trades[index]).first else { return [] }
                    return Pieces.element(published, at: index, info: skills.info)
                }, consume: write)
                try write(Array(Pieces.closing(empty: trades.isEmpty).utf8))
            }
            return
        }
        let report = SkillsStandingsReport(info: skills.info,
                                           trades: try database.published(competition, trade: trade.map { TradeID($0) }))
        try listing.emit(document: report.document, json: { report.json(singleTrade: trade != nil) })
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
        let (database, competition) = try global.openCompetition()
        if case .bridgeTeams(let bridge) = competition.definition {
            let snapshot = try database.bridgeSnapshot(competition)
            let standings = snapshot.standings()
            let reports = try bridgeReports(database, competition, snapshot: snapshot)
            try listing.emit(document: { reports.awardsDocument(standings, awards: bridge.awards) },
                             json: { reports.awardsJSON(standings) })
            return
        }
        let skills = try competition.skills()
        let report = SkillsAwardListReport(competition: skills,
                                           trades: try database.published(competition, trade: trade.map { TradeID($0) }))
        try listing.emit(document: { report.document(includeOrganisations: trade == nil) },
                         json: { report.json(includeOrganisations: trade == nil) })
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
        let (database, competition) = try global.openCompetition()
        let report = OrganisationReport(competition: try competition.skills(), trades: try database.published(competition))
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

    func run() throws {
        let (database, competition) = try global.openCompetition()
        let destination = OutputDestination(format: listing.format, output: listing.output)
        // CSV and JSON are streamed entry by entry: a national competition's trail is a million entries.
        switch listing.format {
        case .csv:
            try destination.stream { write in
                try write(Array(CSVRenderer.opening(Self.headings).utf8))
                try database.forEachAuditEntry(competition: competition.id, trade: trade) { entry in
                    try write(Array(CSVRenderer.record(Self.cells(entry)).utf8))
                }
            }
        case .json:
            let document = StreamedJSONArray(leading: [("competition", .string(competition.id))], key: "entries")
            try destination.stream { write in
                var count = 0
                try database.forEachAuditEntry(competition: competition.id, trade: trade) { entry in
                    if count == 0 { try write(Array(document.opening.utf8)) }
                    var writer = document.writer(forElement: count)
                    writer.value(Self.json(entry))
                    try write(writer.bytes)
                    count += 1
                }
                try write(Array((count == 0 ? document.empty : StreamedJSONArray.closing).utf8))
            }
        case .table, .markdown, .html:
            // Aligned and paged formats need every entry before the first line.
            let entries = try database.auditTrail(competition: competition.id, trade: trade)
            let labels = Labels(competition.definition.info.language)
            try destination.write(listing.format.render(ReportDocument(
                title: "\(competition.definition.info.name) \(labels.audit)",
                sections: [ReportSection(columns: Self.headings.map { ReportColumn($0) }, rows: entries.map(Self.cells))]))!)
        }
    }

    static let headings = ["time", "operator", "action", "trade", "code", "component", "judge", "aspect", "old", "new",
                           "reason", "source"]

    static func cells(_ entry: AuditEntry) -> [ReportCell] {
        [.text(entry.at), .text(entry.operator), .text(entry.action), .optional(entry.trade), .optional(entry.code),
         .optional(entry.component), .optional(entry.judge.map { "J\($0)" }), .optional(entry.aspect),
         .optional(entry.oldValue), .optional(entry.newValue), .optional(entry.reason), .optional(entry.source)]
    }

    static func json(_ entry: AuditEntry) -> JSONValue {
        .object([("id", .integer(Int(entry.id))), ("at", .string(entry.at)), ("operator", .string(entry.operator)),
                 ("action", .string(entry.action)), ("trade", entry.trade.map(JSONValue.string) ?? .null),
                 ("code", entry.code.map(JSONValue.string) ?? .null),
                 ("component", entry.component.map(JSONValue.string) ?? .null),
                 ("judge", entry.judge.map(JSONValue.integer) ?? .null),
                 ("aspect", entry.aspect.map(JSONValue.string) ?? .null),
                 ("old", entry.oldValue.map(JSONValue.string) ?? .null),
                 ("new", entry.newValue.map(JSONValue.string) ?? .null),
                 ("reason", entry.reason.map(JSONValue.string) ?? .null),
                 ("source", entry.source.map(JSONValue.string) ?? .null)])
    }
}
