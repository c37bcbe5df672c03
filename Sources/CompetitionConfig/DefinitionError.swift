import Diagnostics

/// Every mistake found in one definition file, in file order.
public struct DefinitionError: DiagnosedError, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public var kind: FailureKind { .invalidInput }

    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { lines.joined(separator: "\n") }
}
