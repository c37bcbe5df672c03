import CompetitionConfig
import CompetitionModel

/// The audit trail as a listing: every change with who, when, the old and new value and the
/// reason. Its CSV and JSON can be written entry by entry (a national trail is a million).
public enum AuditReport {
    public static let headings = ["time", "operator", "action", "trade", "code", "component", "judge", "aspect", "old", "new",
                                  "reason", "source"]

    /// The whole trail as a document, for the aligned and paged formats.
    public static func document(_ entries: [AuditEntry], info: CompetitionInfo) -> ReportDocument {
        ReportDocument(title: "\(info.name) \(Labels(info.language).audit)",
                       sections: [ReportSection(columns: headings.map { ReportColumn($0) }, rows: entries.map(cells))])
    }

    /// One entry's cells, in the order of `headings`.
    public static func cells(_ entry: AuditEntry) -> [ReportCell] {
        [.text(entry.at), .text(entry.operator), .text(entry.action), .optional(entry.trade), .optional(entry.code),
         .optional(entry.component), .optional(entry.judge.map { "J\($0)" }), .optional(entry.aspect),
         .optional(entry.oldValue), .optional(entry.newValue), .optional(entry.reason), .optional(entry.source)]
    }

    /// One entry in the JSON schema.
    public static func json(_ entry: AuditEntry) -> JSONValue {
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
