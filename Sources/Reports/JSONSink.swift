/// Receives a JSON document as events in document order: a report describes its JSON once,
/// generically over the sink, and gets a `JSONValue` tree (`JSONTreeBuilder`) or the text
/// itself (`JSONTextWriter`) from the same description, so the two cannot differ.
public protocol JSONSink {
    mutating func beginObject()
    mutating func beginArray()
    /// Closes the innermost open object or array.
    mutating func end()
    /// The key of the next member of the innermost object.
    mutating func key(_ name: String)
    mutating func null()
    mutating func bool(_ value: Bool)
    mutating func integer(_ value: Int)
    /// A number already written as decimal text, e.g. `86.13`.
    mutating func number(_ text: String)
    mutating func string(_ text: String)
}

extension JSONSink {
    /// `{ … }` with the members `body` writes.
    public mutating func object(_ body: (inout Self) -> Void) {
        beginObject()
        body(&self)
        end()
    }

    /// `[ … ]` with the elements `body` writes.
    public mutating func array(_ body: (inout Self) -> Void) {
        beginArray()
        body(&self)
        end()
    }

    /// A string, or `null` for `nil`.
    public mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    /// A number's decimal text, or `null` for `nil`.
    public mutating func number(_ text: String?) {
        if let text { number(text) } else { null() }
    }

    /// An integer, or `null` for `nil`.
    public mutating func integer(_ value: Int?) {
        if let value { integer(value) } else { null() }
    }

    /// A whole `JSONValue`.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .integer(let number): integer(number)
        case .number(let text): number(text)
        case .string(let text): string(text)
        case .array(let items):
            beginArray()
            for item in items { self.value(item) }
            end()
        case .object(let members):
            beginObject()
            for (name, member) in members {
                key(name)
                self.value(member)
            }
            end()
        }
    }
}

/// Writes JSON text as UTF-8 bytes: compact (`{"a":1}`) or pretty (two spaces a level, one
/// member per line, `"key": value`), as every tally JSON output is written.
public struct JSONTextWriter: JSONSink {
    public private(set) var bytes: [UInt8]
    private let pretty: Bool
    /// The containers outside the innermost open one: whether each is an object, and
    /// whether it has members yet. The innermost is kept apart, in `inObject` and
    /// `hasMembers`, since every value looks at it.
    private var outer: [(isObject: Bool, hasMembers: Bool)] = []
    private var isOpen = false
    private var inObject = false
    private var hasMembers = false
    /// How deep the next line is indented, in levels.
    private var level: Int
    private var afterKey = false
    /// A new line and the indentation of 32 levels, of which each line copies what it needs.
    private let indentation: [UInt8] = [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: 64)

    /// - Parameter level: how deep the document is nested in a larger one being written
    ///   piece by piece (its first line is not indented; the rest are).
    /// - Parameter capacity: the bytes to reserve, when the size is known roughly.
    /// - Parameter prefix: text to start with, as it is (a separator in the larger document).
    public init(pretty: Bool, level: Int = 0, capacity: Int = 0, prefix: String = "") {
        self.pretty = pretty
        self.level = level
        bytes = Array(prefix.utf8)
        bytes.reserveCapacity(capacity)
    }

    /// The text written.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() { begin(isObject: true, UInt8(ascii: "{")) }
    public mutating func beginArray() { begin(isObject: false, UInt8(ascii: "[")) }

    private mutating func begin(isObject: Bool, _ bracket: UInt8) {
        startValue()
        bytes.append(bracket)
        if isOpen { outer.append((inObject, hasMembers)) }
        isOpen = true
        inObject = isObject
        hasMembers = false
        level += 1
    }

    public mutating func end() {
        level -= 1
        if pretty && hasMembers { newLine() }
        bytes.append(inObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        if let parent = outer.popLast() {
            (inObject, hasMembers) = parent
        } else {
            isOpen = false
        }
    }

    public mutating func key(_ name: String) {
        separate()
        Self.escape(name, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    public mutating func null() { scalar("null") }
    public mutating func bool(_ value: Bool) { scalar(value ? "true" : "false") }
    public mutating func integer(_ value: Int) { scalar(String(value)) }
    public mutating func number(_ text: String) { scalar(text) }

    public mutating func string(_ text: String) {
        startValue()
        Self.escape(text, into: &bytes)
    }

    private mutating func scalar(_ text: String) {
        startValue()
        Self.append(text, to: &bytes)
    }

    /// Appends the UTF-8 of `text` in one copy.
    private static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
    }

    /// Before a value: nothing after a key; else, inside an array, the separator.
    private mutating func startValue() {
        if afterKey {
            afterKey = false
        } else if isOpen {
            separate()
        }
    }

    /// The comma before every member but the first, and in pretty text a new line.
    private mutating func separate() {
        if hasMembers { bytes.append(UInt8(ascii: ",")) }
        hasMembers = true
        if pretty { newLine() }
    }

    /// A new line indented to the current level.
    private mutating func newLine() {
        let count = 1 + 2 * level
        if count <= indentation.count {
            indentation.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count])) }
        } else {
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
        }
    }

    static func escape(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { escape($0, into: &output) }
    }

    private static func escape(_ text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        defer { output.append(UInt8(ascii: "\"")) }
        if !text.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output.append(contentsOf: text)   // most text has nothing to escape
            return
        }
        for byte in text {
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

/// Builds the `JSONValue` tree of a document described to a `JSONSink`.
public struct JSONTreeBuilder: JSONSink {
    /// Each open container, innermost last: an object or an array, the key it will have in
    /// its parent, and its members so far (keys `nil` in arrays).
    private var open: [(isObject: Bool, key: String?, members: [(String?, JSONValue)])] = []
    private var pendingKey: String?
    private var root: JSONValue?

    public init() {}

    /// The document, once its outermost value is complete.
    public var value: JSONValue {
        guard let root, open.isEmpty else { preconditionFailure("the JSON document is not complete") }
        return root
    }

    public mutating func beginObject() { begin(isObject: true) }
    public mutating func beginArray() { begin(isObject: false) }

    private mutating func begin(isObject: Bool) {
        open.append((isObject, pendingKey, []))
        pendingKey = nil
    }

    public mutating func end() {
        let closed = open.removeLast()
        pendingKey = closed.key
        add(closed.isObject ? .object(closed.members.map { ($0.0!, $0.1) }) : .array(closed.members.map(\.1)))
    }

    public mutating func key(_ name: String) { pendingKey = name }
    public mutating func null() { add(.null) }
    public mutating func bool(_ value: Bool) { add(.bool(value)) }
    public mutating func integer(_ value: Int) { add(.integer(value)) }
    public mutating func number(_ text: String) { add(.number(text)) }
    public mutating func string(_ text: String) { add(.string(text)) }

    private mutating func add(_ value: JSONValue) {
        guard !open.isEmpty else {
            root = value
            return
        }
        open[open.count - 1].members.append((pendingKey, value))
        pendingKey = nil
    }
}
