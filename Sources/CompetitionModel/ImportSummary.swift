import SkillsScoring

/// What an import wrote.
public struct ImportSummary: Sendable, Hashable {
    public var rows: Int
    /// Per trade, the seed its codes were drawn with, when they were.
    public var draws: [TradeID: UInt64]

    public init(rows: Int, draws: [TradeID: UInt64] = [:]) {
        self.rows = rows
        self.draws = draws
    }
}
