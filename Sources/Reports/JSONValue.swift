/// A JSON document with its object keys in a fixed order, so that outputs are stable and
/// byte-identical for identical inputs (formats spec §3).
///
/// Numbers that are published with decimals are carried as their exact decimal text
/// (`.number("15.23")`), never as a `Double`.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    /// A number already written as decimal text, e.g. `86.13`.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.compact() == rhs.compact() }
    public func hash(into hasher: inout Hasher) { hasher.combine(compact()) }

    /// The document on one line, without spaces: `{"a":1,"b":[true,null]}`.
    public func compact() -> String {
        var writer = JSONTextWriter(pretty: false)
        writer.value(self)
        return writer.text
    }

    /// The document indented by two spaces, one member per line.
    public func pretty() -> String { pretty(level: 0) }

    /// The document indented as if nested `level` containers deep, for writing a large
    /// array element by element.
    public func pretty(level: Int) -> String {
        var writer = JSONTextWriter(pretty: true, level: level)
        writer.value(self)
        return writer.text
    }
}
