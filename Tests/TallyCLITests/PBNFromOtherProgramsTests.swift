import Foundation
import Testing

/// PBN files as other programs write them (bridge spec §8, issue 17), from the committed
/// fixtures in Fixtures/bridge/other-programs (written by scripts/make-pbn-fixtures.py: this
/// project's own deals and results, not copies of others' files), and the seed event's seven
/// rounds taken out of tally and back in.
@Suite("PBN from other programs", .serialized)
struct PBNFromOtherProgramsTests {
    static let folder = BridgeWorkflowTests.fixtures.appendingPathComponent("other-programs")

    /// A PBN export without its Deal lines: the results, round, table, teams and scores.
    static func resultsOfExport(_ workspace: Workspace) throws -> String {
        try workspace.tally("export", "pbn").standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("[Deal ") }.joined(separator: "\n")
    }

    @Test("results as a club scorer writes them store what tally's own CSV of the same results stores", arguments: [
        // A byte-order mark, CRLF, ; commentary, {…} comments, no Round tag, teams by name,
        // Result as tricks, as "NS 9" and as the other side's "EW 4".
        ("scorer-crlf-bom.pbn", "round1.csv", 32),
        // The same file with CR-only line ends (an old Mac program).
        ("scorer-cr.pbn", "round1.csv", 32),
        // Hands not known (only North's), a board not played (empty Declarer and Contract).
        ("unknown-hands.pbn", "unknown-hands.csv", 7),
    ])
    func scorerFiles(file: String, reference: String, count: Int) throws {
        let pbn = try BridgeWorkflowTests().pairedSwiss()
        defer { pbn.remove() }
        let imported = try pbn.tally("results", "import", Self.folder.appendingPathComponent(file).path).standardOutput
        #expect(imported.hasSuffix(": \(count) results imported\n"), "\(imported)")
        let csv = try BridgeWorkflowTests().pairedSwiss()
        defer { csv.remove() }
        try csv.tally("results", "import", Self.folder.appendingPathComponent(reference).path)
        #expect(try Self.resultsOfExport(pbn) == Self.resultsOfExport(csv))
        if file == "unknown-hands.pbn" {     // stored as far as it is known
            #expect(try pbn.tally("export", "pbn").standardOutput.contains(#"[Deal "N:J9652.9.AKJ98.75 - - -"]"#))
        }
        #expect(try pbn.tally("standings", "--format", "json").standardOutput
                == csv.tally("standings", "--format", "json").standardOutput)
    }

    @Test("a dealing program's tournament file (header comments, empty play tags, CRLF) stores its 12 deals as dealt")
    func dealerFile() throws {
        let workspace = try BridgeWorkflowTests().pairedSwiss()
        defer { workspace.remove() }
        let dealer = Self.folder.appendingPathComponent("dealer-deals.pbn")
        #expect(try workspace.tally("deals", "import", dealer.path).standardOutput.hasSuffix(": 12 deals stored\n"))
        try workspace.tally("results", "import", Self.folder.appendingPathComponent("round1.csv").path)
        // The scorer's file carries the same deals: they agree with the stored ones.
        let dealt = try String(contentsOf: dealer, encoding: .utf8).split(separator: "\r\n").filter { $0.hasPrefix("[Deal ") }
        let exported = try workspace.tally("export", "pbn").standardOutput.split(separator: "\n").filter { $0.hasPrefix("[Deal ") }
        #expect(Set(exported) == Set(dealt.prefix(4)))
        try workspace.tally("results", "import", Self.folder.appendingPathComponent("scorer-crlf-bom.pbn").path, expect: 1)
    }

    /// `pbn` cut into one file per round, without Round tags (as other programs write results).
    static func roundFiles(_ pbn: String) -> [Int: String] {
        var rounds: [Int: [String]] = [:]
        for record in pbn.components(separatedBy: "\n\n") where record.contains("[Board ") {
            let lines = record.split(separator: "\n").map(String.init)
            guard let roundLine = lines.first(where: { $0.hasPrefix("[Round \"") }),
                  let round = Int(roundLine.dropFirst("[Round \"".count).dropLast(2)) else { continue }
            rounds[round, default: []].append(lines.filter { !$0.hasPrefix("[Round ") }.joined(separator: "\r\n"))
        }
        return rounds.mapValues { "% PBN 2.1\r\n% EXPORT\r\n\r\n" + $0.joined(separator: "\r\n\r\n") + "\r\n" }
    }

    @Test("the seed event's 7 rounds exported as PBN and imported round by round into a fresh database: same pairings, standings and file")
    func seedEventRoundTrip() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let output = workspace.folder.appendingPathComponent("demo")
        let demo = try TallyProcess.run(["demo", "--output", output.path], in: TallyProcess.repository)
        #expect(demo.status == 0, "\(demo.standardError)")
        let exported = try String(contentsOf: output.appendingPathComponent("crec.pbn"), encoding: .utf8)
        let original = try TallyProcess.run(["standings", "--format", "json", "-c", "crec-bridge-teams-2023"], in: output,
                                            environment: ["TALLY_DB": output.appendingPathComponent("demo.sqlite").path])
        #expect(original.status == 0, "\(original.standardError)")

        let fresh = try Workspace()
        defer { fresh.remove() }
        let repository = TallyProcess.repository
        try fresh.tally("init", repository.appendingPathComponent("competitions/crec-bridge-teams-2023.yaml").path)
        try fresh.tally("teams", "import", repository.appendingPathComponent("seeds/crec-bridge/teams.csv").path)
        let rounds = Self.roundFiles(exported)
        #expect(rounds.keys.sorted() == Array(1...7))
        for round in 1...7 {
            try fresh.tally("round", "pair")
            let file = fresh.folder.appendingPathComponent("round\(round).pbn")
            try Data((rounds[round] ?? "").utf8).write(to: file)
            let imported = try fresh.tally("results", "import", file.path).standardOutput
            #expect(imported.hasSuffix(": \(27 / 2 * 8 * 4) results imported\n"), "round \(round): \(imported)")
        }
        #expect(try fresh.tally("standings", "--format", "json").standardOutput == original.standardOutput)
        #expect(try fresh.tally("export", "pbn").standardOutput == exported)
    }
}
