import GRDB

/// A storage failure, naming the operation that failed (exit code 3 on the command line).
public struct StoreError: Error, Sendable, CustomStringConvertible {
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
}

/// A command the rules refuse (exit code 2): a locked trade, a reveal before the lock, …
/// Nothing was written.
public struct RuleRefusal: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// Further lines, e.g. what blocks a lock.
    public var details: [String]

    public init(_ message: String, details: [String] = []) {
        self.message = message
        self.details = details
    }

    public var description: String { ([message] + details.map { "  \($0)" }).joined(separator: "\n") }
}

/// Input the store rejects (exit code 1): every problem, each one line
/// (`FILE:LINE: error: …` for files). Nothing was written.
public struct InputRejection: Error, Sendable, CustomStringConvertible {
    public var lines: [String]

    public init(lines: [String]) { self.lines = lines }
    public init(_ message: String) { lines = ["error: \(message)"] }

    public var description: String { lines.joined(separator: "\n") }
}
