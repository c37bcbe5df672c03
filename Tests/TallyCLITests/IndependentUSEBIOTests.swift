import BridgeScoring
import CompetitionModel
import CompetitionService
import Foundation
import Testing

/// tally's USEBIO export read as a USEBIO reader reads it (Python's own XML parser, through
/// `scripts/read-usebio.py`): the event's date, each match's IMPs in `TEAM_SCORE` and its VPs
/// apart, and every board's IMPs recomputed from the file's traveller lines alone (bridge spec
/// §8, docs/decisions/0010).
@Suite("USEBIO read as readers read it", .serialized)
struct IndependentUSEBIOTests {
    static let pythonAvailable = TallyProcess.pythonHas("xml.etree.ElementTree")

    struct Event: Decodable {
        struct Team: Decodable {
            var id: String
            var name: String
            var place: Int
            var total: Double
        }
        struct Match: Decodable {
            var round: Int
            var team: String
            var opposing: String
            var teamScore: Int
            var opposingScore: Int
            var teamVP: Double
            var opposingVP: Double
            var boards: [Board]
        }
        struct Board: Decodable {
            var board: Int
            var imps: Int?
            var recomputed: Int?
            var lines: Int
        }
        var date: String?
        var teams: [Team]
        var matches: [Match]
    }

    /// Reads `file` with the independent reader.
    static func read(_ file: URL) throws -> Event {
        let read = try TallyProcess.runTool("/usr/bin/env", [
            "python3", TallyProcess.repository.appendingPathComponent("scripts/read-usebio.py").path, file.path,
        ])
        #expect(read.status == 0, "\(read.standardError)")
        return try JSONDecoder().decode(Event.self, from: Data(read.standardOutput.utf8))
    }

    /// Checks what the reader found against what tally stored: every board's IMPs recomputed
    /// from its lines, every match's IMPs and VPs, every team's place and VP total.
    static func expectAgrees(_ event: Event, with snapshot: BridgeSnapshot, linesPerBoard: Int,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let table = snapshot.calculator.table
        var expected: [String: MatchScore] = [:]
        for round in snapshot.roundRecords() {
            for match in round.matches {
                guard case .boards(let outcomes) = match.outcome else { continue }
                expected["\(round.number) \(match.home) \(match.away)"] = MatchScore(boards: outcomes, table: table)
            }
        }
        #expect(event.matches.count == expected.count, sourceLocation: sourceLocation)
        for match in event.matches {
            guard let score = expected["\(match.round) \(match.team) \(match.opposing)"] else {
                Issue.record("round \(match.round): \(match.team)–\(match.opposing) is not a stored match", sourceLocation: sourceLocation)
                continue
            }
            #expect(match.teamScore == score.home.won && match.opposingScore == score.away.won, sourceLocation: sourceLocation)
            #expect(match.teamVP == Double(score.homeVictoryPoints) / 100, sourceLocation: sourceLocation)
            #expect(match.opposingVP == Double(score.awayVictoryPoints) / 100, sourceLocation: sourceLocation)
            #expect(match.boards.map(\.board) == Array(snapshot.rules.boards(inRound: match.round)), sourceLocation: sourceLocation)
            for board in match.boards {
                let place = "round \(match.round) \(match.team)–\(match.opposing) board \(board.board)"
                #expect(board.lines == linesPerBoard, "\(place)", sourceLocation: sourceLocation)
                #expect(board.recomputed != nil && board.recomputed == board.imps, "\(place)", sourceLocation: sourceLocation)
            }
        }
        let standings = snapshot.standings()
        let read = Dictionary(uniqueKeysWithValues: event.teams.map { ($0.id, $0) })
        for entry in standings.entries {
            #expect(read[String(entry.team.rawValue)]?.place == entry.rank, sourceLocation: sourceLocation)
            #expect(read[String(entry.team.rawValue)]?.total == Double(entry.victoryPoints) / 100, sourceLocation: sourceLocation)
        }
    }

    @Test("the demo's 7 rounds in robot form: both teams' tables, every board's IMPs recomputed from the file",
          .enabled(if: pythonAvailable, "python3 is not installed"))
    func demoExport() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let output = workspace.folder.appendingPathComponent("demo")
        let demo = try TallyProcess.run(["demo", "--output", output.path], in: TallyProcess.repository)
        #expect(demo.status == 0, "\(demo.standardError)")
        let event = try Self.read(output.appendingPathComponent("crec.usebio.xml"))
        let snapshot = try CompetitionService(databasePath: output.appendingPathComponent("demo.sqlite").path)
            .desk("crec-bridge-teams-2023").bridgeEvent()
        // The definition has no date: the day the results were stored (the demo's clock).
        #expect(event.date == "15/02/2023")
        #expect(event.matches.count == 7 * 13)
        Self.expectAgrees(event, with: snapshot, linesPerBoard: 4)     // two tables a team, both teams
    }

    @Test("an 8-team round robin in two rooms: the open and closed room lines, the home team's seat in each",
          .enabled(if: pythonAvailable, "python3 is not installed"))
    func teamsOfFour() throws {
        let workspace = try BridgeWorkflowTests().playedRoundRobin()
        defer { workspace.remove() }
        let file = workspace.folder.appendingPathComponent("rr.usebio.xml")
        try workspace.tally("export", "usebio", "--output", file.path)
        let event = try Self.read(file)
        #expect(event.date == "15/02/2023")
        let snapshot = try CompetitionService(databasePath: workspace.database).desk("rr-8").bridgeEvent()
        Self.expectAgrees(event, with: snapshot, linesPerBoard: 2)
    }

    @Test("the definition's date is the event's date; an event with no date and no result is refused, naming the fix")
    func eventDate() throws {
        let workspace = try BridgeWorkflowTests().pairedSwiss()
        defer { workspace.remove() }
        let xml = try workspace.tally("export", "usebio").standardOutput
        #expect(xml.contains("<DATE>01/03/2023</DATE>"))

        let undated = try Workspace()
        defer { undated.remove() }
        try undated.tally("init", BridgeWorkflowTests.fixtures.appendingPathComponent("round-robin-8.yaml").path)
        let refused = try undated.tally("export", "usebio", expect: 2)
        #expect(refused.standardError.contains("USEBIO needs the event's date"))
        #expect(refused.standardError.contains("date: YYYY-MM-DD"))
    }
}
