import BridgeScoring
import CompetitionService
import Foundation
import Testing

/// tally's PBN export read by an independent parser (endplay, through `scripts/read-pbn.py`):
/// the same deals, contracts, results and North-South scores as tally stored, game for game
/// (bridge spec §8). `.ci/run` installs endplay and sets `TALLY_REQUIRE_ENDPLAY=1`, so there a
/// missing parser fails the test instead of skipping it.
@Suite("PBN read by an independent parser")
struct IndependentPBNTests {
    static let parserAvailable = TallyProcess.pythonHas("endplay")
    static let required = ProcessInfo.processInfo.environment["TALLY_REQUIRE_ENDPLAY"] == "1"

    struct Game: Decodable {
        var board: Int
        var deal: String?
        var contract: String?
        var declarer: String?
        var tricks: Int?
        var nsScore: Int?
    }

    @Test("the demo's 2,912 games: deals, contracts, declarers, tricks and scores as stored",
          .enabled(if: parserAvailable || required, "endplay (pip install endplay) is not installed"))
    func demoExport() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let output = workspace.folder.appendingPathComponent("demo")
        let demo = try TallyProcess.run(["demo", "--output", output.path], in: TallyProcess.repository)
        #expect(demo.status == 0, "\(demo.standardError)")
        let read = try TallyProcess.runTool("/usr/bin/env", ["python3", TallyProcess.repository.appendingPathComponent("scripts/read-pbn.py").path,
                                                           output.appendingPathComponent("crec.pbn").path])
        #expect(read.status == 0, "\(read.standardError)")
        let games = try read.standardOutput.split(separator: "\n").map { try JSONDecoder().decode(Game.self, from: Data($0.utf8)) }

        let event = try CompetitionService(databasePath: output.appendingPathComponent("demo.sqlite").path)
            .desk("crec-bridge-teams-2023").bridgeEvent()
        func key(board: Int, deal: String?, contract: String?, declarer: String?, tricks: Int?, score: Int?) -> String {
            "\(board) \(deal ?? "-") \(contract ?? "-") \(declarer ?? "-") \(tricks.map(String.init) ?? "-") \(score.map(String.init) ?? "-")"
        }
        let stored = event.results.map { result in
            key(board: result.board, deal: event.deals[result.board], contract: result.contract?.description,
                declarer: result.contract == .passedOut ? nil : result.declarer?.rawValue,
                tricks: result.contract == .passedOut ? nil : result.tricks, score: result.northSouthScore)
        }
        let parsed = games.map { game in
            key(board: game.board, deal: game.deal, contract: game.contract, declarer: game.declarer, tricks: game.tricks,
                score: game.nsScore)
        }
        #expect(games.count == 2_912)
        #expect(parsed.sorted() == stored.sorted())
    }
}
