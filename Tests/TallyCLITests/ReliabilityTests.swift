import CompetitionModel
import CompetitionService
import CompetitionStore
import Foundation
import SeededRandom
import Testing

/// Crash safety, concurrent judges, officials' roles, verification and backup, through the
/// `tally` binary. Short settings run in CI; `TALLY_RELIABILITY_SCALE=N` multiplies them
/// (docs/reliability.md has the long-run figures).
@Suite("Reliability", .serialized)
struct ReliabilityTests {
    static let scale = max(1, Int(ProcessInfo.processInfo.environment["TALLY_RELIABILITY_SCALE"] ?? "") ?? 1)
    static let definition = TallyProcess.repository
        .appendingPathComponent("Tests/TallyCLITests/Fixtures/reliability/panel-of-eight.yaml").path

    /// A workspace with `entrants` welders registered (codes A0001 …).
    func prepared(entrants: Int) throws -> Workspace {
        let workspace = try Workspace()
        try workspace.tally("init", Self.definition, "--operator", "裁判长")
        let width = 4
        var lines = ["trade,name,organisation,code"]
        for index in 1...entrants {
            lines.append("welder,选手\(index),单位\(index % 30),A\(String(repeating: "0", count: width - String(index).count))\(index)")
        }
        let path = workspace.folder.appendingPathComponent("entrants.csv").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try workspace.tally("entrants", "import", path, "--operator", "录分员")
        return workspace
    }

    func code(_ index: Int) -> String { "A" + String(repeating: "0", count: 4 - String(index).count) + String(index) }

    func verify(_ workspace: Workspace) throws -> VerificationReport {
        try CompetitionService(databasePath: workspace.database).desk(nil).verify()
    }

    @Test("an import killed at any moment leaves the whole file or none of it, and can be run again")
    func killedImports() throws {
        let workspace = try prepared(entrants: 6_000)
        defer { workspace.remove() }
        var lines = ["trade,code,component,judge,mark"]
        for index in 1...6_000 {
            lines.append("welder,\(code(index)),theory,,\(60 + index % 40)")
            for judge in 1...8 { lines.append("welder,\(code(index)),practical,J\(judge),\(70 + (index + judge) % 30)") }
        }
        let marks = workspace.folder.appendingPathComponent("marks.csv").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: marks, atomically: true, encoding: .utf8)
        let total = lines.count - 1

        var generator = SplitMix64(seed: 9)
        var killedMidway = 0
        for _ in 0..<(8 * Self.scale) {
            let running = try TallyProcess.start(["marks", "import", marks, "--operator", "录分员"], in: workspace.folder,
                                                 environment: ["TALLY_DB": workspace.database])
            usleep(UInt32(generator.next(below: 1_500_000)))
            kill(running.process.processIdentifier, SIGKILL)
            let result = running.finish()
            let report = try verify(workspace)
            #expect(report.isConsistent, "\(report.problems.prefix(3))")
            #expect(report.checked == 0 || report.checked == total, "a partial import is visible: \(report.checked) marks")
            if report.checked == total { break }
            if result.status != 0 { killedMidway += 1 }
        }
        #expect(killedMidway > 0, "no import was killed midway; the harness proves nothing")
        let finished = try verify(workspace)
        if finished.checked == 0 {
            try workspace.tally("marks", "import", marks, "--operator", "录分员")
        }
        #expect(try verify(workspace).checked == total)
    }

    @Test("a results import killed at any moment leaves the round's results whole or absent")
    func killedResultsImport() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let seeds = TallyProcess.repository.appendingPathComponent("seeds/crec-bridge")
        try workspace.tally("init", TallyProcess.repository.appendingPathComponent("competitions/crec-bridge-teams-2023.yaml").path)
        try workspace.tally("teams", "import", seeds.appendingPathComponent("teams.csv").path)
        try workspace.tally("round", "pair")
        let results = seeds.appendingPathComponent("results-round1.csv").path
        var generator = SplitMix64(seed: 11)
        for _ in 0..<(8 * Self.scale) {
            let running = try TallyProcess.start(["results", "import", results], in: workspace.folder,
                                                 environment: ["TALLY_DB": workspace.database])
            usleep(UInt32(generator.next(below: 250_000)))
            kill(running.process.processIdentifier, SIGKILL)
            _ = running.finish()
            let report = try verify(workspace)
            #expect(report.isConsistent, "\(report.problems.prefix(3))")
            #expect(report.checked == 0 || report.checked == 416)
            if report.checked == 416 { return }
        }
        try workspace.tally("results", "import", results)
        #expect(try verify(workspace).checked == 416)
    }

    @Test("a correction killed at any moment leaves the old value or the new one, with its audit row")
    func killedCorrections() throws {
        let workspace = try prepared(entrants: 1)
        defer { workspace.remove() }
        try workspace.tally("mark", "--trade", "welder", "--code", "A0001", "--component", "theory", "70", "--operator", "录分员")
        var generator = SplitMix64(seed: 10)
        for attempt in 0..<(10 * Self.scale) {
            let value = String(71 + attempt)
            let running = try TallyProcess.start(
                ["mark", "--trade", "welder", "--code", "A0001", "--component", "theory", value, "--correct",
                 "--reason", "复核", "--operator", "裁判长"],
                in: workspace.folder, environment: ["TALLY_DB": workspace.database])
            usleep(UInt32(generator.next(below: 60_000)))
            kill(running.process.processIdentifier, SIGKILL)
            _ = running.finish()
            let report = try verify(workspace)
            #expect(report.isConsistent, "\(report.problems)")
        }
    }

    @Test("eight judges entering marks at the same moment: every mark stored once, nobody locked out")
    func concurrentJudges() throws {
        let perJudge = 12 * Self.scale
        let workspace = try prepared(entrants: perJudge)
        defer { workspace.remove() }
        let environment = ["TALLY_DB": workspace.database]
        let failures = Failures()
        let group = DispatchGroup()
        for judge in 1...8 {
            group.enter()
            DispatchQueue.global().async {
                defer { group.leave() }
                for index in 1...perJudge {
                    do {
                        let result = try TallyProcess.run(
                            ["mark", "--trade", "welder", "--code", code(index), "--component", "practical", "--judge", "J\(judge)",
                             String(70 + (index * judge) % 30), "--operator", "评委\(judge)"],
                            in: workspace.folder, environment: environment)
                        if result.status != 0 { failures.add(result.standardError) }
                    } catch {
                        failures.add("\(error)")
                    }
                }
            }
        }
        // A reader printing standings meanwhile always sees a consistent state.
        var readings = 0
        while group.wait(timeout: .now()) == .timedOut {
            let result = try TallyProcess.run(["standings", "--format", "json"], in: workspace.folder, environment: environment)
            #expect(result.status == 0, "\(result.standardError)")
            #expect((try? JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))) != nil)
            readings += 1
        }
        #expect(failures.all.isEmpty, "\(failures.all.prefix(3))")
        #expect(readings > 0)
        let report = try verify(workspace)
        #expect(report.isConsistent)
        #expect(report.checked == 8 * perJudge)
        let audit = try workspace.tally("audit", "--format", "json").standardOutput
        #expect(audit.components(separatedBy: "\"mark.enter\"").count - 1 == 8 * perJudge)
    }

    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var messages: [String] = []
        func add(_ message: String) { lock.lock(); messages.append(message); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return messages }
    }

    @Test("officials: a judge marks only their own seat, only the chief judge reveals; refusals are audited")
    func roles() throws {
        let workspace = try prepared(entrants: 1)
        defer { workspace.remove() }
        let other = try workspace.tally("mark", "--trade", "welder", "--code", "A0001", "--component", "practical",
                                        "--judge", "J2", "80", "--operator", "评委1", expect: 2)
        #expect(other.standardError == "error: judge 评委1 sits at J1, not J2\n")
        try workspace.tally("mark", "--trade", "welder", "--code", "A0001", "--component", "practical", "--judge", "J1", "80",
                            "--operator", "评委1")
        let stranger = try workspace.tally("mark", "--trade", "welder", "--code", "A0001", "--component", "theory", "80",
                                           "--operator", "路人", expect: 2)
        #expect(stranger.standardError.contains("'路人' is not a declared official"))
        try workspace.tally("unlock", "--trade", "welder", "--reason", "x", "--operator", "录分员", expect: 2)
        try workspace.tally("reveal", "--trade", "welder", "--operator", "录分员", expect: 2)
        let audit = try workspace.tally("audit", "--format", "json").standardOutput
        #expect(audit.components(separatedBy: "\"action\": \"refused\"").count - 1 == 4)
    }

    @Test("verify finds a mark changed behind tally's back; a backup taken during an import is consistent")
    func verifyAndBackup() throws {
        let workspace = try prepared(entrants: 3_000)
        defer { workspace.remove() }
        var lines = ["trade,code,component,judge,mark"]
        for index in 1...3_000 { for judge in 1...8 { lines.append("welder,\(code(index)),practical,J\(judge),80") } }
        let marks = workspace.folder.appendingPathComponent("marks.csv").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: marks, atomically: true, encoding: .utf8)
        let importing = try TallyProcess.start(["marks", "import", marks, "--operator", "录分员"], in: workspace.folder,
                                               environment: ["TALLY_DB": workspace.database])
        let copy = workspace.folder.appendingPathComponent("copy.sqlite").path
        try workspace.tally("backup", copy)
        #expect(importing.finish().status == 0)
        let report = try CompetitionService(databasePath: copy).desk(nil).verify()
        #expect(report.isConsistent)
        #expect(report.checked == 0 || report.checked == 24_000)

        try workspace.tally("verify")
        let database = try TallyDatabase(path: workspace.database)
        try database.tamperForTesting(sql: "UPDATE mark SET value = '99' WHERE judge = 3 AND entrantId = (SELECT MIN(entrantId) FROM mark)")
        let tampered = try workspace.tally("verify", expect: 3)
        #expect(tampered.standardError.contains("stored 99 but the audit trail's last value is 80"))
    }
}
