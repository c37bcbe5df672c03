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
        var result: [Chunk] = []
        var current = ""
        var inDigits = false
        func flush() {
            guard !current.isEmpty else { return }
            result.append(inDigits ? (UInt64(current).map(Chunk.number) ?? .text(current)) : .text(current))
            current = ""
        }
        for character in rawValue {
            let digit = character.asciiValue.map { (48...57).contains($0) } ?? false
            if digit != inDigits { flush(); inDigits = digit }
            current.append(character)
        }
        flush()
        return result
    }
}
