import Diagnostics

/// A batch of marks refused whole: each refused mark with its index in the batch (from 0) and
/// why. Nothing of the batch was stored.
public struct MarkBatchRejection: DiagnosedError, CustomStringConvertible {
    public var errors: [(index: Int, error: any Error)]

    public init(errors: [(index: Int, error: any Error)]) {
        self.errors = errors
    }

    /// The kind of failure the batch answers with: a refusal of who asks before a refusal by
    /// the rules, before invalid input.
    public var kind: FailureKind {
        let kinds = errors.map { ($0.error as? any DiagnosedError)?.kind ?? .invalidInput }
        if kinds.contains(.refused) { return .refused }
        return kinds.contains(.storageFailure) ? .storageFailure : .invalidInput
    }

    /// Whether a mark was refused because of who asked (a role or a seat).
    public var isRoleRefusal: Bool { errors.contains { ($0.error as? RuleRefusal)?.isRoleRefusal == true } }

    /// The message of one refused mark, as the command line prints it (without `error: `).
    public static func message(of error: any Error) -> String {
        switch error {
        case let refusal as RuleRefusal: refusal.description
        case let diagnosed as any DiagnosedError: diagnosed.diagnostics.map(\.message).joined(separator: "\n")
        default: "\(error)"
        }
    }

    /// One diagnostic per refused mark, naming its index.
    public var diagnostics: [Diagnostic] {
        errors.map { Diagnostic("mark \($0.index): \(Self.message(of: $0.error))") }
    }

    public var description: String {
        errors.map { "mark \($0.index): \(Self.message(of: $0.error))" }.joined(separator: "\n")
    }
}
