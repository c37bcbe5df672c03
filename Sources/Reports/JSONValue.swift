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
        var output: [UInt8] = []
        write(to: &output, pretty: false, level: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// The document indented by two spaces, one member per line.
    public func pretty() -> String { pretty(level: 0) }

    /// The document indented as if nested `level` containers deep, for writing a large
    /// array element by element.
    public func pretty(level: Int) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(1 << 12)
        write(to: &output, pretty: true, level: level)
        return String(decoding: output, as: UTF8.self)
    }

    // Written as UTF-8 bytes: the standings of a national competition are 80 MB of JSON.
    private func write(to output: inout [UInt8], pretty: Bool, level: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .integer(let value): output.append(contentsOf: String(value).utf8)
        case .number(let text): output.append(contentsOf: text.utf8)
        case .string(let text): JSONValue.escape(text, into: &output)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                JSONValue.separate(index, pretty: pretty, level: level + 1, into: &output)
                item.write(to: &output, pretty: pretty, level: level + 1)
            }
            JSONValue.close(UInt8(ascii: "]"), empty: items.isEmpty, pretty: pretty, level: level, into: &output)
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                JSONValue.separate(index, pretty: pretty, level: level + 1, into: &output)
                JSONValue.escape(key, into: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                value.write(to: &output, pretty: pretty, level: level + 1)
            }
            JSONValue.close(UInt8(ascii: "}"), empty: members.isEmpty, pretty: pretty, level: level, into: &output)
        }
    }

    /// Before member `index` of a container: the comma, and when pretty a new line indented
    /// to `level`.
    private static func separate(_ index: Int, pretty: Bool, level: Int, into output: inout [UInt8]) {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        if pretty { newLine(level, into: &output) }
    }

    private static func close(_ bracket: UInt8, empty: Bool, pretty: Bool, level: Int, into output: inout [UInt8]) {
        if pretty && !empty { newLine(level, into: &output) }
        output.append(bracket)
    }

    private static let indentation = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private static func newLine(_ level: Int, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\n"))
        var spaces = 2 * level
        while spaces > 0 {
            output.append(contentsOf: indentation.prefix(spaces))
            spaces -= indentation.count
        }
    }

    private static func escape(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        defer { output.append(UInt8(ascii: "\"")) }
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output.append(contentsOf: text.utf8)   // most text has nothing to escape
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: #"\\"#.utf8)
            case UInt8(ascii: "\n"): output.append(contentsOf: #"\n"#.utf8)
            case UInt8(ascii: "\r"): output.append(contentsOf: #"\r"#.utf8)
            case UInt8(ascii: "\t"): output.append(contentsOf: #"\t"#.utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: #"\u00"#.utf8)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            default: output.append(byte)   // the bytes of any other character, as they are
            }
        }
    }
}
