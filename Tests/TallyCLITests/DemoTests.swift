import Foundation
import Testing

/// `tally demo`: the article's figures, and byte-identical files on a second run.
@Suite("tally demo", .serialized)
struct DemoTests {
    struct SkillsAwards: Decodable {
        struct Trade: Decodable { var trade: String; var winners: [Winner] }
        struct Winner: Decodable { var name: String?; var award: String }
        struct Title: Decodable { var title: String }
        var awardWinners: Int
        var trades: [Trade]
        var titles: [Title]
        enum CodingKeys: String, CodingKey {
            case awardWinners = "award-winners", trades, titles
        }
    }

    struct BridgeAwards: Decodable {
        struct Prize: Decodable { var award: String; var players: [String] }
        struct Qualifier: Decodable { var team: Int }
        var afterRound: Int
        var prizes: [Prize]
        var qualifiers: [Qualifier]
        enum CodingKeys: String, CodingKey {
            case afterRound = "after-round", prizes, qualifiers
        }
    }

    struct BridgeStandings: Decodable {
        struct Entry: Decodable { var team: Int }
        var entries: [Entry]
    }

    func runDemo(into folder: URL) throws -> TallyProcess.Result {
        try TallyProcess.run(["demo", "--output", folder.path], in: TallyProcess.repository)
    }

    @Test("reproduces the article's figures, and a second run writes byte-identical files")
    func figures() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let first = workspace.folder.appendingPathComponent("first")
        let result = try runDemo(into: first)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("13 trades · 388 competed · 233 award winners (优秀技能人才)"))
        #expect(result.standardOutput.contains("27 teams · 111 players · 7 rounds × 8 boards · 6 prize teams · 12 qualifiers"))

        let decoder = JSONDecoder()
        let skills = try decoder.decode(SkillsAwards.self, from: Data(contentsOf: first.appendingPathComponent("wansheng-awards.json")))
        #expect(skills.trades.count == 13)
        #expect(skills.awardWinners == 233)
        #expect(skills.titles.filter { $0.title == "talent" }.count == 233)
        #expect(skills.trades.allSatisfy { $0.winners.allSatisfy { $0.name != nil } })       // all revealed

        let bridge = try decoder.decode(BridgeAwards.self, from: Data(contentsOf: first.appendingPathComponent("crec-awards.json")))
        #expect(bridge.afterRound == 7)
        #expect(bridge.prizes.map(\.award) == ["first", "second", "second", "third", "third", "third"])
        #expect(bridge.qualifiers.count == 12)
        let standings = try decoder.decode(BridgeStandings.self, from: Data(contentsOf: first.appendingPathComponent("crec-standings.json")))
        #expect(standings.entries.count == 27)
        let teams = try String(contentsOf: TallyProcess.repository.appendingPathComponent("seeds/crec-bridge/teams.csv"), encoding: .utf8)
        let players = teams.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[3].split(separator: "、").count }
        #expect(players.reduce(0, +) == 111)

        // `tally standings --format json` of every trade streams trade by trade: the same bytes.
        let streamed = try TallyProcess.run(["--db", first.appendingPathComponent("demo.sqlite").path, "-c",
                                             "wansheng-craftsman-2023", "standings", "--format", "json"])
        #expect(Data(streamed.standardOutput.utf8) == (try Data(contentsOf: first.appendingPathComponent("wansheng-standings.json"))))
        // … and to a file through a partial file that replaces the old output when complete.
        let file = workspace.folder.appendingPathComponent("streamed.json")
        try Data("old".utf8).write(to: file)
        let toFile = try TallyProcess.run(["--db", first.appendingPathComponent("demo.sqlite").path, "-c",
                                           "wansheng-craftsman-2023", "standings", "--format", "json", "--output", file.path])
        #expect(toFile.status == 0)
        #expect(try Data(contentsOf: file) == Data(streamed.standardOutput.utf8))
        #expect(!FileManager.default.fileExists(atPath: file.path + ".partial"))

        let second = workspace.folder.appendingPathComponent("second")
        #expect(try runDemo(into: second).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: first.path).filter { !$0.hasPrefix("demo.sqlite") }.sorted()
        // Award lists, workbooks, certificates (PDF too where Chromium is installed), interchange files.
        let pdfs = files.filter { $0.hasSuffix(".pdf") }
        #expect(files.count - pdfs.count == 15)
        #expect(pdfs.isEmpty || pdfs == ["crec-certificates.pdf", "wansheng-certificates.pdf"])
        // Chromium stamps each PDF with the time it printed it: the pages are compared, not the bytes.
        for file in files where !file.hasSuffix(".pdf") {
            let a = try Data(contentsOf: first.appendingPathComponent(file))
            let b = try Data(contentsOf: second.appendingPathComponent(file))
            #expect(a == b, "\(file) differs between two runs")
        }
        if pdfs.contains("wansheng-certificates.pdf") && PrintingTests.canPrint {     // a certificate per award winner
            let pages = try PrintingTests.pdfinfo(first.appendingPathComponent("wansheng-certificates.pdf").path)
            #expect(pages.contains("Pages:           233"), "\(pages)")
        }
    }

    @Test("the README shows what the demo prints")
    func readme() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try runDemo(into: workspace.folder.appendingPathComponent("out"))
        let readme = try String(contentsOf: TallyProcess.repository.appendingPathComponent("README.md"), encoding: .utf8)
        // The transcript in the README is the demo's output up to the list of files.
        let transcript = result.standardOutput.components(separatedBy: "\nFiles in ").first ?? ""
        #expect(readme.contains(transcript), "README.md's transcript is out of date: update it from `swift run tally demo`")
    }
}
