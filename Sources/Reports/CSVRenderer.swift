/// Renders a document as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel opens
/// Chinese text correctly), RFC 4180 quoting, CRLF line ends; one table after another with a
/// blank line and the section heading between them.
///
/// Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
/// or carriage return) are prefixed with an apostrophe; numbers are written as they are.
public enum CSVRenderer {
    public static let byteOrderMark = "\u{FEFF}"

    public static func render(_ document: ReportDocument) -> String {
        var lines: [String] = []
        for (index, section) in document.sections.enumerated() {
            if index > 0 { lines.append("") }
            if document.sections.count > 1, let heading = section.heading { lines.append(field(.text(heading))) }
            lines.append(section.columns.map { field(.text($0.heading)) }.joined(separator: ","))
            for row in section.rows { lines.append(row.map(field).joined(separator: ",")) }
        }
        return byteOrderMark + lines.map { $0 + "\r\n" }.joined()
    }

    /// One field, neutralised and quoted as needed.
    public static func field(_ cell: ReportCell) -> String {
        var text = cell.text
        if case .text = cell, let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            text = "'" + text
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
