import SkillsScoring

/// How far a trade's marking has come (the board shows it before the reveal): no total, rank
/// or name.
public struct TradeProgress: Sendable, Hashable {
    public var trade: TradeID
    public var name: String
    /// Registered entrants, whatever their status.
    public var entrants: Int
    /// Entrants who have competed (a registered entrant with a mark, or so recorded).
    public var competed: Int
    /// Marks stored.
    public var marks: Int
    /// Marks the entrants who may be marked need in all.
    public var expected: Int
    public var isLocked: Bool
    public var isRevealed: Bool

    public init(trade: TradeID, name: String, entrants: Int, competed: Int, marks: Int, expected: Int,
                isLocked: Bool, isRevealed: Bool) {
        self.trade = trade
        self.name = name
        self.entrants = entrants
        self.competed = competed
        self.marks = marks
        self.expected = expected
        self.isLocked = isLocked
        self.isRevealed = isRevealed
    }
}

/// How far a bridge round's results have come.
public struct RoundProgress: Sendable, Hashable {
    public var round: Int
    /// Table results stored.
    public var results: Int
    /// Table results the round's matches need (forfeited matches need none).
    public var expected: Int

    public init(round: Int, results: Int, expected: Int) {
        self.round = round
        self.results = results
        self.expected = expected
    }

    public var isComplete: Bool { results >= expected }
}

/// A competition's progress: per trade, or per bridge round.
public enum CompetitionProgress: Sendable {
    case skills([TradeProgress])
    case bridge([RoundProgress])
}
