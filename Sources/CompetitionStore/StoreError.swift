import Diagnostics
internal import GRDB

/// A storage failure, naming the operation that failed (exit code 3 on the command line).
public struct StoreError: DiagnosedError, CustomStringConvertible {
    /// What was being done, e.g. "open the database at tally.sqlite".
    public var operation: String
    /// The underlying reason, as SQLite or the file system put it.
    public var reason: String
    /// Whether the database was busy past the timeout (another process held it).
    public var isBusy: Bool

    init(operation: String, underlying: Error) {
        self.operation = operation
        if let error = underlying as? DatabaseError {
            reason = error.message ?? "\(error.resultCode)"
            isBusy = error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
        } else {
            reason = "\(underlying)"
            isBusy = false
        }
    }

    public var description: String { "cannot \(operation): \(reason)" }

    public var kind: FailureKind { .storageFailure }

    public var diagnostics: [Diagnostic] {
        [Diagnostic(description + (isBusy ? " (another tally process held the database too long)" : ""))]
    }
}
