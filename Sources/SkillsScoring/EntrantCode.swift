/// An entrant's anonymous competitor code (参赛号), unique within a trade, e.g. `A07`.
///
/// Codes order naturally: runs of digits compare by value, so `A9` comes before `A10`.
public struct EntrantCode: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String
    /// The natural sort key, computed once: codes are compared many times when ranking.
    private let chunks: [Chunk]

    public init(rawValue: String) {
        self.rawValue = rawValue
        chunks = Self.chunks(of: rawValue)
    }

    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        let a = lhs.chunks, b = rhs.chunks
        for (x, y) in zip(a, b) where x != y {
            switch (x, y) {
            case (.number(let m), .number(let n)): return m < n
            case (.text(let s), .text(let t)): return s < t
            case (.number, .text): return true
            case (.text, .number): return false
            }
        }
        return a.count != b.count ? a.count < b.count : lhs.rawValue < rhs.rawValue
    }

    private enum Chunk: Equatable, Sendable {
        case text(String)
        case number(UInt64)
    }

    private static func chunks(of rawValue: String) -> [Chunk] {
        // Byte by byte: digits are ASCII, so a run boundary never falls inside a character.
        var result: [Chunk] = []
        var utf8 = rawValue.utf8[...]
        while let first = utf8.first {
            let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
            let run = utf8.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) == isDigit }
            utf8 = utf8[run.endIndex...]
            let text = String(Substring(run))
            result.append(isDigit ? (UInt64(text).map(Chunk.number) ?? .text(text)) : .text(text))
        }
        return result
    }
}
