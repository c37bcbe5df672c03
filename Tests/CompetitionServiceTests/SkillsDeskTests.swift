import CompetitionConfig
import CompetitionModel
import CompetitionService
import CompetitionStore
import Diagnostics
import ExactNumbers
import Foundation
import SkillsScoring
import Testing

/// The skills desk on temporary databases: what goes in comes out, refusals write nothing,
/// and the audit trail holds every change (read back through the store itself).
@Suite("Skills desk and store")
struct SkillsDeskTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TallyCLITests/Fixtures/skills")

    /// A desk on a new database in `folder` with the small competition loaded, and the store
    /// of that database for reading it back.
    func opened(in folder: URL) throws -> (CompetitionDesk, TallyDatabase) {
        let path = folder.appendingPathComponent("\(UUID().uuidString).sqlite").path
        let clock: @Sendable () -> String = { "2023-02-15T09:00:00Z" }
        let service = try CompetitionService(databasePath: path, clock: clock, createIfMissing: true)
        let (_, outcome) = try service.loadDefinition(file: Self.fixtures.appendingPathComponent("small-skills.yaml").path,
                                                      operator: "t")
        #expect(outcome == .created)
        return (try service.desk(nil), try TallyDatabase(path: path, clock: clock))
    }

    /// A database with the small competition loaded and its entrants drawn.
    func prepared() throws -> (CompetitionDesk, TallyDatabase, StoredCompetition, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let (desk, database) = try opened(in: folder)
        _ = try desk.importEntrants(file: Self.fixtures.appendingPathComponent("entrants.csv").path,
                                    displayName: "entrants.csv", seed: 2023, operator: "t")
        return (desk, database, desk.competition, folder)
    }

    @Test("imported marks come back as the engine's records, exactly")
    func roundTrip() throws {
        let (desk, database, competition, folder) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try importFixtureMarks(into: desk, operator: "t")
        #expect(summary.rows == 48)
        let snapshot = try #require(try database.snapshots(competition: competition, trade: "electrician").first)
        #expect(snapshot.records.count == 7)
        let first = try #require(snapshot.records.first { $0.code == "A01" })
        #expect(first.marks.count == 4)
        #expect(first.marks.contains(Mark(component: "theory", value: 90)))
        #expect(first.marks.contains(Mark(component: "practical", judge: 2, value: 90)))
        #expect(!snapshot.isLocked && !snapshot.isRevealed)
    }

    @Test("an import is audited by one entry for the file and one per mark, in file order, with its line")
    func importAudit() throws {
        let (desk, database, competition, folder) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try database.auditTrail(competition: competition.id).count
        try importFixtureMarks(into: desk, operator: "desk")
        let added = Array(try database.auditTrail(competition: competition.id).dropFirst(before))
        #expect(added.count == 1 + 48)
        let header = try #require(added.first)
        #expect(header.action == "marks.import" && header.source == "marks.csv" && header.operator == "desk" && header.trade == nil)
        let marks = added.dropFirst()
        #expect(marks.allSatisfy { $0.action == "mark.enter" && $0.operator == "desk" && $0.at == header.at && $0.id == header.id })
        #expect(marks.map(\.source) == (2...49).map { "marks.csv:\($0)" })
        let first = try #require(marks.first)
        #expect(first.trade == "electrician" && first.code == "A01" && first.component == "theory" && first.judge == nil
                && first.aspect == nil && first.oldValue == nil && first.newValue == "90")
        let second = try #require(marks.dropFirst().first)
        #expect(second.component == "practical" && second.judge == 1 && second.newValue == "88")
        #expect(try database.auditTrail(competition: competition.id, trade: "electrician").filter { $0.action == "mark.enter" }.count
                == marks.filter { $0.trade == "electrician" }.count)
        #expect(try desk.verify().isConsistent)
    }

    @Test("problems found while reading and while writing are reported together, by line, and nothing is written")
    func mixedProblems() throws {
        let (desk, database, _, folder) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try database.dump()
        let path = folder.appendingPathComponent("mixed.csv").path
        try """
            trade,code,component,judge,mark
            electrician,A01,theory,,90
            electrician,A01,theory,,91
            electrician,A99,theory,,80
            electrician,A02,theory,,80
            electrician,A02, theory ,,80.0
            electrician,A03,practical,J7,80

            """.write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try desk.importMarks(file: path, displayName: "mixed.csv", operator: "desk")
        } throws: { error in
            (error as? InputRejection)?.lines == [
                "mixed.csv:3: error: duplicate mark for A01 theory (also at line 2)",
                "mixed.csv:4: error: unknown code 'A99' in trade 'electrician'",
                "mixed.csv:6: error: duplicate mark for A02 theory (also at line 5)",
                "mixed.csv:7: error: judge J7 is beyond the panel of 3 for 'practical'; expected J1–J3",
            ]
        }
        #expect(try database.dump() == before)
    }

    @Test("cells are read as people type them: spaces around, ideographic spaces, j2, 88.50")
    func looseCells() throws {
        let (desk, database, competition, folder) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("loose.csv").path
        try """
            trade,code,component,judge,mark
             electrician ,A01\u{3000},theory,, 88.50
            electrician,\u{3000}A01,practical,j2,+90
            electrician,A01,practical,J03,089

            """.write(toFile: path, atomically: true, encoding: .utf8)
        _ = try desk.importMarks(file: path, displayName: "loose.csv", operator: "desk")
        let snapshot = try #require(try database.snapshots(competition: competition, trade: "electrician").first)
        let marks = try #require(snapshot.records.first { $0.code == "A01" }).marks
        #expect(Set(marks) == [Mark(component: "theory", value: Rational(decimal: "88.5")!),
                               Mark(component: "practical", judge: 2, value: 90),
                               Mark(component: "practical", judge: 3, value: 89)])
        let entered = try database.auditTrail(competition: competition.id, trade: "electrician")
            .filter { $0.action == "mark.enter" }.map(\.newValue)
        #expect(entered == ["88.5", "90", "89"])
    }

    @Test("an imported mark's audit row, its slot and its entrant's code cannot be rewritten")
    func importedMarksAreFixed() throws {
        let (desk, database, _, folder) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        try importFixtureMarks(into: desk, operator: "desk")
        for sql in ["UPDATE importedMark SET value = '1'", "DELETE FROM importedMark",
                    "UPDATE mark SET judge = 9 WHERE judge = 1", "UPDATE mark SET line = 1",
                    "UPDATE entrant SET code = 'Z' || code"] {
            #expect(throws: (any Error).self, "\(sql)") { try database.tamperForTesting(sql: sql) }
        }
        try database.tamperForTesting(sql: "UPDATE mark SET value = '1' WHERE judge = 1")
        let report = try desk.verify()
        #expect(report.problems.contains { $0.contains("stored 1 but the audit trail's last value is 88") })
    }

    @Test("verify names a mark stored without an entry, an entered mark no longer stored, and the standings they change")
    func verifyFindsMissingAndUnenteredMarks() throws {
        let (desk, database, _, folder) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        try importFixtureMarks(into: desk, operator: "desk")
        #expect(try desk.verify().isConsistent)
        // Behind tally's back: one theory mark removed, one practical mark added for an entrant without marks.
        let entrant = "(SELECT id FROM entrant WHERE tradeId = 'electrician' AND code = '%@')"
        try database.tamperForTesting(sql: "DELETE FROM mark WHERE component = 'theory' AND entrantId = "
                                          + entrant.replacingOccurrences(of: "%@", with: "A01"))
        try database.tamperForTesting(sql: "INSERT INTO mark (entrantId, component, judge, aspect, value) VALUES ("
                                          + entrant.replacingOccurrences(of: "%@", with: "A07") + ", 'practical', 2, '', '75')")
        let report = try desk.verify()
        #expect(report.problems.prefix(2) == [
            "mark electrician A01 theory: the audit trail entered 90 but nothing is stored",
            "mark electrician A07 practical J2: stored 75 but the audit trail never entered it",
        ])
        #expect(report.problems.contains { $0.hasPrefix("electrician A01: standings from the stored marks") })
    }

    @Test("a correction keeps the old value in the audit trail; verify agrees")
    func correction() throws {
        let (desk, database, competition, folder) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entry = MarkInput(trade: "electrician", code: "A01", component: "theory", value: "88.50")
        #expect(try desk.enterMark(entry, correcting: nil, operator: "desk").value == Rational(decimal: "88.5")!)
        var corrected = entry
        corrected.value = "89"
        try desk.enterMark(corrected, correcting: "复核", operator: "chief")
        let trail = try database.auditTrail(competition: competition.id, trade: "electrician")
        let last = try #require(trail.last)
        #expect(last.action == "mark.correct")
        #expect(last.oldValue == "88.5" && last.newValue == "89" && last.reason == "复核" && last.operator == "chief")
        #expect(try desk.verify().isConsistent)
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
        let (desk, database, competition, folder) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try data(database)
        let trail = try database.auditTrail(competition: competition.id).count
        #expect(throws: RuleRefusal.self) {
            try desk.lock(trade: "electrician", operator: "chief")
        }
        #expect(throws: InputRejection.self) {
            try desk.enterMark(MarkInput(trade: "electrician", code: "A01", component: "theory", value: "101"),
                               correcting: nil, operator: "desk")
        }
        #expect(throws: UnknownReference.self) {
            try desk.enterMark(MarkInput(trade: "electrician", code: "Z99", component: "theory", value: "80"),
                               correcting: nil, operator: "desk")
        }
        #expect(try data(database) == before)
        let after = try database.auditTrail(competition: competition.id)
        #expect(after.count == trail + 1)
        #expect(after.last?.action == "refused")
    }

    @Test("the audit trail cannot be rewritten")
    func appendOnly() throws {
        let (_, database, _, folder) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: (any Error).self) { try database.tamperForTesting(sql: "UPDATE audit SET operator = 'x'") }
        #expect(throws: (any Error).self) { try database.tamperForTesting(sql: "DELETE FROM audit") }
    }

    /// Imports the fixture's marks file (48 marks of both trades).
    @discardableResult
    func importFixtureMarks(into desk: CompetitionDesk, operator: String) throws -> ImportSummary {
        try desk.importMarks(file: Self.fixtures.appendingPathComponent("marks.csv").path, displayName: "marks.csv",
                             operator: `operator`)
    }

    /// A database with the small competition loaded and `entrants` registered in that order.
    func registered(_ entrants: [EntrantRow], in folder: URL) throws -> (TallyDatabase, StoredCompetition) {
        let (desk, database) = try opened(in: folder)
        for entrant in entrants { _ = try desk.addEntrant(entrant, operator: "t") }
        try importFixtureMarks(into: desk, operator: "t")
        return (database, desk.competition)
    }

    @Test("a trade's marks read alike whatever order its entrants were registered in (one range, or entrant by entrant)")
    func registrationOrder() throws {
        let (desk, database, competition, folder) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        try importFixtureMarks(into: desk, operator: "t")
        func records(_ database: TallyDatabase, _ competition: StoredCompetition) throws -> [TradeID: [EntrantRecord]] {
            Dictionary(uniqueKeysWithValues: try database.snapshots(competition: competition).map { ($0.trade.id, $0.records) })
        }
        let expected = try records(database, competition)
        // As registered (the listing shows entrants with marks as competed).
        let all = try database.entrants(competition: competition).map { entrant in
            var entrant = entrant
            entrant.status = .registered
            return entrant
        }
        let electricians = all.filter { $0.trade == "electrician" }, teaArt = all.filter { $0.trade == "tea-art" }
        #expect(electricians.count == 7 && teaArt.count == 6 && expected["electrician"]?.count == 7)

        // Alternating: each trade's ids lie two apart, read as one range skipping the other's marks.
        let alternating = (0..<7).flatMap { index in [electricians[index]] + (index < teaArt.count ? [teaArt[index]] : []) }
        let (second, secondCompetition) = try registered(alternating, in: folder)
        #expect(try records(second, secondCompetition) == expected)

        // One electrician, then the tea-art entrants and ten more without marks, then the
        // other electricians: the electricians' ids lie too far apart, read entrant by entrant.
        let extras = (1...10).map { EntrantRow(trade: "tea-art", code: EntrantCode("Z\($0)"), name: "候补\($0)") }
        let spread = [electricians[0]] + teaArt + extras + electricians.dropFirst()
        let (third, thirdCompetition) = try registered(spread, in: folder)
        let read = try records(third, thirdCompetition)
        #expect(read["electrician"] == expected["electrician"])
        #expect(read["tea-art"]?.filter { !$0.code.rawValue.hasPrefix("Z") } == expected["tea-art"])
    }
}
