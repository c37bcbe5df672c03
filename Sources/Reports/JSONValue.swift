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
        var output = ""
        write(to: &output, indent: nil, level: 0)
        return output
    }

    /// The document indented by two spaces, one member per line.
    public func pretty() -> String { pretty(level: 0) }

    /// The document indented as if nested `level` containers deep, for writing a large
    /// array element by element.
    public func pretty(level: Int) -> String {
        var output = ""
        write(to: &output, indent: "  ", level: level)
        return output
    }

    private func write(to output: inout String, indent: String?, level: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .integer(let value): output += String(value)
        case .number(let text): output += text
        case .string(let text): JSONValue.escape(text, into: &output)
        case .array(let items):
            writeContainer(items.map { (nil, $0) }, open: "[", close: "]", to: &output, indent: indent, level: level)
        case .object(let members):
            writeContainer(members.map { ($0.0, $0.1) }, open: "{", close: "}", to: &output, indent: indent, level: level)
        }
    }

    private func writeContainer(_ members: [(String?, JSONValue)], open: String, close: String,
                                to output: inout String, indent: String?, level: Int) {
        output += open
        guard !members.isEmpty else { output += close; return }
        for (index, (key, value)) in members.enumerated() {
            if index > 0 { output += "," }
            if let indent { output += "\n" + String(repeating: indent, count: level + 1) }
            if let key {
                JSONValue.escape(key, into: &output)
                output += indent == nil ? ":" : ": "
            }
            value.write(to: &output, indent: indent, level: level + 1)
        }
        if let indent { output += "\n" + String(repeating: indent, count: level) }
        output += close
    }

    private static func escape(_ text: String, into output: inout String) {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output += "\"" + text + "\""
            return
        }
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
