/// One round of an event as played (or being played): its matches and its bye.
public struct RoundRecord: Sendable, Hashable {
    public var number: Int
    public var matches: [MatchRecord]
    /// The team sitting out, if the field is odd.
    public var bye: TeamNumber?

    public init(number: Int, matches: [MatchRecord], bye: TeamNumber? = nil) {
        self.number = number
        self.matches = matches
        self.bye = bye
    }
}

/// One match of a round and what is known of its result.
public struct MatchRecord: Sendable, Hashable {
    public var table: Int
    public var home: TeamNumber
    public var away: TeamNumber
    public var outcome: MatchOutcome

    public init(table: Int, home: TeamNumber, away: TeamNumber, outcome: MatchOutcome) {
        self.table = table
        self.home = home
        self.away = away
        self.outcome = outcome
    }
}

/// The result of a match.
public enum MatchOutcome: Sendable, Hashable {
    /// Board by board, in board order; `nil` for a board with no result yet.
    case boards([BoardOutcome?])
    /// One team forfeited (or had withdrawn): it scores 0 VP, its opponent the bye award.
    case forfeit(offender: TeamNumber)
}

/// VPs deducted from one team's total (罚分), with the reason.
public struct VictoryPointPenalty: Sendable, Hashable {
    public var team: TeamNumber
    /// The round it is charged in; it counts in standings from that round on.
    public var round: Int
    public var hundredths: Int
    public var reason: String

    public init(team: TeamNumber, round: Int, hundredths: Int, reason: String) {
        self.team = team
        self.round = round
        self.hundredths = hundredths
        self.reason = reason
    }
}
