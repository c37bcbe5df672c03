/// Renders a document as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel opens
/// Chinese text correctly), RFC 4180 quoting, CRLF line ends, and always **one rectangular
/// table** (formats spec §3): a document of several sections (one per trade, match, round)
/// becomes one table with a first column naming each row's section, the sections' columns
/// merged by heading (a cell a section does not have is empty), so that a spreadsheet can sort
/// and filter it. A section without rows keeps a row with its notes (a forfeit).
///
/// Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
/// or carriage return) are prefixed with an apostrophe; numbers are written as they are.
public enum CSVRenderer {
    public static let byteOrderMark = "\u{FEFF}"

    public static func render(_ document: ReportDocument) -> String {
        var lines: [String] = []
        if document.sections.count == 1, let section = document.sections.first {
            lines.append(line(section.columns.map { .text($0.heading) }))
            for row in section.rows { lines.append(line(row)) }
        } else {
            // The union of the sections' columns, in the order they first appear.
            var headings: [String] = []
            for section in document.sections {
                for column in section.columns where !headings.contains(column.heading) { headings.append(column.heading) }
            }
            let withNotes = document.sections.contains { $0.rows.isEmpty && !$0.notes.isEmpty }
            lines.append(line(([document.sectionColumn] + headings + (withNotes ? [document.noteColumn] : [])).map(ReportCell.text)))
            for section in document.sections {
                let positions = section.columns.map { column in headings.firstIndex(of: column.heading)! }
                let label = ReportCell.optional(section.heading)
                for row in section.rows {
                    var cells = [ReportCell](repeating: .empty, count: headings.count)
                    for (position, cell) in zip(positions, row) { cells[position] = cell }
                    lines.append(line([label] + cells + (withNotes ? [.empty] : [])))
                }
                if section.rows.isEmpty && withNotes {
                    let empty = [ReportCell](repeating: .empty, count: headings.count)
                    lines.append(line([label] + empty + [.text(section.notes.joined(separator: " "))]))
                }
            }
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
