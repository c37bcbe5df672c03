import Diagnostics
import Yams

/// Collects the diagnostics of one definition file while it is read, so that every mistake
/// is reported, not just the first.
final class NodeDiagnostics {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    /// Records an error at `node`'s position (1:1 when the node has none).
    func error(_ message: String, at node: Node?) {
        let mark = node?.mark
        error(message, at: SourceLocation(line: mark?.line ?? 1, column: mark?.column ?? 1))
    }

    func error(_ message: String, at location: SourceLocation) {
        let diagnostic = Diagnostic(file: file, location: location, message: message)
        if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
    }

    /// The diagnostics in file order.
    var sorted: [Diagnostic] {
        diagnostics.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }
}

/// Lists allowed values the way every message does: `a, b, c`.
func allowedList(_ values: [String]) -> String { values.joined(separator: ", ") }

extension Node {
    /// What kind of node this is, for messages ("a mapping", "a list", "a scalar").
    var kindDescription: String {
        switch self {
        case .scalar: "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// The node's text when it is a scalar.
    var text: String? { scalar?.string }
}
