import CompetitionStore
import Foundation
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
        #expect(try database.appliedMigrations() == ["v1-competitions", "v2-skills", "v3-bridge", "v4-import-lines"])
    }

    @Test("reopening an existing database applies nothing twice")
    func reopens() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try TallyDatabase(path: path)
        let again = try TallyDatabase(path: path)
        #expect(try again.appliedMigrations() == ["v1-competitions", "v2-skills", "v3-bridge", "v4-import-lines"])
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
