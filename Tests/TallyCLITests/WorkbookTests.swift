import Foundation
import Testing
import Workbooks

/// Excel workbooks in and out (formats spec §2, §4; issue 20): listings written as `.xlsx`
/// and read back by an independent reader (openpyxl, through `scripts/read-xlsx.py`), and
/// imports from workbooks written by openpyxl (`scripts/make-xlsx-fixtures.py`).
@Suite("Excel workbooks", .serialized)
struct WorkbookTests {
    static let folder = TallyProcess.repository.appendingPathComponent("Tests/TallyCLITests/Fixtures/workbooks")
    static let openpyxlAvailable = TallyProcess.pythonHas("openpyxl")
    static let required = ProcessInfo.processInfo.environment["TALLY_REQUIRE_OPENPYXL"] == "1"

    struct Read: Decodable {
        struct Sheet: Decodable {
            var name: String
            var frozen: String?
            var header_bold: Bool
            var widths: [Double?]
            var rows: [[Cell]]
        }
        struct Cell: Decodable {
            var value: Value?
            var type: String
            var format: String
        }
        enum Value: Decodable, Equatable {
            case number(Double), text(String)
            init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let number = try? container.decode(Double.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
            }
        }
        var sheets: [Sheet]
    }

    static func read(_ file: String) throws -> Read {
        let result = try TallyProcess.runTool("/usr/bin/env", ["python3", TallyProcess.repository.appendingPathComponent("scripts/read-xlsx.py").path, file])
        #expect(result.status == 0, "\(result.standardError)")
        return try JSONDecoder().decode(Read.self, from: Data(result.standardOutput.utf8))
    }

    /// The small competition with both trades locked and revealed.
    func revealed() throws -> Workspace {
        let workspace = try SkillsWorkflowTests().prepared()
        try workspace.tally("mark", "--trade", "electrician", "--code", "A03", "--component", "practical",
                            "--judge", "J2", "84", "--correct", "--reason", "复核")
        for trade in ["electrician", "tea-art"] {
            try workspace.tally("lock", "--trade", trade)
            try workspace.tally("reveal", "--trade", trade)
        }
        return workspace
    }

    @Test("the award workbook read by openpyxl: every winner first, a sheet per section, numbers with their decimals, codes as text",
          .enabled(if: openpyxlAvailable || required, "openpyxl (pip install openpyxl) is not installed"))
    func awardWorkbook() throws {
        let workspace = try revealed()
        defer { workspace.remove() }
        let file = workspace.folder.appendingPathComponent("awards.xlsx").path
        try workspace.tally("awards", "--format", "xlsx", "--output", file)
        let book = try Self.read(file)
        #expect(book.sheets.map(\.name) == ["全部获奖选手", "电工", "茶艺师", "荣誉称号", "单位团体排名", "单位获奖统计"])
        for sheet in book.sheets {
            #expect(sheet.frozen == "A2", "\(sheet.name)")
            #expect(sheet.header_bold, "\(sheet.name)")
            #expect(sheet.name.count <= 31)
        }
        let winners = book.sheets[0]
        #expect(winners.rows[0].compactMap(\.value) == ["竞赛项目", "名次", "参赛号", "姓名", "单位", "总成绩", "奖项"].map(Read.Value.text))
        // Values as the JSON gives them.
        let json = try JSONSerialization.jsonObject(with: Data(try workspace.tally("awards", "--format", "json").standardOutput.utf8)) as! [String: Any]
        let trades = json["trades"] as! [[String: Any]]
        let expected = trades.flatMap { trade in (trade["winners"] as! [[String: Any]]).map { ($0["code"] as! String, $0["total"] as! Double) } }
        let rows = winners.rows.dropFirst()
        #expect(rows.count == expected.count)
        for (row, (code, total)) in zip(rows, expected) {
            #expect(row[2].value == .text(code) && row[2].type == "s")           // a code is text
            #expect(row[5].value == .number(total) && row[5].type == "n" && row[5].format == "0.00", "\(row[5])")
            #expect(row[1].type == "n" && row[1].format == "0")
        }
        // Column widths fit Chinese text (two units a character): 竞赛项目 is 8 wide, plus a margin.
        #expect(winners.widths.first == 10)
    }

    @Test("every listing writes a workbook; without --output it is refused", arguments: [
        ["standings"], ["organisations"], ["entrants", "list"], ["audit"], ["discrepancies"],
    ])
    func everyListing(command: [String]) throws {
        let workspace = try SkillsWorkflowTests().prepared()
        defer { workspace.remove() }
        let file = workspace.folder.appendingPathComponent("out.xlsx").path
        try workspace.tally(command + ["--format", "xlsx", "--output", file])
        let read = try XLSXReader(path: file)
        #expect(!read.rows.isEmpty)
        try workspace.tally(command + ["--format", "xlsx"], expect: 64)
    }

    @Test("a registration workbook (shared strings, a named sheet, a notes sheet) registers its entrants")
    func registrationWorkbook() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.tally("init", workspace.fixture("small-skills.yaml"))
        let file = Self.folder.appendingPathComponent("registration.xlsx").path
        #expect(try workspace.tally("entrants", "import", file).standardOutput == "\(file): 8 entrants registered\n")
        let listed = try workspace.tally("entrants", "list", "--format", "json").standardOutput
        #expect(listed.contains("\"王建国\"") && listed.contains("\"A06\"") && listed.contains("\"station\": \"6\""), "\(listed)")
        let wrong = try workspace.tally("entrants", "import", file, "--sheet", "名单", expect: 1)
        #expect(wrong.standardError.contains("no sheet '名单'; the workbook has: 报名表, 说明"))
    }

    @Test("marks from a workbook: a number cell reads as Excel shows it (86.5, never 86.49999999999999); a date is refused at its sheet and row")
    func marksWorkbook() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.tally("init", workspace.fixture("small-skills.yaml"))
        try workspace.tally("entrants", "import", Self.folder.appendingPathComponent("registration.xlsx").path)
        let marks = Self.folder.appendingPathComponent("marks.xlsx").path
        #expect(try workspace.tally("marks", "import", marks).standardOutput == "\(marks): 4 marks imported\n")
        let audit = try workspace.tally("audit", "--format", "json").standardOutput
        #expect(audit.contains("\"new\": \"86.5\"") && !audit.contains("86.49999"))
        let before = try workspace.dump()
        let dated = Self.folder.appendingPathComponent("marks-with-date.xlsx").path
        let refused = try workspace.tally("marks", "import", dated, expect: 1)
        #expect(refused.standardError == "\(dated):评分!3: error: invalid mark '2024-03-15'; expected a number such as 86 or 86.5\n",
                "\(refused.standardError)")
        #expect(try workspace.dump() == before)
    }

    @Test("teams, results and times from workbooks store what their CSVs store")
    func bridgeAndTimesWorkbooks() throws {
        let workbook = try Workspace()
        defer { workbook.remove() }
        try workbook.tally("init", BridgeWorkflowTests.fixtures.appendingPathComponent("swiss-9.yaml").path)
        let teams = Self.folder.appendingPathComponent("teams.xlsx").path
        #expect(try workbook.tally("teams", "import", teams).standardOutput == "\(teams): 9 teams registered\n")
        try workbook.tally("round", "pair")
        let results = Self.folder.appendingPathComponent("results-round1.xlsx").path
        #expect(try workbook.tally("results", "import", results, "--sheet", "第1轮").standardOutput == "\(results): 32 results imported\n")
        let csv = try BridgeWorkflowTests().pairedSwiss()
        defer { csv.remove() }
        try csv.tally("results", "import", PBNFromOtherProgramsTests.folder.appendingPathComponent("round1.csv").path)
        #expect(try workbook.tally("export", "pbn").standardOutput == csv.tally("export", "pbn").standardOutput)
        #expect(try workbook.tally("teams", "list", "--format", "json").standardOutput == csv.tally("teams", "list", "--format", "json").standardOutput)
        // Deals are PBN, never a workbook.
        try workbook.tally("deals", "import", teams, expect: 1)

        let skills = try Workspace()
        defer { skills.remove() }
        try skills.tally("init", skills.fixture("small-skills.yaml"))
        try skills.tally("entrants", "import", skills.fixture("entrants.csv"), "--seed", "2023")
        let times = Self.folder.appendingPathComponent("times.xlsx").path
        #expect(try skills.tally("times", "import", times).standardOutput == "\(times): 2 times imported\n")
        let again = try skills.tally("times", "import", times, expect: 1)     // stored already: placed at the sheet's row
        #expect(again.standardError.hasPrefix("\(times):Sheet!2: error:"), "\(again.standardError)")
    }

    @Test("a number as Excel shows it: 15 significant digits", arguments: [
        ("86.49999999999999", "86.5"), ("90", "90"), ("0.1", "0.1"), ("86.125", "86.125"), ("1E-3", "0.001"), ("-2.5", "-2.5"),
        ("123456789012345678", "1.23456789012346e+17"),
    ])
    func displayed(stored: String, shown: String) {
        #expect(XLSXReader.displayed(number: stored) == shown)
    }

    @Test("tally reads its own workbooks back: inline strings, numbers, every sheet")
    func ownWorkbookReadBack() throws {
        let workspace = try revealed()
        defer { workspace.remove() }
        let file = workspace.folder.appendingPathComponent("standings.xlsx").path
        try workspace.tally("standings", "--format", "xlsx", "--output", file)
        let first = try XLSXReader(path: file)
        #expect(first.sheetName == "电工")
        #expect(first.rows.first?.cells.prefix(3) == ["名次", "参赛号", "姓名"])
        let second = try XLSXReader(path: file, sheet: "茶艺师")
        #expect(second.rows.count > 1)
    }
}
