/// The denomination of a contract.
public enum Strain: String, Sendable, CaseIterable, Hashable {
    case clubs = "C", diamonds = "D", hearts = "H", spades = "S", noTrump = "NT"

    /// Whether the strain is ♣ or ♦ (20 a trick).
    public var isMinor: Bool { self == .clubs || self == .diamonds }
}

/// Whether a contract was doubled or redoubled.
public enum Doubling: Int, Sendable, CaseIterable, Hashable {
    case undoubled = 1, doubled = 2, redoubled = 4

    /// `""`, `"X"` or `"XX"`.
    public var suffix: String {
        switch self {
        case .undoubled: ""
        case .doubled: "X"
        case .redoubled: "XX"
        }
    }
}

/// The final contract of a board: passed out, or a level, strain and doubling.
public enum Contract: Sendable, Hashable, CustomStringConvertible {
    /// All four players passed; the board scores 0.
    case passedOut
    /// A bid contract: level 1–7 in a strain, perhaps doubled or redoubled.
    case bid(level: Int, strain: Strain, doubling: Doubling)

    /// `Pass`, or level + strain + `X`/`XX`, e.g. `4HX`, `3NTXX`.
    public var description: String {
        switch self {
        case .passedOut: "Pass"
        case .bid(let level, let strain, let doubling): "\(level)\(strain.rawValue)\(doubling.suffix)"
        }
    }
}
