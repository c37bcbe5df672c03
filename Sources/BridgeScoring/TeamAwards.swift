/// A bridge event's prizes by rank and its cut for qualifiers (bridge spec §7).
public struct TeamAwards: Sendable, Hashable {
    /// Prize levels, best first, each a fixed number of teams.
    public var levels: [PrizeLevel]
    /// The top this-many teams are marked as qualified.
    public var qualifiers: Int

    public init(levels: [PrizeLevel] = [], qualifiers: Int = 0) {
        self.levels = levels
        self.qualifiers = qualifiers
    }

    /// The number of teams that receive a prize.
    public var prizeCount: Int { levels.reduce(0) { $0 + $1.count } }
}

/// One prize level of a bridge event, e.g. 一等奖 for 1 team.
public struct PrizeLevel: Sendable, Hashable {
    public var id: String
    public var name: String?
    public var count: Int

    public init(id: String, name: String? = nil, count: Int) {
        self.id = id
        self.name = name
        self.count = count
    }
}
