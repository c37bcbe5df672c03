/// A JSON document `{ <leading members>, "<key>": [ … ] }` written in pieces — the opening,
/// each element as it is ready, the closing — byte for byte as the whole document's
/// `pretty()` followed by a new line, so that a listing of a national competition (200,000
/// entrants' standings, a million audit entries) is never held whole.
public struct StreamedJSONArray: Sendable {
    /// The members before the array, in order.
    public let leading: [(name: String, value: JSONValue)]
    /// The array's member name.
    public let key: String

    public init(leading: [(name: String, value: JSONValue)], key: String) {
        self.leading = leading
        self.key = key
    }

    /// The text before the first element.
    public var opening: String {
        var text = "{"
        for member in leading {
            text += "\n  " + JSONValue.string(member.name).compact() + ": " + member.value.pretty(level: 1) + ","
        }
        return text + "\n  " + JSONValue.string(key).compact() + ": ["
    }

    /// A writer for element number `index` (from 0): it starts with the separator before the
    /// element and indents like the whole document would.
    public func writer(forElement index: Int, capacity: Int = 0) -> JSONTextWriter {
        JSONTextWriter(pretty: true, level: 2, capacity: capacity, prefix: index == 0 ? "\n    " : ",\n    ")
    }

    /// The text after the last element.
    public static let closing = "\n  ]\n}\n"

    /// The whole document when the array is empty (`[]` on the key's line).
    public var empty: String { JSONValue.object(leading.map { ($0.name, $0.value) } + [(key, .array([]))]).pretty() + "\n" }
}
