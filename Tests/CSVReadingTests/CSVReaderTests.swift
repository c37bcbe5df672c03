import CSVReading
import Foundation
import Testing

/// Writes `bytes` to a temporary file and reads every record.
func readAll(_ bytes: [UInt8]) throws -> (records: [CSVRecord], encoding: TextEncoding) {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString).csv").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let reader = try CSVReader(path: path, displayName: "test.csv")
    var records: [CSVRecord] = []
    while let record = try reader.next() { records.append(record) }
    return (records, reader.encoding)
}

func readAll(_ text: String) throws -> [CSVRecord] { try readAll(Array(text.utf8)).records }

@Suite("Reading CSV")
struct CSVReaderTests {
    @Test("plain records with their line numbers")
    func plain() throws {
        let records = try readAll("trade,code,mark\nelectrician,A01,86.5\r\nelectrician,A02,90\n")
        #expect(records == [
            CSVRecord(line: 1, fields: ["trade", "code", "mark"]),
            CSVRecord(line: 2, fields: ["electrician", "A01", "86.5"]),
            CSVRecord(line: 3, fields: ["electrician", "A02", "90"]),
        ])
    }

    @Test("quoted fields: commas, doubled quotes, and line breaks that keep later line numbers right")
    func quoted() throws {
        let records = try readAll("name,note\n\"张, 林阳\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nlast,y")
        #expect(records.map(\.fields) == [["name", "note"], ["张, 林阳", "say \"hi\""], ["two\nlines", "x"], ["last", "y"]])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }

    @Test("blank lines are skipped; empty fields are kept")
    func blanks() throws {
        let records = try readAll("a,b\n\n1,\n,2\n\n")
        #expect(records.map(\.fields) == [["a", "b"], ["1", ""], ["", "2"]])
        #expect(records.map(\.line) == [1, 3, 4])
    }

    @Test("a UTF-8 byte-order mark is dropped")
    func bom() throws {
        let result = try readAll([0xEF, 0xBB, 0xBF] + Array("trade,code\n".utf8))
        #expect(result.records.first?.fields == ["trade", "code"])
        #expect(result.encoding == .utf8)
    }

    @Test("GB18030 (as Excel saves on Chinese Windows) is detected and decoded")
    func gb18030() throws {
        // "姓名,单位\n张林阳,黄渤海新区\n" in GB18030.
        let bytes: [UInt8] = [0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xB5, 0xA5, 0xCE, 0xBB, 0x0A,
                              0xD5, 0xC5, 0xC1, 0xD6, 0xD1, 0xF4, 0x2C, 0xBB, 0xC6, 0xB2, 0xB3, 0xBA, 0xA3,
                              0xD0, 0xC2, 0xC7, 0xF8, 0x0A]
        let result = try readAll(bytes)
        #expect(result.encoding == .gb18030)
        #expect(result.records.map(\.fields) == [["姓名", "单位"], ["张林阳", "黄渤海新区"]])
    }

    @Test("a large GB18030 file decodes across chunk boundaries")
    func gb18030Chunks() throws {
        let row: [UInt8] = [0xD5, 0xC5, 0xC1, 0xD6, 0xD1, 0xF4, 0x2C, 0x31, 0x0A]     // 张林阳,1
        let result = try readAll(Array([[UInt8]](repeating: row, count: 30_000).joined()))
        #expect(result.records.count == 30_000)
        #expect(result.records.allSatisfy { $0.fields == ["张林阳", "1"] })
        #expect(result.records.last?.line == 30_000)
    }

    @Test("malformed input is refused with its line", arguments: [
        ("a,b\n\"open,1\n2,3\n", "test.csv:2: error: a quoted field is never closed"),
        ("a,b\n1,x\"y\n", "test.csv:2: error: a quote inside an unquoted field; quote the whole field and double the quote"),
        ("a,b\n\"1\"x,2\n", "test.csv:2: error: unexpected text after a closing quote; expected a comma or the end of the line"),
        ("a,b\n1,\u{0}\n", "test.csv:2: error: NUL byte in the file; expected text"),
    ])
    func malformed(text: String, message: String) {
        #expect {
            _ = try readAll(text)
        } throws: { error in
            (error as? CSVError)?.description == message
        }
    }

    @Test("a field over 1 MiB is refused rather than held in memory")
    func hugeField() {
        let text = "a\n" + String(repeating: "x", count: (1 << 20) + 10) + "\n"
        #expect(throws: CSVError.self) { _ = try readAll(text) }
    }

    @Test("a missing file names the file")
    func missing() {
        #expect {
            _ = try CSVReader(path: "/nonexistent.csv", displayName: "marks.csv")
        } throws: { error in
            (error as? CSVError)?.description == "marks.csv: error: cannot open the file"
        }
    }

    @Test("the header maps names in any order and case, and names missing columns")
    func header() throws {
        let records = try readAll("Mark, CODE ,trade,extra\n86,A01,electrician,x\n")
        let header = try CSVHeader(records[0], file: "test.csv", required: ["trade", "code", "mark"], optional: ["judge"])
        #expect(header.value("code", in: records[1]) == "A01")
        #expect(header.value("mark", in: records[1]) == "86")
        #expect(header.value("judge", in: records[1]) == nil)
        #expect {
            _ = try CSVHeader(records[0], file: "test.csv", required: ["trade", "code", "component", "mark"])
        } throws: { error in
            (error as? CSVError)?.description
                == "test.csv:1: error: missing column component; expected columns: trade, code, component, mark"
        }
    }
}
