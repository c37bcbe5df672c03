import CompetitionConfig
import CompetitionModel
import SkillsScoring

/// A drawn recheck list (复核) of one trade, with each entrant's rank, total and award.
public struct RecheckReport: Sendable {
    public var info: CompetitionInfo
    public var trade: PublishedTrade
    public var seed: UInt64
    public var codes: [EntrantCode]

    public init(info: CompetitionInfo, trade: PublishedTrade, seed: UInt64, codes: [EntrantCode]) {
        self.info = info
        self.trade = trade
        self.seed = seed
        self.codes = codes
    }

    public func document() -> ReportDocument {
        let labels = Labels(info.language)
        let entries = Dictionary(uniqueKeysWithValues: trade.result.entries.map { ($0.code, $0) })
        return ReportDocument(title: "\(info.name) \(trade.trade.name) \(labels.recheck)", subtitle: ["seed \(seed)"], sections: [
            ReportSection(
                columns: [ReportColumn(labels.rank, numeric: true), ReportColumn(labels.code), ReportColumn(labels.name),
                          ReportColumn(labels.total, numeric: true), ReportColumn(labels.award)],
                rows: codes.map { code in
                    let entry = entries[code]
                    return [.number(entry?.rank.map(String.init) ?? ""), .text(code.rawValue), .optional(trade.name(of: code)),
                            .number(entry?.publishedTotal?.formatted(places: info.decimals) ?? ""),
                            .optional(entry?.award.map { levelName($0, in: trade.trade) })]
                })], labels: labels)
    }

    public func json() -> JSONValue {
        .object([("trade", .string(trade.trade.id.rawValue)), ("seed", .string(String(seed))),
                 ("codes", .array(codes.map { .string($0.rawValue) }))])
    }
}
