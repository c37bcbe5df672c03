import Diagnostics
import Testing

@Suite("Diagnostics")
struct DiagnosticTests {
    @Test("the text names as much of the place as is known", arguments: [
        (Diagnostic(file: "d.yaml", line: 3, column: 7, message: "bad"), "d.yaml:3:7: error: bad"),
        (Diagnostic(file: "m.csv", line: 12, message: "bad"), "m.csv:12: error: bad"),
        (Diagnostic(file: "m.csv", message: "cannot open the file"), "m.csv: error: cannot open the file"),
        (Diagnostic("invalid mark 'x'"), "error: invalid mark 'x'"),
        (Diagnostic(file: "m.csv", line: 2, severity: .warning, message: "odd"), "m.csv:2: warning: odd"),
        (Diagnostic(severity: .note, message: "A07 practical: J2 missing"), "  A07 practical: J2 missing"),
    ])
    func text(_ diagnostic: Diagnostic, _ expected: String) {
        #expect(diagnostic.description == expected)
    }

    @Test("a line's problem is placed in its file and line once collected")
    func placed() {
        var collector = DiagnosticCollector(file: "r.csv")
        collector.add(Diagnostic("seat must be NS or EW").located(file: "r.csv", line: 4))
        collector.add(Diagnostic("tricks '14x' is not a whole number"))
        #expect(collector.rejection.lines == ["r.csv:4: error: seat must be NS or EW",
                                              "r.csv: error: tricks '14x' is not a whole number"])
        #expect(collector.rejection.kind == .invalidInput)
    }

    @Test("a refusal's details are notes under its message")
    func refusal() {
        let refusal = RuleRefusal("trade 'welder' cannot be locked yet:", details: ["A07: J2 missing"])
        #expect(refusal.lines == ["error: trade 'welder' cannot be locked yet:", "  A07: J2 missing"])
        #expect(refusal.kind == .refused)
    }

    @Test("errors found by two passes are shown in line order, a thousand at most, all counted")
    func merge() {
        var reading = DiagnosticCollector(file: "m.csv")
        var writing = DiagnosticCollector(file: "m.csv")
        for line in stride(from: 2, through: 3_000, by: 2) { reading.add(line, "bad") }
        for line in stride(from: 3, through: 3_001, by: 2) { writing.add(line, "duplicate") }
        writing.add(3_001, "again")
        reading.merge(writing)
        let lines = reading.rejection.lines
        #expect(lines.count == 1_001)
        #expect(lines.prefix(3) == ["m.csv:2: error: bad", "m.csv:3: error: duplicate", "m.csv:4: error: bad"])
        #expect(lines[999] == "m.csv:1001: error: duplicate")
        #expect(lines.last == "m.csv: error: … and 2001 more errors; nothing was imported")
    }
}
