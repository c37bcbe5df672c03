@testable import CompetitionStore
import Foundation
import GRDB
import Testing

@Suite("Opening the tally database")
struct TallyDatabaseTests {
    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("tally-\(UUID().uuidString).sqlite").path
    }

    @Test("a new database is in WAL mode with every migration applied")
    func opensNew() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let database = try TallyDatabase(path: path)
        #expect(try database.journalMode() == "wal")
        #expect(try database.appliedMigrations() == ["v1-competitions", "v2-skills", "v3-bridge", "v4-import-lines", "v5-compact-import-audit", "v6-official-passwords", "v7-web-sessions"])
    }

    @Test("reopening an existing database applies nothing twice")
    func reopens() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try TallyDatabase(path: path)
        let again = try TallyDatabase(path: path)
        #expect(try again.appliedMigrations() == ["v1-competitions", "v2-skills", "v3-bridge", "v4-import-lines", "v5-compact-import-audit", "v6-official-passwords", "v7-web-sessions"])
    }

    @Test("upgrading a version 4 database keeps its marks and its audit trail")
    func upgradesVersion4() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let old = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(old, upTo: "v4-import-lines")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO competition VALUES ('c', 'skills', 'C', 'x', 't');
                INSERT INTO trade (competitionId, id, name, position) VALUES ('c', 'welder', 'W', 0);
                INSERT INTO entrant (id, competitionId, tradeId, code, name) VALUES (7, 'c', 'welder', 'A1', 'N');
                INSERT INTO mark (entrantId, component, judge, aspect, value, batch, line) VALUES (7, 'theory', 0, '', '80', 1, 2);
                INSERT INTO audit (at, operator, action, competitionId, tradeId, code, component, newValue, source)
                    VALUES ('t', 'o', 'mark.enter', 'c', 'welder', 'A1', 'theory', '80', 'm.csv:2');
                """)
        }
        try old.close()
        let database = try TallyDatabase(path: path)
        #expect(try database.appliedMigrations().last == "v7-web-sessions")
        let dump = try database.dump()
        #expect(dump.contains("[mark]\n7 | \"theory\" | 0 | \"\" | \"80\" | NULL | NULL\n"))
        let trail = try database.auditTrail(competition: "c")
        #expect(trail.map(\.action) == ["mark.enter"] && trail.first?.source == "m.csv:2")
    }

    @Test("a file that is not a database is a storage failure naming the operation")
    func rejectsGarbage() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try TallyDatabase(path: path)
        } throws: { error in
            (error as? StoreError)?.description.hasPrefix("cannot open the database at \(path)") == true
        }
    }
}
