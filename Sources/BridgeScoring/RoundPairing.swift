import Diagnostics

/// The matches of one round as drawn: who plays whom at which table, and the bye.
public struct RoundPairing: Sendable, Hashable {
    /// One match: the first-listed (home) team and its opponent.
    public struct Table: Sendable, Hashable {
        public var number: Int
        public var home: TeamNumber
        public var away: TeamNumber

        public init(number: Int, home: TeamNumber, away: TeamNumber) {
            self.number = number
            self.home = home
            self.away = away
        }
    }

    public var tables: [Table]
    public var bye: TeamNumber?

    public init(tables: [Table], bye: TeamNumber? = nil) {
        self.tables = tables
        self.bye = bye
    }

    /// Builds tables 1, 2, … from pairs in order.
    init(pairs: [(TeamNumber, TeamNumber)], bye: TeamNumber?) {
        tables = pairs.enumerated().map { Table(number: $0.offset + 1, home: $0.element.0, away: $0.element.1) }
        self.bye = bye
    }

    /// The meetings this round creates.
    public var meetings: [Meeting] { tables.map { Meeting($0.home, $0.away) } }
}

/// Why a round could not be paired.
public struct PairingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The teams that cannot be placed without a rematch (or a second bye).
    public var unplaceable: [TeamNumber]
    public var reason: String

    public var description: String {
        let teams = unplaceable.map(\.description).joined(separator: ", ")
        return "no legal pairing: \(reason)" + (teams.isEmpty ? "" : " (teams \(teams))")
    }
}

extension RoundPairing {
    /// Reads one match as a director writes it, home team first: `3-7`.
    /// - Throws: a `Diagnostic` quoting the text and what was expected.
    public static func match(_ text: String) throws(Diagnostic) -> (home: TeamNumber, away: TeamNumber) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let home = Int(String(parts[0]).trimmingWhitespace()),
              let away = Int(String(parts[1]).trimmingWhitespace()) else {
            throw Diagnostic("match '\(text)': expected two team numbers, home first, e.g. 3-7")
        }
        return (TeamNumber(home), TeamNumber(away))
    }

    /// Reads a round's matches written on one line, apart by spaces or commas: `1-4 2-3`.
    public static func matches(_ text: String) throws(Diagnostic) -> [(home: TeamNumber, away: TeamNumber)] {
        var matches: [(home: TeamNumber, away: TeamNumber)] = []
        for piece in text.split(whereSeparator: { $0 == "," || $0.isWhitespace }) { matches.append(try match(String(piece))) }
        return matches
    }
}
