import BridgeScoring

/// A registered bridge team and its players.
public struct TeamRow: Sendable, Hashable {
    public var number: TeamNumber
    public var name: String
    public var organisation: String?
    public var players: [String]
    /// The last round the team played, when it has withdrawn.
    public var withdrawnAfterRound: Int?

    public init(number: TeamNumber, name: String, organisation: String? = nil, players: [String],
                withdrawnAfterRound: Int? = nil) {
        self.number = number
        self.name = name
        self.organisation = organisation
        self.players = players
        self.withdrawnAfterRound = withdrawnAfterRound
    }
}
