import Diagnostics
import Yams

/// Reads one YAML mapping of a definition: reports keys it does not know, keys that are
/// missing, and hands out the values of the known ones.
struct MappingReader {
    let node: Node
    /// What the mapping describes, for messages: "component 'theory'".
    let context: String
    private let values: [String: (key: Node, value: Node)]
    private let diagnostics: NodeDiagnostics

    /// Reads `node` as a mapping with the given keys; reports an error and returns `nil`
    /// when it is not a mapping. Unknown keys are reported at once, naming the allowed ones.
    init?(_ node: Node, context: String, keys: [String], diagnostics: NodeDiagnostics) {
        guard let mapping = node.mapping else {
            diagnostics.error("expected a mapping for \(context), found \(node.kindDescription)", at: node)
            return nil
        }
        self.node = node
        self.context = context
        self.diagnostics = diagnostics
        var values: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.text else {
                diagnostics.error("expected a plain key in \(context), found \(key.kindDescription)", at: key)
                continue
            }
            if keys.contains(name) {
                values[name] = (key, value)
            } else {
                diagnostics.error("unknown key '\(name)' in \(context); expected one of: \(allowedList(keys))", at: key)
            }
        }
        self.values = values
    }

    /// The value of `key`, or `nil` when it is absent.
    func optional(_ key: String) -> Node? { values[key]?.value }

    /// The key node itself, for errors about a key that should not be there.
    func keyNode(_ key: String) -> Node? { values[key]?.key }

    /// Whether `key` is present.
    func has(_ key: String) -> Bool { values[key] != nil }

    /// The value of `key`; reports an error at the mapping when it is absent.
    func required(_ key: String) -> Node? {
        guard let value = values[key]?.value else {
            diagnostics.error("\(context) is missing required key '\(key)'", at: node)
            return nil
        }
        return value
    }

    /// Reports each of `keys` that is present as not applying, with `reason`.
    func reject(_ keys: [String], because reason: String) {
        for key in keys where has(key) {
            diagnostics.error("key '\(key)' in \(context) \(reason)", at: keyNode(key))
        }
    }
}
