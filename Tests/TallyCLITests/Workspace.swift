import CompetitionStore
import Foundation
import Testing

/// A temporary folder with its own database, where tests run `tally` as an organiser would.
struct Workspace {
    let folder: URL
    let database: String

    /// The skills fixtures folder.
    static let skillsFixtures = TallyProcess.repository.appendingPathComponent("Tests/TallyCLITests/Fixtures/skills")

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = folder.appendingPathComponent("tally.sqlite").path
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// The path of a skills fixture.
    func fixture(_ name: String) -> String { Self.skillsFixtures.appendingPathComponent(name).path }

    /// Runs `tally` on this workspace's database with a fixed clock and operator.
    @discardableResult
    func tally(_ arguments: String..., expect status: Int32? = 0, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> TallyProcess.Result {
        try tally(arguments, expect: status, sourceLocation: sourceLocation)
    }

    @discardableResult
    func tally(_ arguments: [String], expect status: Int32? = 0, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> TallyProcess.Result {
        let result = try TallyProcess.run(arguments, in: folder, environment: [
            "TALLY_DB": database, "TALLY_FIXED_TIME": "2023-02-15T09:00:00Z", "TALLY_OPERATOR": "录分员甲",
        ])
        if let status {
            #expect(result.status == status, "tally \(arguments.joined(separator: " ")): \(result.standardError)",
                    sourceLocation: sourceLocation)
        }
        return result
    }

    /// Every row of the database, to prove a refused command wrote nothing.
    func dump() throws -> String { try TallyDatabase(path: database).dump() }
}

/// Compares text people read with a golden file in Tests/TallyCLITests/Golden; with
/// `TALLY_UPDATE_GOLDEN=1` in the environment, writes the file instead.
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = TallyProcess.repository.appendingPathComponent("Tests/TallyCLITests/Golden/\(name)")
    if ProcessInfo.processInfo.environment["TALLY_UPDATE_GOLDEN"] == "1" {
        try Data(actual.utf8).write(to: url)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "differs from Golden/\(name)", sourceLocation: sourceLocation)
}
