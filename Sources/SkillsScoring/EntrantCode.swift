/// An entrant's anonymous competitor code (参赛号), unique within a trade, e.g. `A07`.
///
/// Codes order naturally: runs of digits compare by value, so `A9` comes before `A10`. Codes
/// are matched without regard to case: Latin letters are kept upper-case (`a04` is `A04`),
/// whoever typed them.
public struct EntrantCode: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String
    /// The natural sort key, computed once: codes are compared many times when ranking.
    private let key: SortKey

    public init(rawValue: String) {
        // A byte scan first: codes as stored are already upper-case, and an import meets
        // millions of them.
        let canonical = rawValue.utf8.contains { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) } ? rawValue.uppercased() : rawValue
        self.rawValue = canonical
        key = SortKey(canonical)
    }

    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        if case .lettersThenNumber(let p, let m) = lhs.key, case .lettersThenNumber(let q, let n) = rhs.key {
            // The chunks [text p, number m] and [text q, number n], compared without building them.
            if p != q { return p < q }
            if m != n { return m < n }
            return lhs.rawValue < rhs.rawValue
        }
        let a = lhs.key.chunks, b = rhs.key.chunks
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

    /// A maximal run of digits (by value) or of other characters.
    private enum Chunk: Equatable, Sendable {
        case text(String)
        case number(UInt64)
    }

    /// The runs of a code: held as two values for the usual form, letters then a number
    /// (`A07`, `电工12`), which needs no array; as the list of runs otherwise.
    private enum SortKey: Sendable {
        case lettersThenNumber(String, UInt64)
        case runs([Chunk])

        init(_ rawValue: String) {
            let utf8 = rawValue.utf8
            // Byte by byte: digits are ASCII, so a run boundary never falls inside a character.
            let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
            if let start = utf8.firstIndex(where: isDigit), start != utf8.startIndex,
               utf8[start...].allSatisfy(isDigit), let number = UInt64(Substring(utf8[start...])) {
                self = .lettersThenNumber(String(Substring(utf8[..<start])), number)
                return
            }
            var runs: [Chunk] = []
            var rest = utf8[...]
            while let first = rest.first {
                let digits = isDigit(first)
                let run = rest.prefix { isDigit($0) == digits }
                rest = rest[run.endIndex...]
                let text = String(Substring(run))
                runs.append(digits ? (UInt64(text).map(Chunk.number) ?? .text(text)) : .text(text))
            }
            self = .runs(runs)
        }

        var chunks: [Chunk] {
            switch self {
            case .lettersThenNumber(let letters, let number): [.text(letters), .number(number)]
            case .runs(let runs): runs
            }
        }
    }
}
