import Foundation
import Testing

/// A Swiss that never strands its director (bridge spec §6, issue 21), through the command
/// line: the refusal names the ways forward, each of which is an audited decision.
@Suite("Swiss director's decisions", .serialized)
struct SwissDirectorCLITests {
    /// Five teams after three rounds that leave round 4 with no legal pairing: round 1 1–2,
    /// 3–4 (bye 5); the director's rounds 2 (2–3, 4–5, bye 1) and 3 (1–4, 2–5, bye 3). Only
    /// teams 2 and 4 have not sat out, and neither can without a rematch.
    func stranded() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.tally("init", BridgeWorkflowTests.fixtures.appendingPathComponent("swiss-5.yaml").path)
        try workspace.tally("teams", "import", try BridgeWorkflowTests().writeTeams(5, in: workspace))
        try workspace.tally("round", "pair")
        try play(round: 1, in: workspace)
        try workspace.tally("round", "set", "2", "--match", "2-3", "--match", "4-5", "--bye", "1", "--reason", "抽签失误更正")
        try play(round: 2, in: workspace)
        try workspace.tally("round", "set", "3", "--match", "1-4", "--match", "2-5", "--bye", "3", "--reason", "迟到队伍")
        try play(round: 3, in: workspace)
        return workspace
    }

    /// Enters a result for every team of `round` (board = round number).
    func play(round: Int, in workspace: Workspace) throws {
        let json = try workspace.tally("round", "show", String(round), "--format", "json").standardOutput
        let pairing = try JSONDecoder().decode(BridgeWorkflowTests.Pairing.self, from: Data(json.utf8))
        var rows = ["round,board,team,seat,contract,declarer,tricks"]
        for (index, match) in pairing.matches.enumerated() {
            rows.append("\(round),\(round),\(match.home),NS,3NT,S,\(9 + (index + round) % 2)")
            rows.append("\(round),\(round),\(match.away),NS,3NT,S,8")
        }
        let file = workspace.folder.appendingPathComponent("r\(round).csv").path
        try (rows.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        try workspace.tally("results", "import", file)
    }

    @Test("no legal pairing: refused with the teams and the three ways forward, nothing stored")
    func refusalNamesTheWaysForward() throws {
        let workspace = try stranded()
        defer { workspace.remove() }
        let refused = try workspace.tally("round", "pair", expect: 2)
        #expect(refused.standardError.contains("round 4: no legal pairing"), "\(refused.standardError)")
        #expect(refused.standardError.contains("--allow-rematches --reason R"))
        #expect(refused.standardError.contains("--allow-second-bye --reason R"))
        #expect(refused.standardError.contains("tally round set 4 --match H-A"))
        try workspace.tally("round", "show", "4", expect: 2)           // nothing stored
        let audit = try workspace.tally("audit", "--format", "json").standardOutput
        #expect(audit.contains("\"refused\""))
        // The flags need a reason, and are refused while a legal pairing exists.
        try workspace.tally("round", "pair", "--allow-rematches", expect: 64)
    }

    @Test("the flags are refused while a legal pairing exists, and in round 1")
    func flagsOnlyWhenStranded() throws {
        let workspace = try BridgeWorkflowTests().pairedSwiss()
        defer { workspace.remove() }
        try workspace.tally("results", "import", PBNFromOtherProgramsTests.folder.appendingPathComponent("round1.csv").path)
        let refused = try workspace.tally("round", "pair", "--allow-rematches", "--reason", "r", expect: 2)
        #expect(refused.standardError.contains("round 2 has a legal pairing; pair it without --allow-rematches"))
        try workspace.tally("round", "pair", "--allow-second-bye", "--reason", "r", expect: 2)
        try workspace.tally("round", "pair")
    }

    @Test("--allow-second-bye: no rematch, a team sits out again; audited with the reason")
    func secondBye() throws {
        let workspace = try stranded()
        defer { workspace.remove() }
        let paired = try workspace.tally("round", "pair", "--allow-second-bye", "--reason", "裁判长决定：第二次轮空",
                                         "--format", "json").standardOutput
        let pairing = try JSONDecoder().decode(BridgeWorkflowTests.Pairing.self, from: Data(paired.utf8))
        #expect(pairing.matches.count == 2)
        #expect([1, 3, 5].contains(pairing.bye ?? 0))
        let meetings = Set(pairing.matches.map { Set([$0.home, $0.away]) })
        let met: Set<Set<Int>> = [[1, 2], [3, 4], [2, 3], [4, 5], [1, 4], [2, 5]]
        #expect(meetings.isDisjoint(with: met))
        let audit = try workspace.tally("audit", "--format", "json").standardOutput
        #expect(audit.contains("second bye allowed") && audit.contains("裁判长决定：第二次轮空"))
    }

    @Test("--allow-rematches: the fewest rematches, no second bye while a fresh team can sit out")
    func rematches() throws {
        let workspace = try stranded()
        defer { workspace.remove() }
        let paired = try workspace.tally("round", "pair", "--allow-rematches", "--reason", "裁判长决定：允许重复对阵",
                                         "--format", "json").standardOutput
        let pairing = try JSONDecoder().decode(BridgeWorkflowTests.Pairing.self, from: Data(paired.utf8))
        #expect([2, 4].contains(pairing.bye ?? 0))     // a team that has not sat out
        let met: Set<Set<Int>> = [[1, 2], [3, 4], [2, 3], [4, 5], [1, 4], [2, 5]]
        #expect(pairing.matches.filter { met.contains([$0.home, $0.away]) }.count == 1)
        let audit = try workspace.tally("audit", "--format", "json").standardOutput
        #expect(audit.contains("rematches allowed: 1"))
    }

    @Test("round set checks every team once and refuses a rematch or second bye without its flag; unpair only without results")
    func setAndUnpair() throws {
        let workspace = try stranded()
        defer { workspace.remove() }
        let before = try workspace.dump()
        try workspace.tally("round", "set", "4", "--match", "1-3", "--bye", "2", "--reason", "r", expect: 1)            // 4, 5 not placed
        try workspace.tally("round", "set", "4", "--match", "1-3", "--match", "1-5", "--bye", "2", "--reason", "r", expect: 1)
        try workspace.tally("round", "set", "4", "--match", "1-3", "--match", "2-4", "--bye", "5", "--reason", "r", expect: 2)
        let rematch = try workspace.tally("round", "set", "4", "--match", "1-2", "--match", "3-5", "--bye", "4", "--reason", "r", expect: 2)
        #expect(rematch.standardError.contains("1-2 met before; give --allow-rematches"), "\(rematch.standardError)")
        try workspace.tally("round", "set", "5", "--match", "1-3", "--match", "2-4", "--bye", "5", "--reason", "r", expect: 2)
        #expect(try workspace.dump().components(separatedBy: "round.set").count == before.components(separatedBy: "round.set").count)
        try workspace.tally("round", "set", "4", "--match", "1-3", "--match", "2-4", "--bye", "5", "--allow-second-bye",
                            "--reason", "裁判长安排")
        // Withdrawn while it has no result; not an earlier round, not once results are in.
        try workspace.tally("round", "unpair", "3", "--reason", "r", expect: 2)
        try workspace.tally("round", "unpair", "4", "--reason", "抽签有误")
        try workspace.tally("round", "show", "4", expect: 2)
        try workspace.tally("round", "set", "4", "--match", "1-3", "--match", "2-4", "--bye", "5", "--allow-second-bye",
                            "--reason", "裁判长安排")
        try play(round: 4, in: workspace)
        try workspace.tally("round", "unpair", "4", "--reason", "r", expect: 2)
        let audit = try workspace.tally("audit", "--format", "json").standardOutput
        #expect(audit.contains("\"round.unpair\"") && audit.contains("抽签有误"))
        try workspace.tally("verify")
    }

    @Test("avoid-same-organisation: rounds 2 … K + 1 keep teams of one organisation apart while a legal pairing allows")
    func avoidSameOrganisation() throws {
        func round2(avoid: Int) throws -> [Set<Int>] {
            let workspace = try Workspace()
            defer { workspace.remove() }
            let definition = try String(contentsOf: BridgeWorkflowTests.fixtures.appendingPathComponent("swiss-5.yaml"), encoding: .utf8)
                .replacingOccurrences(of: "teams: 5", with: "teams: 6")
                .replacingOccurrences(of: "  victory-points: wbf-2013", with: "  victory-points: wbf-2013\n  avoid-same-organisation: \(avoid)")
            let file = workspace.folder.appendingPathComponent("swiss-6.yaml").path
            try definition.write(toFile: file, atomically: true, encoding: .utf8)
            try workspace.tally("init", file)
            // Teams 1 and 3 are one organisation, 2 and 4 another.
            let teams = ["number,name,organisation,players", "1,甲一队,甲公司,a;b", "2,乙一队,乙公司,c;d", "3,甲二队,甲公司,e;f",
                         "4,乙二队,乙公司,g;h", "5,丙队,丙公司,i;j", "6,丁队,丁公司,k;l"]
            let teamsFile = workspace.folder.appendingPathComponent("teams.csv").path
            try (teams.joined(separator: "\n") + "\n").write(toFile: teamsFile, atomically: true, encoding: .utf8)
            try workspace.tally("teams", "import", teamsFile)
            try workspace.tally("round", "pair")
            // 1, 3 and 5 win round 1 by different margins: the standings are 1, 3, 5, …
            let rows = ["round,board,team,seat,contract,declarer,tricks",
                        "1,1,1,NS,3NT,S,13", "1,1,2,NS,3NT,S,7", "1,1,3,NS,3NT,S,12", "1,1,4,NS,3NT,S,7",
                        "1,1,5,NS,3NT,S,11", "1,1,6,NS,3NT,S,7"]
            let results = workspace.folder.appendingPathComponent("r1.csv").path
            try (rows.joined(separator: "\n") + "\n").write(toFile: results, atomically: true, encoding: .utf8)
            try workspace.tally("results", "import", results)
            let json = try workspace.tally("round", "pair", "--format", "json").standardOutput
            return try JSONDecoder().decode(BridgeWorkflowTests.Pairing.self, from: Data(json.utf8)).matches.map { [$0.home, $0.away] }
        }
        #expect(try round2(avoid: 0).contains([1, 3]))           // high against high: the two 甲公司 teams
        let avoiding = try round2(avoid: 1)
        #expect(!avoiding.contains([1, 3]) && !avoiding.contains([2, 4]), "\(avoiding)")
    }
}
