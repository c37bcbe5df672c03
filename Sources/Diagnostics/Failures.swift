/// What kind of failure a problem is; front ends map it to an exit code or an HTTP status in
/// one place each.
public enum FailureKind: Sendable, Hashable {
    /// A definition, file or value that cannot be taken (exit code 1).
    case invalidInput
    /// The rules refuse it: a locked trade, a round not paired, a reveal before the lock (exit code 2).
    case refused
    /// The database cannot be read or written (exit code 3).
    case storageFailure
}

/// An error that carries what a person must read as diagnostics.
public protocol DiagnosedError: Error, Sendable {
    var kind: FailureKind { get }
    var diagnostics: [Diagnostic] { get }
}

extension DiagnosedError {
    /// The lines a person reads, each diagnostic's text.
    public var lines: [String] { diagnostics.map(\.description) }
}

/// Input that is rejected (exit code 1): every problem found. Nothing was written.
public struct InputRejection: DiagnosedError, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public var kind: FailureKind { .invalidInput }

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(_ message: String) { diagnostics = [Diagnostic(message)] }

    public var description: String { lines.joined(separator: "\n") }
}

/// A request the rules refuse (exit code 2): a locked trade, a reveal before the lock, …
/// Nothing was written.
public struct RuleRefusal: DiagnosedError, CustomStringConvertible {
    public var message: String
    /// Further lines, e.g. what blocks a lock.
    public var details: [String]
    /// Whether the refusal is of who asks (a role, a judge's seat) rather than of the state of
    /// the competition: the web answers it 403, not 409.
    public var isRoleRefusal: Bool
    public var kind: FailureKind { .refused }

    public init(_ message: String, details: [String] = [], isRoleRefusal: Bool = false) {
        self.message = message
        self.details = details
        self.isRoleRefusal = isRoleRefusal
    }

    public var diagnostics: [Diagnostic] {
        [Diagnostic(message)] + details.map { Diagnostic(severity: .note, message: $0) }
    }

    /// The message and every detail, as one text (for the audit trail).
    public var description: String { ([message] + details.map { "  \($0)" }).joined(separator: "\n") }
}

/// A reference to something that does not exist — a competition, trade, round or entrant. Input
/// that cannot be taken (exit code 1) like any other; the web answers it 404 (web spec §4).
/// Nothing was written.
public struct UnknownReference: DiagnosedError, CustomStringConvertible {
    public var message: String
    public var kind: FailureKind { .invalidInput }

    public init(_ message: String) { self.message = message }

    public var diagnostics: [Diagnostic] { [Diagnostic(message)] }
    public var description: String { message }
}
