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
    /// Definitions already parsed, by their stored text: a server asks for a desk on every
    /// request, and the text changes only when a definition is loaded again.
    private let parsed = ParsedDefinitions()

    /// Opens the database at `path`.
    ///
    /// - Parameters:
    ///   - clock: the time written into the audit trail (the system clock unless a caller
    ///     fixes it, e.g. for reproducible transcripts).
    ///   - createIfMissing: whether a missing database is created (loading a definition) or
    ///     refused with an `InputRejection` naming the path (everything else: a read or a
    ///     change never leaves an empty database behind a mistyped path).
    public init(databasePath path: String, clock: (@Sendable () -> String)? = nil, createIfMissing: Bool = false) throws {
        guard createIfMissing || FileManager.default.fileExists(atPath: path) else {
            throw InputRejection("no database at \(path); create one with tally init FILE")
        }
        database = try TallyDatabase(path: path, clock: clock)
        databasePath = path
    }

    /// Every competition the database holds, as their definitions name them.
    public func competitions() throws -> [CompetitionInfo] {
        try database.competitions().map { try desk($0.id).info }
    }

    /// The desk of one competition (`id`, or the only one the database holds).
    public func desk(_ id: String?) throws -> CompetitionDesk {
        CompetitionDesk(database: database, competition: try competition(id))
    }

    /// The competition `id`, or the only one when `id` is nil, with its stored definition read.
    private func competition(_ id: String?) throws -> StoredCompetition {
        let stored = try database.competitions()
        let ids = stored.map(\.id)
        let chosen: StoredCompetitionText
        if let id {
            guard let match = stored.first(where: { $0.id == id }) else {
                throw UnknownReference(ids.isEmpty ? "no competition '\(id)'; the database holds none (load one with tally init FILE)"
                                                 : "no competition '\(id)'; expected one of: \(ids.joined(separator: ", "))")
            }
            chosen = match
        } else {
            guard stored.count == 1 else {
                throw InputRejection(stored.isEmpty ? "the database holds no competition; load one with tally init FILE"
                                                    : "the database holds several competitions; choose one with --competition (\(ids.joined(separator: ", ")))")
            }
            chosen = stored[0]
        }
        if let definition = parsed[chosen.source] {
            return StoredCompetition(id: chosen.id, definition: definition, source: chosen.source)
        }
        do {
            let definition = try DefinitionLoader.parse(yaml: chosen.source, file: "stored definition of \(chosen.id)")
            parsed[chosen.source] = definition
            return StoredCompetition(id: chosen.id, definition: definition, source: chosen.source)
        } catch {
            throw InputRejection(error.diagnostics)
        }
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
        let outcome = try DefinitionUpdate.store(definition, source: String(decoding: data, as: UTF8.self), operator: `operator`,
                                                 in: database)
        return (definition, outcome)
    }

    /// Writes a consistent copy of the database (SQLite's backup API), even while others
    /// write, and records in each competition's audit trail who took it and where. An existing
    /// file is replaced only when `replacing` (a mistyped name must not overwrite yesterday's
    /// copy). The copy holds the audit rows up to the backup, not the backup's own.
    public func backup(to path: String, replacing: Bool = false, operator: String) throws {
        guard replacing || !FileManager.default.fileExists(atPath: path) else {
            throw InputRejection("\(path) exists; give --force to replace it, or another file name")
        }
        try database.backup(to: path)
        for competition in try database.competitions() {
            try database.write("record the backup", competition: competition.id) { store in
                try store.audit(AuditEntry(operator: `operator`, action: "backup", competition: competition.id, newValue: path))
            }
        }
    }
}

/// Parsed definitions by their YAML text, shared by the copies of one service (a few, one per
/// competition the database has held: never evicted).
final class ParsedDefinitions: @unchecked Sendable {
    private let lock = NSLock()
    private var definitions: [String: CompetitionDefinition] = [:]

    subscript(source: String) -> CompetitionDefinition? {
        get { lock.withLock { definitions[source] } }
        set { lock.withLock { definitions[source] = newValue } }
    }
}
