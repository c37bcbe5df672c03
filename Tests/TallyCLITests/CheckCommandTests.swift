import Foundation
import Testing

@Suite("tally check")
struct CheckCommandTests {
    @Test("every definition in competitions/ is valid")
    func seedsAreValid() throws {
        let files = try FileManager.default
            .contentsOfDirectory(atPath: TallyProcess.repository.appendingPathComponent("competitions").path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "competitions/\($0)" }
        #expect(files.count >= 2)
        let result = try TallyProcess.run(["check"] + files)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput.contains(
            "competitions/wansheng-craftsman-2023.yaml: ok — skills competition 'wansheng-craftsman-2023', 13 trades, 2 titles"))
    }

    @Test("a broken definition prints every mistake as FILE:LINE:COL on stderr and exits 1")
    func brokenDefinition() throws {
        let fixture = "Tests/CompetitionConfigTests/Fixtures/three-mistakes.yaml"
        let result = try TallyProcess.run(["check", "competitions/crec-bridge-teams-2023.yaml", fixture])
        #expect(result.status == 1)
        #expect(result.standardError == """
            \(fixture):7:5: error: component weights of the default scoring sum to 90; expected 100 (or 1)
            \(fixture):8:86: error: unknown aggregate 'trim-mean'; expected one of: mean, median, trimmed-mean, closest-two
            \(fixture):12:11: error: duplicate trade id 'electrician' (first at line 11)

            """)
        #expect(result.standardOutput.contains("crec-bridge-teams-2023.yaml: ok"))
    }

    @Test("a missing file is invalid input")
    func missingFile() throws {
        let result = try TallyProcess.run(["check", "no-such-file.yaml"])
        #expect(result.status == 1)
        #expect(result.standardError == "no-such-file.yaml:1:1: error: cannot read the file\n")
    }

    @Test("a usage error exits 64", arguments: [["check"], ["no-such-command"], ["check", "--bogus", "x"]])
    func usage(arguments: [String]) throws {
        #expect(try TallyProcess.run(arguments).status == 64)
    }

    @Test("global options are accepted before and after the subcommand")
    func globalOptions() throws {
        let file = "competitions/crec-bridge-teams-2023.yaml"
        #expect(try TallyProcess.run(["--db", "x.sqlite", "-c", "a", "check", file]).status == 0)
        #expect(try TallyProcess.run(["check", file, "--db", "x.sqlite", "--competition", "a"]).status == 0)
    }
}
