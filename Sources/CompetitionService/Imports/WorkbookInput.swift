import CSVReading
import Diagnostics
import Foundation
import Workbooks

/// An import file that is an Excel workbook (`.xlsx`): its sheet is read as the CSV of the same
/// columns would be (one row a record, row numbers kept as line numbers), and every problem is
/// placed as `FILE:SHEET!ROW` (formats spec §2).
enum WorkbookInput {
    /// Whether `path` names a workbook.
    static func isWorkbook(_ path: String) -> Bool { path.lowercased().hasSuffix(".xlsx") }

    /// Runs `body` on `path` — or, for a workbook, on a CSV copy of its sheet (`sheet`, or the
    /// first) whose line numbers are the sheet's row numbers — and places the problems it
    /// reports in the sheet.
    static func reading<T>(_ path: String, displayName: String, sheet: String?, _ body: (_ path: String) throws -> T) throws -> T {
        guard isWorkbook(path) else {
            if let sheet { throw InputRejection([Diagnostic(file: displayName, message: "--sheet '\(sheet)' applies to an .xlsx workbook only")]) }
            return try body(path)
        }
        let workbook: XLSXReader
        do { workbook = try XLSXReader(path: path, sheet: sheet) } catch {
            throw InputRejection([Diagnostic(file: displayName, message: error.message)])
        }
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("tally-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: copy) }
        var text = ""
        var line = 1
        // Excel leaves empty trailing cells out of a row; the CSV has every column of the header.
        let width = workbook.rows.first?.cells.count ?? 0
        for row in workbook.rows {
            while line < row.number {     // blank lines keep the row numbers
                text += "\n"
                line += 1
            }
            let cells = row.cells + [String](repeating: "", count: max(0, width - row.cells.count))
            text += cells.map(field).joined(separator: ",") + "\n"
            line += 1
        }
        guard !workbook.rows.isEmpty else {
            throw InputRejection([Diagnostic(file: displayName, sheet: workbook.sheetName, message: "the sheet is empty")])
        }
        try Data(text.utf8).write(to: copy)
        do {
            return try body(copy.path)
        } catch let rejection as InputRejection {
            throw InputRejection(rejection.diagnostics.map { diagnostic in
                var placed = diagnostic
                if placed.file == displayName || placed.file == copy.path {
                    placed.file = displayName
                    placed.sheet = workbook.sheetName
                }
                return placed
            })
        }
    }

    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension Diagnostic {
    init(file: String, sheet: String, message: String) {
        self.init(file: file, message: message)
        self.sheet = sheet
    }
}
