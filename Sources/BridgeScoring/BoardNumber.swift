/// A board's number, which fixes its dealer and vulnerability (Law 2).
public struct BoardNumber: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: Int

    /// - Returns: `nil` unless `rawValue` ≥ 1.
    public init?(rawValue: Int) {
        guard rawValue >= 1 else { return nil }
        self.rawValue = rawValue
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }

    /// The dealer: "NESW"[(board − 1) mod 4].
    public var dealer: Seat { [Seat.north, .east, .south, .west][(rawValue - 1) % 4] }

    /// The vulnerability, repeating every 16 boards (Law 2).
    public var vulnerability: Vulnerability { Self.vulnerabilityCycle[(rawValue - 1) % 16] }

    /// Law 2, boards 1 … 16.
    static let vulnerabilityCycle: [Vulnerability] = [
        .none, .northSouth, .eastWest, .all, .northSouth, .eastWest, .all, .none,
        .eastWest, .all, .none, .northSouth, .all, .none, .northSouth, .eastWest,
    ]
}
