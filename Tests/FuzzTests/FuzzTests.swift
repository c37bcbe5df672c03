import BridgeInterchange
import BridgeScoring
import CSVReading
import CompetitionConfig
import CompetitionService
import CompetitionStore
import Diagnostics
import Foundation
import SkillsScoring
import Testing

/// The repository root.
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

func repositoryFile(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: repository.appendingPathComponent(path)))
}

/// Every file of the regression corpus whose name starts with `prefix`.
func corpus(_ prefix: String) throws -> [[UInt8]] {
    let folder = repository.appendingPathComponent("Tests/FuzzTests/Corpus")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        .filter { $0.hasPrefix(prefix) }
        .map { Array(try Data(contentsOf: folder.appendingPathComponent($0))) }
}

func temporaryFile(_ bytes: [UInt8], suffix: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString)\(suffix)").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
}

@Suite("Hostile input: mutated files never crash, hang or half-write")
struct FuzzTests {
    @Test("competition definitions", .timeLimit(.minutes(5)))
    func definitions() throws {
        let seeds = [try repositoryFile("competitions/wansheng-craftsman-2023.yaml"),
                     try repositoryFile("competitions/crec-bridge-teams-2023.yaml")] + (try corpus("yaml-"))
        var mutator = Mutator(seed: 1)
        var valid = 0
        for run in 0..<fuzzRuns(1_500) {
            let input = mutator.mutate(seeds[run % seeds.count])
            do {
                _ = try DefinitionLoader.parse(yaml: String(decoding: input, as: UTF8.self), file: "fuzz.yaml")
                valid += 1
            } catch {
                #expect(!error.diagnostics.isEmpty)
                #expect(error.diagnostics.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
            }
        }
        #expect(valid < fuzzRuns(1_500))     // the mutator does break things
    }

    @Test("CSV files", .timeLimit(.minutes(5)))
    func csv() throws {
        let seeds = [try repositoryFile("seeds/wansheng/marks.csv").prefix(4_000).map { $0 },
                     try repositoryFile("seeds/wansheng/entrants.csv").prefix(3_000).map { $0 }] + (try corpus("csv-"))
        var mutator = Mutator(seed: 2)
        for run in 0..<fuzzRuns(1_500) {
            let path = try temporaryFile(mutator.mutate(seeds[run % seeds.count]), suffix: ".csv")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let outcome = readAll(path)
            #expect(outcome.error.map { $0.line >= 0 } ?? true)
            #expect(zip(outcome.lines, outcome.lines.dropFirst()).allSatisfy { $0 < $1 })
        }
    }

    /// Reads every record of a CSV file: the lines of the records read, and the error that
    /// stopped the reading, if any.
    private func readAll(_ path: String) -> (lines: [Int], error: CSVError?) {
        var lines: [Int] = []
        do {
            let reader = try CSVReader(path: path)
            while let record = try reader.next() { lines.append(record.line) }
            return (lines, nil)
        } catch {
            return (lines, error)
        }
    }

    @Test("PBN files", .timeLimit(.minutes(5)))
    func pbn() throws {
        let seeds = [try repositoryFile("seeds/crec-bridge/deals.pbn").prefix(3_000).map { $0 },
                     try repositoryFile("Tests/TallyCLITests/Golden/bridge-usebio.xml").prefix(500).map { $0 }]
            + (try corpus("pbn-"))
        var mutator = Mutator(seed: 3)
        for run in 0..<fuzzRuns(3_000) {
            let text = String(decoding: mutator.mutate(seeds[run % seeds.count]), as: UTF8.self)
            for form in [MatchForm.robot, .teamsOfFour] {
                let (results, _) = PBNReader.results(in: text, file: "fuzz.pbn", form: form)
                for result in results { _ = try? result.entry.computedNorthSouthScore() }
            }
            let (deals, _) = PBNReader.deals(in: text, file: "fuzz.pbn")
            for deal in deals.values { #expect(PBNDeal.problem(in: deal) == nil) }
        }
    }

    /// Mutated marks files imported into a real database: a refused file leaves it exactly
    /// as it was; an accepted one can always be scored.
    @Test("marks imports into a database", .timeLimit(.minutes(10)))
    func marksImports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-db-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let databasePath = folder.appendingPathComponent("f.sqlite").path
        let service = try CompetitionService(databasePath: databasePath, clock: { "2023-02-15T09:00:00Z" }, createIfMissing: true)
        _ = try service.loadDefinition(file: repository.appendingPathComponent("competitions/wansheng-craftsman-2023.yaml").path,
                                       operator: "fuzz")
        let desk = try service.desk(nil)
        let competition = desk.competition
        let database = try TallyDatabase(path: databasePath)
        _ = try desk.importEntrants(file: repository.appendingPathComponent("seeds/wansheng/entrants.csv").path,
                                    displayName: "entrants.csv", seed: 20230215, operator: "fuzz")
        let marks = try repositoryFile("seeds/wansheng/marks.csv")
        let lines = marks.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var mutator = Mutator(seed: 4)
        var accepted = 0
        for run in 0..<fuzzRuns(150) {
            // A slice of rows after the header, mutated.
            let start = 1 + (run * 37) % max(1, lines.count - 40)
            let slice = [lines[0]] + lines[start..<min(lines.count, start + 30)]
            let input = mutator.mutate(Array(slice.joined(separator: [UInt8(ascii: "\n")])))
            let path = try temporaryFile(input, suffix: ".csv")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let before = try database.dump()
            do {
                _ = try desk.importMarks(file: path, displayName: "fuzz.csv", operator: "fuzz")
                accepted += 1
                for published in try database.snapshots(competition: competition) {
                    _ = TradeScorer(trade: published.trade.id, rules: published.trade.rules).score(published.records)
                }
            } catch is InputRejection {
                #expect(try database.dump() == before)
            } catch is RuleRefusal {
                #expect(try database.dump() == before)
            }
        }
        #expect(accepted < fuzzRuns(150))
    }

    @Test("every corpus input that once failed is still handled")
    func regressionCorpus() throws {
        for input in try corpus("") {
            let text = String(decoding: input, as: UTF8.self)
            _ = try? DefinitionLoader.parse(yaml: text, file: "corpus")
            _ = PBNReader.results(in: text, file: "corpus", form: .robot)
            let path = try temporaryFile(input, suffix: ".csv")
            defer { try? FileManager.default.removeItem(atPath: path) }
            if let reader = try? CSVReader(path: path) { while (try? reader.next()) != nil {} }
        }
    }
}
