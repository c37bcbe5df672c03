import CompetitionConfig
import CompetitionModel

/// The audit trail as a listing: every change with who, when, the old and new value and the
/// reason, headed in the competition's language, its times shown by `clock` (local time with
/// the offset unless `--utc`). Its CSV and JSON can be written entry by entry (a national
/// trail is a million).
public struct AuditReport: Sendable {
    public var info: CompetitionInfo
    public var clock: AuditClock

    public init(info: CompetitionInfo, clock: AuditClock = .local()) {
        self.info = info
        self.clock = clock
    }

    private var labels: Labels { Labels(info.language) }

    /// The column headings, in the order of `cells`.
    public var headings: [String] { labels.auditHeadings }

    /// The whole trail as a document, for the aligned and paged formats.
    public func document(_ entries: [AuditEntry]) -> ReportDocument {
        ReportDocument(title: "\(info.name) \(labels.audit)",
                       sections: [ReportSection(columns: headings.map { ReportColumn($0) }, rows: entries.map(cells))],
                       labels: labels)
    }

    /// One entry's cells, in the order of `headings`.
    public func cells(_ entry: AuditEntry) -> [ReportCell] {
        [.text(clock.show(entry.at)), .text(entry.operator), .text(entry.action), .optional(entry.trade), .optional(entry.code),
         .optional(entry.component), .optional(entry.judge.map { "J\($0)" }), .optional(entry.aspect),
         .optional(entry.oldValue), .optional(entry.newValue), .optional(entry.reason), .optional(entry.source)]
    }

    /// One entry in the JSON schema (its time as `clock` shows it: ISO 8601 either way).
    public func json(_ entry: AuditEntry) -> JSONValue {
        .object([("id", .integer(Int(entry.id))), ("at", .string(clock.show(entry.at))), ("operator", .string(entry.operator)),
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

    /// The whole trail in the JSON schema of `tally audit --format json` (which streams the
    /// same value entry by entry).
    public func json(_ entries: [AuditEntry], competition: String) -> JSONValue {
        .object([("competition", .string(competition)), ("entries", .array(entries.map(json)))])
    }
}
