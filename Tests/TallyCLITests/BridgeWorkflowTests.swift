import BridgeScoring
import Foundation
import SeededRandom
import Testing

/// Bridge events driven through the `tally` binary with generated results.
@Suite("Bridge workflow, end to end", .serialized)
struct BridgeWorkflowTests {
    static let fixtures = TallyProcess.repository.appendingPathComponent("Tests/TallyCLITests/Fixtures/bridge")

    /// Writes a teams file of `count` teams of four (the first three of five).
    func writeTeams(_ count: Int, in workspace: Workspace) throws -> String {
        var lines = ["number,name,organisation,players"]
        for team in 1...count {
            let players = (1...(team <= 3 ? 5 : 4)).map { "队员\(team)-\($0)" }.joined(separator: "、")
            lines.append("\(team),中铁\(team)局队,中铁\(team)局,\(players)")
        }
        let path = workspace.folder.appendingPathComponent("teams.csv").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    struct Pairing: Decodable {
        struct Match: Decodable { var table: Int; var home: Int; var away: Int }
        var round: Int
        var matches: [Match]
        var bye: Int?
    }

    struct StandingsJSON: Decodable {
        struct Entry: Decodable {
            var rank: Int
            var team: Int
            var vp: Double
            var impsWon: Int
            var impsLost: Int
            var byes: Int
            var award: String?
            var qualified: Bool
            enum CodingKeys: String, CodingKey {
                case rank, team, vp, byes, award, qualified
                case impsWon = "imps-won", impsLost = "imps-lost"
            }
        }
        var entries: [Entry]
        var provisional: Bool
    }

    /// The IMP scale written out again here, independently of the engine (Law 78B).
    static func imps(_ difference: Int) -> Int {
        let bounds = [20, 50, 90, 130, 170, 220, 270, 320, 370, 430, 500, 600, 750, 900, 1100, 1300, 1500, 1750,
                      2000, 2250, 2500, 3000, 3500, 4000]
        let count = bounds.filter { $0 <= abs(difference) }.count
        return difference < 0 ? -count : count
    }

    @Test("a 27-team, 7-round robot Swiss: no rematch, one bye each, standings as computed independently")
    func seedSizedSwiss() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.tally("init", TallyProcess.repository.appendingPathComponent("competitions/crec-bridge-teams-2023.yaml").path)
        try workspace.tally("teams", "import", try writeTeams(27, in: workspace))
        var generator = SplitMix64(seed: 27)
        var met: Set<Set<Int>> = []
        var byes: [Int] = []
        var vp: [Int: Int] = [:], won: [Int: Int] = [:], lost: [Int: Int] = [:]
        let table = VictoryPointTable(scale: .wbf2013, boards: 8)
        for round in 1...7 {
            let output = try workspace.tally("round", "pair", "--format", "json").standardOutput
            let pairing = try JSONDecoder().decode(Pairing.self, from: Data(output.utf8))
            #expect(pairing.round == round)
            var placed = pairing.matches.flatMap { [$0.home, $0.away] }
            if let bye = pairing.bye {
                #expect(!byes.contains(bye), "team \(bye) had a second bye")
                byes.append(bye)
                placed.append(bye)
                vp[bye, default: 0] += 1200
            }
            #expect(placed.sorted() == Array(1...27))
            // Each team's own-side score at its NS and EW tables, in tens.
            var rows = ["round,board,team,seat,score"]
            var own: [Int: [Int: Int]] = [:]     // team → board → own score
            for match in pairing.matches {
                #expect(met.insert([match.home, match.away]).inserted, "rematch \(match.home)–\(match.away)")
                for team in [match.home, match.away] {
                    for board in (8 * round - 7)...(8 * round) {
                        for seat in ["NS", "EW"] {
                            let score = 10 * (generator.next(below: 301) - 150)
                            rows.append("\(round),\(board),\(team),\(seat),\(score)")
                            own[team, default: [:]][board, default: 0] += score
                        }
                    }
                }
                var margin = 0, homeWon = 0, homeLost = 0
                for board in (8 * round - 7)...(8 * round) {
                    let imps = Self.imps(own[match.home]![board]! - own[match.away]![board]!)
                    margin += imps
                    if imps > 0 { homeWon += imps } else { homeLost -= imps }
                }
                vp[match.home, default: 0] += table.victoryPoints(margin: margin)
                vp[match.away, default: 0] += table.victoryPoints(margin: -margin)
                won[match.home, default: 0] += homeWon; lost[match.home, default: 0] += homeLost
                won[match.away, default: 0] += homeLost; lost[match.away, default: 0] += homeWon
            }
            let file = workspace.folder.appendingPathComponent("round\(round).csv").path
            try (rows.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
            if round < 7 {
                // Pairing the next round before the results are in is refused.
                try workspace.tally("round", "pair", expect: 2)
            }
            try workspace.tally("results", "import", file)
        }
        #expect(byes.count == 7)
        let output = try workspace.tally("standings", "--format", "json").standardOutput
        let standings = try JSONDecoder().decode(StandingsJSON.self, from: Data(output.utf8))
        #expect(!standings.provisional)
        #expect(standings.entries.count == 27)
        for entry in standings.entries {
            #expect(Int((entry.vp * 100).rounded()) == vp[entry.team], "VPs of team \(entry.team)")
            #expect(entry.impsWon == won[entry.team, default: 0], "IMPs won by team \(entry.team)")
            #expect(entry.impsLost == lost[entry.team, default: 0], "IMPs lost by team \(entry.team)")
        }
        #expect(zip(standings.entries, standings.entries.dropFirst()).allSatisfy { $0.vp >= $1.vp })
        #expect(standings.entries.filter { $0.award != nil }.count == 6)
        #expect(standings.entries.filter(\.qualified).count == 12)
        try workspace.tally("round", "pair", expect: 2)     // all 7 rounds are paired
        let awards = try workspace.tally("awards", "--format", "json").standardOutput
        #expect(awards.contains("\"players\""))
    }

    @Test("an 8-team round robin in two rooms: 7 rounds, every pair once")
    func roundRobin() throws {
        let workspace = try playedRoundRobin { met in
            #expect(met.count == 28)
        }
        defer { workspace.remove() }
        try workspace.tally("round", "pair", expect: 2)
        let standings = try JSONDecoder().decode(StandingsJSON.self, from: Data(
            try workspace.tally("standings", "--format", "json").standardOutput.utf8))
        #expect(standings.entries.count == 8)
        #expect(standings.entries.filter(\.qualified).count >= 4)
        try workspace.tally("crosstable")
        try workspace.tally("export", "usebio")
    }

    /// An 8-team round robin in two rooms played to its last round with seeded random results;
    /// `check` sees every pair of teams that met.
    func playedRoundRobin(check: (Set<Set<Int>>) -> Void = { _ in }) throws -> Workspace {
        let workspace = try Workspace()
        try workspace.tally("init", Self.fixtures.appendingPathComponent("round-robin-8.yaml").path)
        try workspace.tally("teams", "import", try writeTeams(8, in: workspace))
        var met: Set<Set<Int>> = []
        var generator = SplitMix64(seed: 8)
        for round in 1...7 {
            let output = try workspace.tally("round", "pair", "--format", "json").standardOutput
            let pairing = try JSONDecoder().decode(Pairing.self, from: Data(output.utf8))
            #expect(pairing.matches.count == 4)
            #expect(pairing.bye == nil)
            var rows = ["round,board,table,room,contract,declarer,tricks"]
            for match in pairing.matches {
                #expect(met.insert([match.home, match.away]).inserted)
                for board in 1...6 {
                    for room in ["open", "closed"] {
                        let level = 1 + generator.next(below: 4)
                        let tricks = min(13, 5 + level + generator.next(below: 4))
                        rows.append("\(round),\(board),\(match.table),\(room),\(level)NT,\(["N", "E", "S", "W"][generator.next(below: 4)]),\(tricks)")
                    }
                }
            }
            let file = workspace.folder.appendingPathComponent("rr\(round).csv").path
            try (rows.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
            try workspace.tally("results", "import", file)
        }
        check(met)
        return workspace
    }

    /// A fresh 9-team Swiss with its teams registered and round 1 paired, no results.
    func pairedSwiss() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.tally("init", Self.fixtures.appendingPathComponent("swiss-9.yaml").path)
        try workspace.tally("teams", "import", try writeTeams(9, in: workspace))
        try workspace.tally("round", "pair")
        return workspace
    }

    /// A 9-team Swiss with round 1 paired and its results in, as PBN.
    func swissWithPBN() throws -> (Workspace, String) {
        let workspace = try Workspace()
        try workspace.tally("init", Self.fixtures.appendingPathComponent("swiss-9.yaml").path)
        try workspace.tally("teams", "import", try writeTeams(9, in: workspace))
        try workspace.tally("round", "pair")
        var rows = ["round,board,team,seat,contract,declarer,tricks"]
        let contracts = ["4S", "3NT", "2HX", "Pass", "6D", "1NT", "4HXX", "5C"]
        for team in 1...8 {
            for board in 1...4 {
                let contract = contracts[(team + board) % contracts.count]
                rows.append("1,\(board),\(team),\(team % 2 == 0 ? "NS" : "EW"),\(contract),\(["N", "E", "S", "W"][(team * board) % 4]),\(contract == "Pass" ? 0 : 7 + (team + 2 * board) % 6)")
            }
        }
        let file = workspace.folder.appendingPathComponent("r1.csv").path
        try (rows.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        try workspace.tally("results", "import", file)
        let pbn = workspace.folder.appendingPathComponent("event.pbn").path
        try workspace.tally("export", "pbn", "--output", pbn)
        return (workspace, pbn)
    }

    @Test("PBN written by tally reads back into the same results, and is written again byte for byte")
    func pbnRoundTrip() throws {
        let (first, pbn) = try swissWithPBN()
        defer { first.remove() }
        let exported = try String(contentsOfFile: pbn, encoding: .utf8)
        #expect(exported.hasPrefix("% PBN 2.1\n"))
        #expect(exported.contains("[Result \""))

        let second = try pairedSwiss()

        defer { second.remove() }
        try second.tally("results", "import", pbn)
        let again = second.folder.appendingPathComponent("again.pbn").path
        try second.tally("export", "pbn", "--output", again)
        #expect(try String(contentsOfFile: again, encoding: .utf8) == exported)
        #expect(try second.tally("standings", "--format", "json").standardOutput
                == first.tally("standings", "--format", "json").standardOutput)
    }

    @Test("a PBN result whose teams did not meet at its table is refused, naming the line and both pairs")
    func pbnTeamsAgainstPairing() throws {
        let (workspace, pbn) = try swissWithPBN()
        defer { workspace.remove() }
        let text = try String(contentsOfFile: pbn, encoding: .utf8)
        let pairing = try workspace.tally("round", "show", "--format", "json").standardOutput
        #expect(!pairing.isEmpty)
        // The first record's visiting team replaced by its home team's opponent at another table.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let visitLine = try #require(lines.firstIndex { $0.hasPrefix("[VisitTeam ") })
        let homeLine = try #require(lines.firstIndex { $0.hasPrefix("[HomeTeam ") })
        let home = lines[homeLine].dropFirst("[HomeTeam \"".count).dropLast(2)
        let other = (1...9).map(String.init).first { $0 != home && "[VisitTeam \"\($0)\"]" != lines[visitLine] }!
        var changed = lines
        changed[visitLine] = "[VisitTeam \"\(other)\"]"
        let bad = workspace.folder.appendingPathComponent("bad.pbn").path
        try changed.joined(separator: "\n").write(toFile: bad, atomically: true, encoding: .utf8)
        let target = try pairedSwiss()
        defer { target.remove() }
        let before = try target.dump()
        let result = try target.tally("results", "import", bad, expect: 1)
        let firstRecord = try #require(lines.firstIndex { $0.hasPrefix("[Event ") }) + 1
        #expect(result.standardError.contains("\(bad):\(firstRecord): error: HomeTeam \(home) and VisitTeam \(other)"),
                "\(result.standardError)")
        #expect(result.standardError.contains("has team"), "\(result.standardError)")
        #expect(try target.dump() == before)
    }

    @Test("a PBN file or a CSV with no result at all is an error, not \"0 imported\"", arguments: [
        ("empty.pbn", "% PBN 2.1\r\n[Event \"x\"]\r\n"), ("header.csv", "round,board,team,seat,contract,declarer,tricks\n"),
    ])
    func emptyResults(name: String, text: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.tally("init", Self.fixtures.appendingPathComponent("swiss-9.yaml").path)
        let file = workspace.folder.appendingPathComponent(name).path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try workspace.tally("results", "import", file, expect: 1)
        #expect(result.standardError.hasPrefix("\(file): error: the file holds no result"), "\(result.standardError)")
        let deals = try workspace.tally("deals", "import", file, expect: 1)
        #expect(deals.standardError.contains("holds no deal") || name.hasSuffix(".csv"), "\(deals.standardError)")
    }

    static let refusedPBN: [(String, String, String)] = [
        ("an over/undertrick count as Result", "[Result \"10\"]", "[Result \"-1\"]"),
        ("a Dealer that contradicts the board", "[Dealer \"N\"]", "[Dealer \"E\"]"),
        ("a Vulnerable that contradicts the board", "[Vulnerable \"None\"]", "[Vulnerable \"All\"]"),
        ("a round not paired", "[Round \"1\"]", "[Round \"2\"]"),
    ]

    @Test("a PBN file with a bad record is refused with the line, and nothing is written", arguments: refusedPBN)
    func refusedPBNRecords(what: String, original: String, replacement: String) throws {
        let (workspace, pbn) = try swissWithPBN()
        defer { workspace.remove() }
        var text = try String(contentsOfFile: pbn, encoding: .utf8)
        // Use board 1 of the first record: N deals, nobody vulnerable.
        guard let range = text.range(of: original) else {
            Issue.record("\(original) not in the export")
            return
        }
        text.replaceSubrange(range, with: replacement)
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        let bad = workspace.folder.appendingPathComponent("bad.pbn").path
        try text.write(toFile: bad, atomically: true, encoding: .utf8)
        // A fresh event with round 1 paired and no results: the import must be refused whole.
        let target = try pairedSwiss()
        defer { target.remove() }
        let before = try target.dump()
        let result = try target.tally("results", "import", bad, expect: 1)
        let recordLine = replacement.hasPrefix("[Round") ? nil : line
        if let recordLine {
            #expect(result.standardError.hasPrefix("\(bad):\(recordLine): error: "), "\(what): \(result.standardError)")
        } else {
            #expect(result.standardError.contains("round 2 is not paired yet"), "\(what): \(result.standardError)")
        }
        #expect(try target.dump() == before)
    }

    @Test("a result for a team not in the round's pairing is refused, and nothing is written")
    func unpairedTeam() throws {
        let (workspace, _) = try swissWithPBN()
        defer { workspace.remove() }
        let before = try workspace.dump()
        let file = workspace.folder.appendingPathComponent("bye.csv").path
        try "round,board,team,seat,contract,declarer,tricks\n1,1,9,NS,3NT,N,9\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try workspace.tally("results", "import", file, expect: 1)
        #expect(result.standardError == "\(file):2: error: team 9 is not paired in round 1\n")
        #expect(try workspace.dump() == before)
    }

    @Test("a correction keeps the old result in the audit trail")
    func correction() throws {
        let (workspace, _) = try swissWithPBN()
        defer { workspace.remove() }
        try workspace.tally("result", "--round", "1", "--board", "1", "--team", "2", "--seat", "NS", "3NT", "N", "10", expect: 1)
        try workspace.tally("result", "--round", "1", "--board", "1", "--team", "2", "--seat", "NS", "3NT", "N", "10",
                            "--correct", "--reason", "记录员更正")
        let audit = try workspace.tally("audit", "--format", "json").standardOutput
        #expect(audit.contains("\"action\": \"result.correct\""))
        #expect(audit.contains("\"reason\": \"记录员更正\""))
    }

    @Test("human-readable sheets match their golden files")
    func goldenSheets() throws {
        let (workspace, _) = try swissWithPBN()
        defer { workspace.remove() }
        try expectGolden(try workspace.tally("round", "show", "1").standardOutput, "bridge-round.txt")
        try expectGolden(try workspace.tally("standings").standardOutput, "bridge-standings.txt")
        try expectGolden(try workspace.tally("matches", "--round", "1", "--table", "1").standardOutput, "bridge-match-sheet.txt")
        try expectGolden(try workspace.tally("crosstable", "--format", "markdown").standardOutput, "bridge-crosstable.md")
        try expectGolden(try workspace.tally("export", "usebio").standardOutput, "bridge-usebio.xml")
    }
}

@Suite("Withdrawals", .serialized)
struct WithdrawalTests {
    @Test("a withdrawn team is not paired again in a Swiss, and forfeits its scheduled round-robin matches")
    func withdrawals() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.tally("init", BridgeWorkflowTests.fixtures.appendingPathComponent("round-robin-8.yaml").path)
        var lines = ["number,name,players"]
        for team in 1...8 { lines.append("\(team),队\(team),甲\(team)、乙\(team)、丙\(team)、丁\(team)") }
        let teams = workspace.folder.appendingPathComponent("teams.csv").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: teams, atomically: true, encoding: .utf8)
        try workspace.tally("teams", "import", teams)
        try workspace.tally("teams", "withdraw", "3", "--reason", "退赛")
        try workspace.tally("round", "pair")
        let sheets = try workspace.tally("matches", "--round", "1", "--format", "json").standardOutput
        #expect(sheets.contains("\"forfeit\": 3"))
        let audit = try workspace.tally("audit", "--format", "json").standardOutput
        #expect(audit.contains("\"action\": \"team.withdraw\""))
    }
}
