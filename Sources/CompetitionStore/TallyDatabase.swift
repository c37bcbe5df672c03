import CompetitionConfig
import CompetitionModel
import Diagnostics
import Foundation
internal import GRDB

/// The tally database: one SQLite file holding any number of competitions.
///
/// Opened in WAL mode with a busy timeout, so several `tally` processes (two judges' desks on
/// one laptop) can write at the same moment: a writer waits for the other instead of failing
/// with "database is locked". Every write is one immediate transaction: it happens whole or
/// not at all. Foreign keys are enforced. No GRDB type leaves this target.
public final class TallyDatabase: Sendable {
    /// How long a writer waits for another before giving up with a storage failure.
    public static let busyTimeout: TimeInterval = 30

    let pool: DatabasePool
    /// The current time as ISO 8601 text, for the audit trail.
    let now: @Sendable () -> String

    /// Opens (creating when needed) the database at `path` and brings its schema up to date.
    ///
    /// - Parameter clock: the time written into the audit trail (the system clock unless a
    ///   caller fixes it, e.g. for reproducible transcripts).
    public init(path: String, clock: (@Sendable () -> String)? = nil) throws(StoreError) {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(pool)
        } catch {
            throw StoreError(operation: "open the database at \(path)", underlying: error)
        }
        now = clock ?? { Date().formatted(.iso8601) }
    }

    /// The names of the migrations applied, oldest first.
    public func appliedMigrations() throws(StoreError) -> [String] {
        try read("read the schema version") { try Schema.migrator.appliedMigrations($0) }
    }

    /// SQLite's `journal_mode` of the open database (`wal`).
    public func journalMode() throws(StoreError) -> String {
        try read("read the journal mode") { try String.fetchOne($0, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// Runs `body` in one immediate write transaction. Rule refusals, input rejections and
    /// every other error that says what was wrong with the request (a `DiagnosedError` that
    /// is not about storage) pass through and roll back; anything else becomes a `StoreError`
    /// naming `operation`.
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        var result: T?
        do {
            try pool.writeInTransaction(.immediate) { db in
                result = try body(db)
                return .commit
            }
        } catch let error as RuleRefusal {
            throw error
        } catch let error as InputRejection {
            throw error
        } catch let error as any DiagnosedError where error.kind != .storageFailure {
            throw error
        } catch {
            throw StoreError(operation: operation, underlying: error)
        }
        return result!
    }

    /// Runs `body` on a consistent snapshot of the database.
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError(operation: operation, underlying: error)
        }
    }
}
