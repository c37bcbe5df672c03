import CompetitionConfig
import CompetitionModel
import ExactNumbers
import SkillsScoring

/// The standings of one or more trades: the people's document and the stable JSON of
/// formats spec §3.
public struct SkillsStandingsReport: Sendable {
    public var info: CompetitionInfo
    public var trades: [PublishedTrade]

    public init(info: CompetitionInfo, trades: [PublishedTrade]) {
        self.info = info
        self.trades = trades
    }

    private var labels: Labels { Labels(info.language) }

    /// Codes, and names only for revealed trades; provisional totals marked with `*`.
    public func document() -> ReportDocument {
        ReportDocument(title: "\(info.name) \(labels.standings)", subtitle: subtitle(info),
                       sections: trades.map(section), sectionColumn: labels.trade, labels: labels)
    }

    private func section(_ published: PublishedTrade) -> ReportSection {
        let components = published.trade.rules.components
        var columns = [ReportColumn(labels.rank, numeric: true), ReportColumn(labels.code), ReportColumn(labels.name),
                       ReportColumn(labels.organisation)]
        columns += components.map { ReportColumn($0.name ?? $0.id.rawValue, numeric: true) }
        columns += [ReportColumn(labels.total, numeric: true), ReportColumn(labels.award)]
        let rows = published.result.entries.map { entry -> [ReportCell] in
            let rank: ReportCell = entry.rank.map { .number("\($0)\(entry.needsRuling ? "†" : "")") }
                ?? .text(labels.status(entry.status))
            var row: [ReportCell] = [rank, .text(entry.code.rawValue), .optional(published.name(of: entry.code)),
                                     .optional(published.organisation(of: entry))]
            row += components.map { component in
                guard let score = entry.components[component.id], let value = score.value else { return .empty }
                return .number(value.formatted(places: info.decimals) + (score.isComplete ? "" : "*"))
            }
            row.append(entry.publishedTotal.map { .number($0.formatted(places: info.decimals) + (entry.isComplete ? "" : "*")) } ?? .empty)
            row.append(.optional(entry.award.map { levelName($0, in: published.trade) }))
            return row
        }
        var notes: [String] = []
        if published.result.isProvisional { notes.append(labels.provisionalNote) }
        if published.result.entries.contains(where: \.needsRuling) { notes.append(labels.rulingNote) }
        if !published.isRevealed { notes.append(labels.anonymousNote) }
        let heading = published.trade.name + (published.result.isProvisional ? labels.provisionalTitle : "")
        return ReportSection(heading: heading, columns: columns, rows: rows, notes: notes)
    }

    /// `{ competition, trade, provisional, …, entries }` for one trade, or
    /// `{ competition, trades: [<one such object per trade>] }` for several.
    public func json(singleTrade: Bool) -> JSONValue {
        if singleTrade, let only = trades.first { return tradeJSON(only) }
        return .object([("competition", .string(info.id.rawValue)), ("trades", .array(trades.map(tradeJSON)))])
    }

    /// `{ competition, trades: [...] }` in pieces, byte for byte as
    /// `json(singleTrade: false).pretty()` followed by a new line, so that a national
    /// competition's standings are written one trade at a time: `opening`, then
    /// `element(_:at:)` for each trade in order, then `closing`.
    public enum AllTradesPieces {
        static func document(_ info: CompetitionInfo) -> StreamedJSONArray {
            StreamedJSONArray(leading: [("competition", .string(info.id.rawValue))], key: "trades")
        }

        public static func opening(_ info: CompetitionInfo, empty: Bool) -> String {
            empty ? document(info).empty : document(info).opening
        }

        /// Trade number `index` (from 0) of the array, written straight to UTF-8 text.
        public static func element(_ published: PublishedTrade, at index: Int, info: CompetitionInfo) -> [UInt8] {
            // About 400 bytes an entrant.
            var writer = document(info).writer(forElement: index, capacity: 512 * published.result.entries.count + 512)
            SkillsStandingsReport(info: info, trades: [published]).writeTrade(published, into: &writer)
            return writer.bytes
        }

        public static func closing(empty: Bool) -> String { empty ? "" : StreamedJSONArray.closing }
    }

    func tradeJSON(_ published: PublishedTrade) -> JSONValue {
        var builder = JSONTreeBuilder()
        writeTrade(published, into: &builder)
        return builder.value
    }

    /// `{ competition, trade, provisional, locked, revealed, entries }`, described once for
    /// the tree and for the text written straight out.
    func writeTrade<Sink: JSONSink>(_ published: PublishedTrade, into sink: inout Sink) {
        sink.object { sink in
            sink.key("competition"); sink.string(info.id.rawValue)
            sink.key("trade"); sink.string(published.trade.id.rawValue)
            sink.key("provisional"); sink.bool(published.result.isProvisional)
            sink.key("locked"); sink.bool(published.isLocked)
            sink.key("revealed"); sink.bool(published.isRevealed)
            sink.key("entries")
            sink.array { sink in
                let entries = published.result.entries
                for index in entries.indices { writeEntry(entries[index], in: published, into: &sink) }   // no copy of each
            }
        }
    }

    private func writeEntry<Sink: JSONSink>(_ entry: EntrantResult, in published: PublishedTrade, into sink: inout Sink) {
        sink.object { sink in
            sink.key("rank"); sink.integer(entry.rank)
            sink.key("code"); sink.string(entry.code.rawValue)
            sink.key("name"); sink.string(published.name(of: entry.code))
            sink.key("organisation"); sink.string(published.organisation(of: entry))
            sink.key("status"); sink.string(entry.status.rawValue)
            sink.key("complete"); sink.bool(entry.isComplete)
            sink.key("total"); sink.number(number(entry.publishedTotal))
            sink.key("components")
            sink.object { sink in
                for component in published.trade.rules.components {
                    sink.key(component.id.rawValue)
                    sink.number(number(entry.components[component.id]?.value))
                }
            }
            sink.key("eligible"); sink.bool(entry.isEligible)
            sink.key("award"); sink.string(entry.award?.rawValue)
            sink.key("needs-ruling"); sink.bool(entry.needsRuling)
        }
    }

    /// The published text of a value (half-up to the competition's decimals).
    private func number(_ value: Rational?) -> String? {
        value.map { $0.formatted(places: info.decimals) }
    }
}

/// The organiser and date lines under a title.
func subtitle(_ info: CompetitionInfo) -> [String] {
    [[info.organiser, info.date?.description].compactMap { $0 }.joined(separator: "  ")].filter { !$0.isEmpty }
}

/// The printed name of an award level of a trade.
func levelName(_ id: AwardLevelID, in trade: Trade) -> String {
    trade.rules.awards.levels.first { $0.id == id }?.name ?? id.rawValue
}
