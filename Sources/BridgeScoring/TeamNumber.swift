/// A team's number in a bridge event (队号), 1, 2, 3 …
public struct TeamNumber: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible,
    ExpressibleByIntegerLiteral
{
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public init(_ rawValue: Int) { self.rawValue = rawValue }
    public init(integerLiteral value: Int) { self.rawValue = value }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }
}

/// Two teams that have met, regardless of who was home.
public struct Meeting: Sendable, Hashable {
    public let lower: TeamNumber
    public let higher: TeamNumber

    public init(_ a: TeamNumber, _ b: TeamNumber) {
        (lower, higher) = a < b ? (a, b) : (b, a)
    }
}
