import Foundation
import Markup
import Reports
import ZIPFoundation

/// Writes worksheets as an Office Open XML workbook (`.xlsx`) that Excel, WPS and LibreOffice
/// open without a repair prompt (formats spec §4), by hand: a workbook needs six small XML
/// parts, zipped (decision 0011).
///
/// Each sheet has its header row bold and frozen; a cell written as a number (`ReportCell.number`
/// whose text is a decimal) is a number cell whose number format shows the published decimals
/// (`86.10` stays `86.10`, never text); every other cell, competitor codes included, is a
/// text cell; column widths fit the widest cell, counting a Chinese character as two.
public enum XLSXWriter {
    /// Writes `sheets` to `url` (replacing it), all or nothing.
    public static func write(_ sheets: [Worksheet], to url: URL) throws {
        let partial = url.appendingPathExtension("partial")
        try? FileManager.default.removeItem(at: partial)
        do {
            let archive = try Archive(url: partial, accessMode: .create)
            var formats = NumberFormats()
            let sheetXML = sheets.map { worksheet($0, formats: &formats) }
            var parts: [(String, String)] = [
                ("[Content_Types].xml", contentTypes(sheetCount: sheets.count)),
                ("_rels/.rels", rootRelationships),
                ("xl/workbook.xml", workbook(sheets)),
                ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)),
                ("xl/styles.xml", styles(formats)),
            ]
            for (index, xml) in sheetXML.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", xml)) }
            for (path, xml) in parts {
                let data = Data(xml.utf8)
                // A fixed time: the same listing gives the same bytes.
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: Date(timeIntervalSince1970: 315_532_800), compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            try FileManager.default.moveItem(at: partial, to: url)
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }

    /// The number formats used, by decimals: style 1 is the bold header, 2 + d the number with
    /// d decimals.
    struct NumberFormats {
        private(set) var decimals: Set<Int> = []
        mutating func style(decimals places: Int) -> Int {
            decimals.insert(places)
            return 2 + places
        }
    }

    /// A number cell's value and decimals, when `text` is a plain decimal (`86.10`, `−1.50`).
    static func number(_ text: String) -> (value: String, decimals: Int)? {
        let ascii = text.replacingOccurrences(of: "−", with: "-")
        guard !ascii.isEmpty, Double(ascii) != nil,
              ascii.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) else { return nil }
        let decimals = ascii.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        return (ascii, decimals)
    }

    private static func worksheet(_ sheet: Worksheet, formats: inout NumberFormats) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        xml += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        xml += #"<sheetFormatPr defaultRowHeight="15"/>"#
        if !sheet.columns.isEmpty {
            xml += "<cols>"
            for (index, column) in sheet.columns.enumerated() {
                let widest = ([column.heading] + sheet.rows.compactMap { index < $0.count ? $0[index].text : nil })
                    .map { DisplayWidth.of($0) }.max() ?? 8
                xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(min(80, max(6, widest + 2)))" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        let header = sheet.columns.map { ReportCell.text($0.heading) }
        for (rowIndex, cells) in ([header] + sheet.rows).enumerated() {
            let row = rowIndex + 1
            xml += #"<row r="\#(row)">"#
            for (columnIndex, cell) in cells.enumerated() {
                let reference = columnName(columnIndex) + String(row)
                if rowIndex == 0 {
                    xml += #"<c r="\#(reference)" s="1" t="inlineStr"><is><t>\#(escape(cell.text))</t></is></c>"#
                    continue
                }
                switch cell {
                case .empty:
                    continue
                case .number(let text):
                    if let number = number(text) {
                        xml += #"<c r="\#(reference)" s="\#(formats.style(decimals: number.decimals))"><v>\#(number.value)</v></c>"#
                    } else {
                        xml += inline(reference, text)
                    }
                case .text(let text):
                    xml += inline(reference, text)
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData></worksheet>"
        return xml
    }

    private static func inline(_ reference: String, _ text: String) -> String {
        guard !text.isEmpty else { return "" }
        return #"<c r="\#(reference)" t="inlineStr"><is><t xml:space="preserve">\#(escape(text))</t></is></c>"#
    }

    /// `A`, `B`, … `Z`, `AA`, … for the 0-based column `index`.
    static func columnName(_ index: Int) -> String {
        var index = index + 1
        var name = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }

    private static func escape(_ text: String) -> String {
        // XML 1.0 allows no control characters but tab, newline and carriage return.
        Markup.escape(String(text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" }))
    }

    private static func contentTypes(sheetCount: Int) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        xml += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        for index in 1...max(1, sheetCount) where index <= sheetCount {
            xml += #"<Override PartName="/xl/worksheets/sheet\#(index).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return xml + "</Types>"
    }

    private static let rootRelationships = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    private static func workbook(_ sheets: [Worksheet]) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
        for (index, sheet) in sheets.enumerated() {
            xml += #"<sheet name="\#(escape(sheet.name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return xml + "</sheets></workbook>"
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for index in 0..<sheetCount {
            xml += #"<Relationship Id="rId\#(index + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheetCount + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        return xml + "</Relationships>"
    }

    /// Fonts (regular, bold), the number formats `0`, `0.0`, `0.00` … up to the most decimals
    /// used, and the cell styles: 0 default, 1 bold header, 2 + d a number with d decimals.
    private static func styles(_ formats: NumberFormats) -> String {
        let most = formats.decimals.max() ?? 2
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        if most > 0 {
            xml += #"<numFmts count="\#(most)">"#
            for places in 1...most {
                xml += #"<numFmt numFmtId="\#(163 + places)" formatCode="0.\#(String(repeating: "0", count: places))"/>"#
            }
            xml += "</numFmts>"
        }
        xml += #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        xml += #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        xml += #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        xml += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        xml += #"<cellXfs count="\#(3 + most)"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        xml += #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        xml += #"<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        for places in 1...max(1, most) where places <= most {
            xml += #"<xf numFmtId="\#(163 + places)" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        }
        xml += "</cellXfs>"
        xml += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        return xml + "</styleSheet>"
    }
}
