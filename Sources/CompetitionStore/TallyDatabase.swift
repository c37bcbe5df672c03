import Foundation
import GRDB

/// The tally database: one SQLite file holding any number of competitions.
///
/// Opened in WAL mode with a busy timeout, so several `tally` processes (two judges' desks on
/// one laptop) can write at the same moment: a writer waits for the other instead of failing
/// with "database is locked". Foreign keys are enforced. No GRDB type leaves this target.
public final class TallyDatabase: Sendable {
    /// How long a writer waits for another before giving up with a storage failure.
    public static let busyTimeout: TimeInterval = 10

    let pool: DatabasePool

    /// Opens (creating when needed) the database at `path` and brings its schema up to date.
    public init(path: String) throws(StoreError) {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(pool)
        } catch {
            throw StoreError(operation: "open the database at \(path)", underlying: error)
        }
    }

    /// The names of the migrations applied, oldest first.
    public func appliedMigrations() throws(StoreError) -> [String] {
        do {
            return try pool.read { try Schema.migrator.appliedMigrations($0) }
        } catch {
            throw StoreError(operation: "read the schema version", underlying: error)
        }
    }

    /// SQLite's `journal_mode` of the open database (`wal`).
    public func journalMode() throws(StoreError) -> String {
        do {
            return try pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") ?? "" }
        } catch {
            throw StoreError(operation: "read the journal mode", underlying: error)
        }
    }
}
