import CompetitionConfig
import CompetitionStore
import ExactNumbers
import Foundation
import SkillsScoring
import Testing

/// The store on temporary databases: what goes in comes out, refusals write nothing, and
/// the audit trail holds every change.
@Suite("Skills store")
struct SkillsStoreTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TallyCLITests/Fixtures/skills")

    /// A database with the small competition loaded and its entrants drawn.
    func prepared() throws -> (TallyDatabase, StoredCompetition, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = try TallyDatabase(path: folder.appendingPathComponent("t.sqlite").path, clock: { "2023-02-15T09:00:00Z" })
        let path = Self.fixtures.appendingPathComponent("small-skills.yaml").path
        let definition = try DefinitionLoader.load(path: path)
        #expect(try database.store(definition, source: try String(contentsOfFile: path, encoding: .utf8), operator: "t") == .created)
        let competition = try database.competition(nil)
        _ = try database.importEntrants(path: Self.fixtures.appendingPathComponent("entrants.csv").path,
                                        displayName: "entrants.csv", competition: competition, seed: 2023, operator: "t")
        return (database, competition, folder)
    }

    @Test("imported marks come back as the engine's records, exactly")
    func roundTrip() throws {
        let (database, competition, folder) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try database.importMarks(path: Self.fixtures.appendingPathComponent("marks.csv").path,
                                               displayName: "marks.csv", competition: competition, operator: "t")
        #expect(summary.rows == 48)
        let snapshot = try #require(try database.snapshots(competition: competition, trade: "electrician").first)
        #expect(snapshot.records.count == 7)
        let first = try #require(snapshot.records.first { $0.code == "A01" })
        #expect(first.marks.count == 4)
        #expect(first.marks.contains(Mark(component: "theory", value: 90)))
        #expect(first.marks.contains(Mark(component: "practical", judge: 2, value: 90)))
        #expect(!snapshot.isLocked && !snapshot.isRevealed)
    }

    @Test("a correction keeps the old value in the audit trail; verify agrees")
    func correction() throws {
        let (database, competition, folder) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entry = MarkEntry(trade: "electrician", code: "A01", slot: MarkSlot(component: "theory"), value: Rational(decimal: "88.5")!)
        try database.enterMark(entry, correcting: nil, competition: competition, operator: "desk")
        var corrected = entry
        corrected.value = 89
        try database.enterMark(corrected, correcting: "复核", competition: competition, operator: "chief")
        let trail = try database.auditTrail(competition: competition.id, trade: "electrician")
        let last = try #require(trail.last)
        #expect(last.action == "mark.correct")
        #expect(last.oldValue == "88.5" && last.newValue == "89" && last.reason == "复核" && last.operator == "chief")
        #expect(try database.verify(competition: competition).isConsistent)
    }

    /// The dump without the audit trail.
    func data(_ database: TallyDatabase) throws -> String {
        let dump = try database.dump()
        let start = dump.range(of: "[audit]")!.lowerBound
        let end = dump[start...].dropFirst().range(of: "\n[")!.lowerBound
        return String(dump[..<start] + dump[end...])
    }

    @Test("a refused lock and a refused mark change nothing; the refusal alone is audited")
    func refusals() throws {
        let (database, competition, folder) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try data(database)
        let trail = try database.auditTrail(competition: competition.id).count
        #expect(throws: RuleRefusal.self) {
            try database.lock(trade: "electrician", competition: competition, decimals: 2, operator: "chief")
        }
        #expect(throws: InputRejection.self) {
            try database.enterMark(MarkEntry(trade: "electrician", code: "A01", slot: MarkSlot(component: "theory"), value: 101),
                                   correcting: nil, competition: competition, operator: "desk")
        }
        #expect(throws: InputRejection.self) {
            try database.enterMark(MarkEntry(trade: "electrician", code: "Z99", slot: MarkSlot(component: "theory"), value: 80),
                                   correcting: nil, competition: competition, operator: "desk")
        }
        #expect(try data(database) == before)
        let after = try database.auditTrail(competition: competition.id)
        #expect(after.count == trail + 1)
        #expect(after.last?.action == "refused")
    }

    @Test("the audit trail cannot be rewritten")
    func appendOnly() throws {
        let (database, _, folder) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: (any Error).self) { try database.tamperForTesting(sql: "UPDATE audit SET operator = 'x'") }
        #expect(throws: (any Error).self) { try database.tamperForTesting(sql: "DELETE FROM audit") }
    }
}
