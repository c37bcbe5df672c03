import CompetitionModel
import Diagnostics
import Foundation
internal import GRDB

/// One write transaction on one competition's rows, handed to the body of
/// `TallyDatabase.write(_:competition:_:)`: typed reads and writes of its tables, and nothing
/// else. The rules that decide whether a change may be made live in the use-case layer, which
/// reads what it needs here, decides, and writes here — all inside this one transaction, so
/// that a change happens whole or not at all and another desk cannot slip in between.
///
/// Valid only inside the body it is handed to; not `Sendable`.
public final class StoreTransaction {
    let db: Database
    /// The competition every method reads and writes.
    public let competition: String
    /// The time of the transaction as ISO 8601 text (stamps, audit rows).
    let now: String
    /// Where the change comes from when its audit rows name no file line (`web 10.0.0.7`);
    /// `nil` for the command line.
    let origin: String?

    init(_ db: Database, competition: String, now: String, origin: String? = nil) {
        self.db = db
        self.competition = competition
        self.now = now
        self.origin = origin
    }

    /// Appends `entry` to the audit trail (its time is the transaction's unless set; its
    /// source led by the transaction's origin: `web 10.0.0.7 marks.csv:12`).
    public func audit(_ entry: AuditEntry) throws {
        var entry = entry
        if entry.at.isEmpty { entry.at = now }
        if let origin {
            entry.source = entry.source.map { $0.hasPrefix(origin) ? $0 : "\(origin) \($0)" } ?? origin
        }
        try db.cachedStatement(sql: AuditEntry.insertSQL).execute(arguments: entry.arguments)
    }

    /// Runs `body`, and tells whether it broke a uniqueness or foreign-key constraint instead
    /// (the row is already there, or what it names is not): `false` then, with nothing written.
    func inserted(_ body: () throws -> Void) throws -> Bool {
        do {
            try body()
            return true
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            return false
        }
    }
}

extension TallyDatabase {
    /// Runs `body` in one immediate write transaction on competition `competition`: it
    /// happens whole or not at all. Rule refusals and input rejections pass through (and roll
    /// back); anything else becomes a `StoreError` naming `operation`.
    /// `origin` is the source written on audit rows that name none (`web 10.0.0.7`).
    public func write<T>(_ operation: String, competition: String, origin: String? = nil,
                         _ body: (StoreTransaction) throws -> T) throws -> T {
        try write(operation) { db in try body(StoreTransaction(db, competition: competition, now: now(), origin: origin)) }
    }

    /// Appends a refusal to the audit trail in a transaction of its own (the refused one was
    /// rolled back). A failure to record it is not allowed to hide the refusal itself.
    public func recordRefusal(_ refusal: RuleRefusal, competition: String, operator: String, operation: String,
                              origin: String? = nil) {
        try? pool.writeInTransaction(.immediate) { db in
            try StoreTransaction(db, competition: competition, now: now(), origin: origin).audit(
                AuditEntry(operator: `operator`, action: "refused", competition: competition, newValue: operation,
                           reason: refusal.details.isEmpty ? refusal.message
                               : "\(refusal.message) \(refusal.details.joined(separator: "; "))"))
            return .commit
        }
    }
}
