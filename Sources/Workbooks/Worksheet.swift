import Reports

/// One worksheet of a workbook: its name, a header row and the rows under it.
public struct Worksheet: Sendable, Hashable {
    /// The tab's name (at most 31 characters, none of `[]:*?/\`; see `Worksheet.names`).
    public var name: String
    public var columns: [ReportColumn]
    public var rows: [[ReportCell]]

    public init(name: String, columns: [ReportColumn], rows: [[ReportCell]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// The worksheets of a document (formats spec §4): its summary first when it has one (an
    /// award list's every winner in one table), then one worksheet per section, named by the
    /// section's heading (the document's title for an unheaded one).
    public static func sheets(of document: ReportDocument) -> [Worksheet] {
        var sheets: [Worksheet] = []
        if let summary = document.summarySection {
            sheets.append(Worksheet(name: summary.heading ?? document.title, columns: summary.columns, rows: summary.rows))
        }
        for section in document.sections {
            sheets.append(Worksheet(name: section.heading ?? document.title, columns: section.columns, rows: section.rows))
        }
        let names = Self.names(sheets.map(\.name))
        for index in sheets.indices { sheets[index].name = names[index] }
        return sheets
    }

    /// Valid, unique sheet names for `titles`: the characters Excel refuses replaced, cut to
    /// 31 characters, `(2)`, `(3)` … added to repeats.
    public static func names(_ titles: [String]) -> [String] {
        var used: Set<String> = []
        return titles.map { title in
            var base = String(title.map { "[]:*?/\\".contains($0) ? "_" : $0 })
                .trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
            if base.isEmpty { base = "Sheet" }
            var name = String(base.prefix(31))
            var counter = 2
            while used.contains(name.lowercased()) {
                let suffix = " (\(counter))"
                name = String(base.prefix(31 - suffix.count)) + suffix
                counter += 1
            }
            used.insert(name.lowercased())
            return name
        }
    }
}

import Foundation
