extension CompetitionDefinition {
    /// One line describing the definition, e.g. `skills competition 'x', 13 trades, 2 titles`.
    public var summary: String {
        switch self {
        case .skills(let competition):
            let trades = competition.trades.count
            return "skills competition '\(competition.info.id)', \(trades) trade\(trades == 1 ? "" : "s"), "
                + "\(competition.titles.count) title\(competition.titles.count == 1 ? "" : "s")"
        case .bridgeTeams(let competition):
            let rules = competition.rules
            return "bridge-teams competition '\(competition.info.id)', \(rules.movement.rawValue), "
                + "\(rules.rounds) rounds × \(rules.boardsPerRound) boards, \(rules.form.rawValue) form"
        }
    }
}
