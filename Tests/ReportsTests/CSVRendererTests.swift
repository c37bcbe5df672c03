import Reports
import Testing

@Suite("CSV for spreadsheets")
struct CSVRendererTests {
    @Test("fields are quoted when they hold a comma, a quote or a line end, and formulas are neutralised", arguments: [
        (ReportCell.text("张林阳"), "张林阳"), (.text("A, B"), "\"A, B\""), (.text("say \"hi\""), "\"say \"\"hi\"\"\""),
        (.text("two\nlines"), "\"two\nlines\""), (.text("two\r\nlines"), "\"two\r\nlines\""), (.text("cr\ronly"), "\"cr\ronly\""),
        (.text("=SUM(A1)"), "'=SUM(A1)"), (.text("+86"), "'+86"), (.text("-1"), "'-1"), (.text("@x"), "'@x"),
        (.text("\tx"), "'\tx"), (.number("-1.50"), "-1.50"), (.empty, ""), (.text("=a,b"), "\"'=a,b\""),
    ])
    func fields(cell: ReportCell, expected: String) {
        #expect(CSVRenderer.field(cell) == expected)
    }

    @Test("a one-table document is the byte-order mark, then each record and CRLF, as streamed listings write it")
    func document() {
        let rows: [[ReportCell]] = [[.text("A01"), .number("86.13")], [.text("A02, B"), .empty]]
        let document = ReportDocument(title: "t", sections: [ReportSection(columns: [ReportColumn("code"), ReportColumn("total")],
                                                                           rows: rows)])
        let streamed = CSVRenderer.opening(["code", "total"]) + rows.map(CSVRenderer.record).joined()
        #expect(CSVRenderer.render(document) == streamed)
        #expect(streamed == "\u{FEFF}code,total\r\nA01,86.13\r\n\"A02, B\",\r\n")
    }
}
