import Diagnostics
import Foundation
import ZIPFoundation

/// Reads one worksheet of an Office Open XML workbook (`.xlsx`) as rows of text, the way the
/// cells look in Excel (formats spec §2): shared and inline strings as they are; a number as
/// the decimal Excel shows — at most 15 significant digits, so a cell holding
/// 86.49999999999999 reads `86.5`; a cell formatted as a date as the date (`2024-03-15`), which
/// no number column accepts; booleans as `TRUE`/`FALSE`.
public struct XLSXReader {
    /// One row of the sheet: its number (1 for the first) and its cells, column A first
    /// (empty strings for empty cells between filled ones).
    public struct Row: Sendable, Hashable {
        public var number: Int
        public var cells: [String]
    }

    /// The sheet read.
    public let sheetName: String
    public let rows: [Row]

    /// Reads the sheet named `sheet`, or the first one.
    public init(path: String, sheet: String? = nil) throws(Diagnostic) {
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw Diagnostic(file: path, message: "cannot open the workbook: it is not an .xlsx file (\(error))")
        }
        func part(_ name: String) throws(Diagnostic) -> Data? {
            guard let entry = archive[name] else { return nil }
            var data = Data()
            do { _ = try archive.extract(entry, skipCRC32: false) { data.append($0) } } catch {
                throw Diagnostic(file: path, message: "the workbook's \(name) cannot be read (\(error))")
            }
            return data
        }
        guard let workbook = try part("xl/workbook.xml"), let relationships = try part("xl/_rels/workbook.xml.rels") else {
            throw Diagnostic(file: path, message: "not an Excel workbook: no xl/workbook.xml")
        }
        let sheets = ElementScanner.attributes(of: "sheet", in: workbook)
        let targets = Dictionary(ElementScanner.attributes(of: "Relationship", in: relationships).compactMap { attributes in
            attributes["Id"].flatMap { id in attributes["Target"].map { (id, $0) } }
        }, uniquingKeysWith: { first, _ in first })
        let wanted: [String: String]? = if let sheet { sheets.first { $0["name"] == sheet } } else { sheets.first }
        guard let chosen = wanted else {
            let names = sheets.compactMap { $0["name"] }.joined(separator: ", ")
            throw Diagnostic(file: path, message: sheet.map { "no sheet '\($0)'; the workbook has: \(names)" } ?? "the workbook has no sheet")
        }
        sheetName = chosen["name"] ?? "Sheet1"
        guard let id = chosen["r:id"], var target = targets[id] else {
            throw Diagnostic(file: path, message: "the workbook does not say where sheet '\(sheetName)' is")
        }
        target = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        guard let sheetData = try part(target) else { throw Diagnostic(file: path, message: "the workbook lacks \(target)") }
        let shared = try part("xl/sharedStrings.xml").map(SharedStrings.read) ?? []
        let dateStyles = try part("xl/styles.xml").map(DateStyles.read) ?? []
        let parser = SheetParser(shared: shared, dateStyles: dateStyles)
        guard XMLScanner.scan(sheetData, into: parser) else {
            throw Diagnostic(file: path, message: "sheet '\(sheetName)' is not well-formed XML")
        }
        rows = parser.rows
    }

    /// `value` (a number cell's `<v>`) as Excel shows it: 15 significant digits, no exponent
    /// for ordinary magnitudes, no trailing zeros.
    public static func displayed(number value: String) -> String {
        guard let double = Double(value) else { return value }
        if double == double.rounded(), abs(double) < 1e15 { return String(Int64(double)) }
        var text = String(format: "%.15g", double)
        if text.contains("e") { return text }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// A date serial (days since 1899-12-30, Excel's 1900 system) as `yyyy-MM-dd`.
    static func date(serial value: String) -> String {
        guard let days = Double(value) else { return value }
        let date = Date(timeIntervalSince1970: (days - 25_569) * 86_400)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        func two(_ value: Int?) -> String { let v = value ?? 0; return v < 10 ? "0\(v)" : String(v) }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day))"
    }
}

/// The attributes of every element named `name` in a small XML part.
enum ElementScanner {
    static func attributes(of name: String, in data: Data) -> [[String: String]] {
        final class Collector: XMLEventHandler {
            let name: String
            var found: [[String: String]] = []
            init(name: String) { self.name = name }
            func start(_ element: String, attributes: [String: String]) { if element == name { found.append(attributes) } }
            func end(_ element: String) {}
            func text(_ text: String) {}
        }
        let collector = Collector(name: name)
        _ = XMLScanner.scan(data, into: collector)
        return collector.found
    }
}

/// The shared strings table: `<si>` items, plain or rich text runs (phonetic runs left out).
enum SharedStrings {
    static func read(_ data: Data) -> [String] {
        final class Collector: XMLEventHandler {
            var strings: [String] = []
            var current = ""
            var inText = false
            var inPhonetic = false
            func start(_ name: String, attributes: [String: String]) {
                switch name {
                case "si": current = ""
                case "t": inText = !inPhonetic
                case "rPh": inPhonetic = true
                default: break
                }
            }
            func text(_ text: String) { if inText { current += text } }
            func end(_ name: String) {
                switch name {
                case "si": strings.append(current)
                case "t": inText = false
                case "rPh": inPhonetic = false
                default: break
                }
            }
        }
        let collector = Collector()
        _ = XMLScanner.scan(data, into: collector)
        return collector.strings
    }
}

/// Which cell styles (`s`) show a date: built-in date formats 14–22, 45–47, and custom formats
/// whose code has y, d or h outside quotes and brackets.
enum DateStyles {
    static func read(_ data: Data) -> Set<Int> {
        final class Collector: XMLEventHandler {
            var customDates: Set<Int> = []
            var cellFormats: [Int] = []
            var inCellXfs = false
            func start(_ name: String, attributes: [String: String]) {
                switch name {
                case "numFmt":
                    if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"], DateStyles.isDate(code) {
                        customDates.insert(id)
                    }
                case "cellXfs": inCellXfs = true
                case "xf" where inCellXfs: cellFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
                default: break
                }
            }
            func end(_ name: String) { if name == "cellXfs" { inCellXfs = false } }
            func text(_ text: String) {}
        }
        let collector = Collector()
        _ = XMLScanner.scan(data, into: collector)
        let builtIn: Set<Int> = Set(14...22).union(45...47)
        return Set(collector.cellFormats.enumerated().filter { builtIn.contains($0.element) || collector.customDates.contains($0.element) }
            .map(\.offset))
    }

    /// Whether a number format code shows a date or time.
    static func isDate(_ code: String) -> Bool {
        var quoted = false, bracket = false
        for character in code.lowercased() {
            switch character {
            case "\"": quoted.toggle()
            case "[": bracket = true
            case "]": bracket = false
            case "y", "d", "h" where !quoted && !bracket: return true
            default: break
            }
        }
        return false
    }
}

/// Reads `<sheetData>`: rows, their cells by column reference, and each cell's text.
final class SheetParser: XMLEventHandler {
    let shared: [String]
    let dateStyles: Set<Int>
    private(set) var rows: [XLSXReader.Row] = []
    private var row: (number: Int, cells: [Int: String])?
    private var cell: (column: Int, type: String?, style: Int?)?
    private var value = ""
    private var inValue = false
    private var inlineText = ""
    private var inInlineText = false
    private var nextRow = 1

    init(shared: [String], dateStyles: Set<Int>) {
        self.shared = shared
        self.dateStyles = dateStyles
    }

    func start(_ name: String, attributes: [String: String]) {
        switch name {
        case "row":
            let number = attributes["r"].flatMap(Int.init) ?? nextRow
            row = (number, [:])
            nextRow = number + 1
        case "c":
            let column = attributes["r"].map(Self.column) ?? (row?.cells.keys.max().map { $0 + 1 } ?? 0)
            cell = (column, attributes["t"], attributes["s"].flatMap(Int.init))
            value = ""
            inlineText = ""
        case "v": inValue = true
        case "t": inInlineText = cell?.type == "inlineStr"
        default: break
        }
    }

    func text(_ string: String) {
        if inValue { value += string }
        if inInlineText { inlineText += string }
    }

    func end(_ name: String) {
        switch name {
        case "v": inValue = false
        case "t": inInlineText = false
        case "c":
            guard let cell else { return }
            let text: String
            switch cell.type {
            case "s": text = Int(value).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
            case "inlineStr": text = inlineText
            case "str", "e": text = value
            case "b": text = value == "1" ? "TRUE" : "FALSE"
            case "d": text = String(value.prefix(10))
            default:
                if value.isEmpty { text = "" } else if let style = cell.style, dateStyles.contains(style) {
                    text = XLSXReader.date(serial: value)
                } else {
                    text = XLSXReader.displayed(number: value)
                }
            }
            if !text.isEmpty { row?.cells[cell.column] = text }
            self.cell = nil
        case "row":
            if let row, let last = row.cells.keys.max() {
                rows.append(XLSXReader.Row(number: row.number, cells: (0...last).map { row.cells[$0] ?? "" }))
            }
            row = nil
        default: break
        }
    }

    /// The 0-based column of a reference such as `C12`.
    static func column(_ reference: String) -> Int {
        var column = 0
        for character in reference.uppercased() {
            guard let ascii = character.asciiValue, (65...90).contains(ascii) else { break }
            column = column * 26 + Int(ascii - 64)
        }
        return column - 1
    }
}
