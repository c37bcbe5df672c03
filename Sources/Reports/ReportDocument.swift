import CompetitionConfig

/// A document for people: a title and sections of tables, rendered as a terminal table, CSV,
/// Markdown or HTML by the renderers.
public struct ReportDocument: Sendable, Hashable {
    public var title: String
    /// Lines under the title, e.g. the organiser and date.
    public var subtitle: [String]
    public var sections: [ReportSection]
    /// What a section is (trade, match, round …): the heading of the column that carries each
    /// section's heading where the format is one table (CSV).
    public var sectionColumn: String
    /// The heading of the column that carries a section's notes when it has no rows (CSV).
    public var noteColumn: String
    /// What an empty section shows, in the document's language: `(none)`, `（无）`.
    public var emptyText: String
    /// The whole document as one table, for formats that give each section a sheet of its own
    /// and want that first (an award list's every winner with its trade, formats spec §4).
    public var summarySection: ReportSection?

    /// A document in the language of `labels`.
    public init(title: String, subtitle: [String] = [], sections: [ReportSection], sectionColumn: String? = nil,
                labels: Labels = Labels(.en)) {
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
        self.sectionColumn = sectionColumn ?? labels.section
        noteColumn = labels.note
        emptyText = labels.none
    }
}

/// A headed table with notes under it.
public struct ReportSection: Sendable, Hashable {
    public var heading: String?
    public var columns: [ReportColumn]
    public var rows: [[ReportCell]]
    /// Footnotes, e.g. what an asterisk means.
    public var notes: [String]

    public init(heading: String? = nil, columns: [ReportColumn], rows: [[ReportCell]], notes: [String] = []) {
        self.heading = heading
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }
}

/// A column heading and how its cells align.
public struct ReportColumn: Sendable, Hashable {
    public var heading: String
    public var isNumeric: Bool

    public init(_ heading: String, numeric: Bool = false) {
        self.heading = heading
        self.isNumeric = numeric
    }
}

/// One cell: text, or a number already written exactly as it is to be shown.
public enum ReportCell: Sendable, Hashable, ExpressibleByStringLiteral {
    case text(String)
    case number(String)
    case empty

    public init(stringLiteral value: String) { self = .text(value) }

    /// The text shown.
    public var text: String {
        switch self {
        case .text(let text), .number(let text): text
        case .empty: ""
        }
    }

    /// `.text` of an optional value, `.empty` for nil.
    public static func optional(_ text: String?) -> ReportCell { text.map(ReportCell.text) ?? .empty }
}
