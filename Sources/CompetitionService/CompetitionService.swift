import CompetitionConfig
import CompetitionModel
import CompetitionStore
import Diagnostics
import Foundation

/// What tally does for the officials of a competition, one method per thing they do, for
/// every front end: the command line today, the browser next.
///
/// It prints nothing and never ends the process: results come back as values, problems as
/// `DiagnosedError`s (`InputRejection`, `RuleRefusal`, `StoreError`, `DefinitionError`),
/// which a front end maps to an exit code or a page. It is `Sendable`, so an async handler can
/// call it as it is (its calls block: run them off an event loop).
public struct CompetitionService: Sendable {
    let database: TallyDatabase
    /// The database file.
    public let databasePath: String

    /// Opens (creating when needed) the database at `path`.
    ///
    /// - Parameter clock: the time written into the audit trail (the system clock unless a
    ///   caller fixes it, e.g. for reproducible transcripts).
    public init(databasePath path: String, clock: (@Sendable () -> String)? = nil) throws(StoreError) {
        database = try TallyDatabase(path: path, clock: clock)
        databasePath = path
    }

    /// The desk of one competition (`id`, or the only one the database holds).
    public func desk(_ id: String?) throws -> CompetitionDesk {
        CompetitionDesk(database: database, competition: try database.competition(id))
    }

    /// Reads and validates a definition file; every mistake is reported at once.
    public static func checkDefinition(file: String) throws(DefinitionError) -> CompetitionDefinition {
        try DefinitionLoader.load(path: file)
    }

    /// Loads a definition file into the database, or updates the stored one (refused when
    /// stored data contradicts the edit).
    public func loadDefinition(file: String, operator: String) throws -> (CompetitionDefinition, DefinitionLoadOutcome) {
        let definition = try Self.checkDefinition(file: file)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw InputRejection([Diagnostic(file: file, message: "cannot read the file")])
        }
        let outcome = try database.store(definition, source: String(decoding: data, as: UTF8.self), operator: `operator`)
        return (definition, outcome)
    }

    /// Writes a consistent copy of the database (SQLite's backup API), even while others write.
    public func backup(to path: String) throws {
        try database.backup(to: path)
    }
}
