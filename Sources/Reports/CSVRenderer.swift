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
            lines.append(line(section.columns.map { .text($0.heading) }))
            for row in section.rows { lines.append(line(row)) }
        }
        return byteOrderMark + lines.map { $0 + "\r\n" }.joined()
    }

    /// The start of a one-table document written record by record (how long listings are
    /// streamed): the byte-order mark and the headings' record.
    public static func opening(_ headings: [String]) -> String {
        byteOrderMark + record(headings.map(ReportCell.text))
    }

    /// One record and its line end.
    public static func record(_ cells: [ReportCell]) -> String {
        line(cells) + "\r\n"
    }

    private static func line(_ cells: [ReportCell]) -> String {
        cells.map(field).joined(separator: ",")
    }

    /// One field, neutralised and quoted as needed.
    public static func field(_ cell: ReportCell) -> String {
        var text = cell.text
        if case .text = cell, let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            text = "'" + text
        }
        // By byte, not by character: "\r\n" is one character, equal to neither "\r" nor "\n".
        let special: (UInt8) -> Bool = {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
        }
        guard text.utf8.contains(where: special) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
