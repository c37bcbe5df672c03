/// A compass seat at the table.
public enum Seat: String, Sendable, CaseIterable, Hashable {
    case north = "N", east = "E", south = "S", west = "W"

    /// The partnership this seat belongs to.
    public var partnership: Partnership { self == .north || self == .south ? .northSouth : .eastWest }

    /// Reads `N`, `E`, `S`, `W` (or the full word), case-insensitively.
    public init?(letter: some StringProtocol) {
        switch letter.uppercased() {
        case "N", "NORTH": self = .north
        case "E", "EAST": self = .east
        case "S", "SOUTH": self = .south
        case "W", "WEST": self = .west
        default: return nil
        }
    }
}

/// One of the two partnerships at a table.
public enum Partnership: String, Sendable, CaseIterable, Hashable {
    case northSouth = "NS", eastWest = "EW"

    /// The other partnership.
    public var opponents: Partnership { self == .northSouth ? .eastWest : .northSouth }
}
