/// The formats every listing can be written in (formats spec §3).
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal.
    case table
    /// The stable machine-readable schema.
    case json
    /// UTF-8 with a byte-order mark, for Excel.
    case csv
    case markdown
    /// A self-contained printable page.
    case html
    /// An Excel workbook (written to a file only; see the Workbooks module).
    case xlsx

    /// Renders a document for people in this format as text; `nil` for JSON, which each
    /// listing writes in its own schema, and for XLSX, which is not text.
    public func render(_ document: ReportDocument) -> String? {
        switch self {
        case .table: TextRenderer.render(document)
        case .csv: CSVRenderer.render(document)
        case .markdown: MarkdownRenderer.render(document)
        case .html: HTMLRenderer.render(document)
        case .json, .xlsx: nil
        }
    }
}
