/// The result of one table on one board, as entered: a score for North-South, or an
/// adjusted score for the side concerned.
public struct TableResult: Sendable, Hashable {
    /// North-South's score at this table (the defenders' when EW declared is its negation).
    public var northSouthScore: Int?
    /// An adjusted score given instead of a result.
    public var adjustment: Adjustment?

    public init(northSouthScore: Int) {
        self.northSouthScore = northSouthScore
        adjustment = nil
    }

    public init(adjustment: Adjustment) {
        northSouthScore = nil
        self.adjustment = adjustment
    }
}

/// Which room of a teams-of-four match.
public enum Room: String, Sendable, CaseIterable, Hashable {
    /// Home sits North-South.
    case open
    /// Home sits East-West.
    case closed
}

/// Turns the tables of one board into the board's outcome for a match (bridge spec §5).
public enum BoardComparison {
    /// Robot form (人机对抗): each team's score is the sum of its tables' scores from its own
    /// side (`tables` per team: one, or one North-South and one East-West). A team with an
    /// adjusted table receives that adjustment; when only one team has one, the other, if
    /// complete, receives Average. `nil` while a table is missing.
    public static func robot(home: [Partnership: TableResult], away: [Partnership: TableResult],
                             tablesPerTeam: Int) -> BoardOutcome? {
        func side(_ tables: [Partnership: TableResult]) -> (score: Int?, adjustment: Adjustment?) {
            if let adjusted = tables.values.compactMap(\.adjustment).first { return (nil, adjusted) }
            guard tables.count >= tablesPerTeam else { return (nil, nil) }
            let score = tables.reduce(0) { sum, table in
                sum + (table.key == .northSouth ? table.value.northSouthScore! : -table.value.northSouthScore!)
            }
            return (score, nil)
        }
        let h = side(home), a = side(away)
        switch (h.score, h.adjustment, a.score, a.adjustment) {
        case let (home?, nil, away?, nil): return .robot(homeScore: home, awayScore: away)
        case let (_, homeAdjustment?, away, awayAdjustment) where away != nil || awayAdjustment != nil:
            return .adjusted(home: homeAdjustment, away: awayAdjustment ?? .average)
        case let (home, nil, _, awayAdjustment?) where home != nil:
            return .adjusted(home: .average, away: awayAdjustment)
        default: return nil
        }
    }

    /// Teams of four: home's points are the open room's North-South score minus the closed
    /// room's. An adjustment at either table is given to both teams as recorded there (the
    /// open-room row's adjustment for home, the closed-room row's for away); `nil` while a
    /// room is missing.
    public static func teamsOfFour(open: TableResult?, closed: TableResult?) -> BoardOutcome? {
        guard let open, let closed else { return nil }
        if open.adjustment != nil || closed.adjustment != nil {
            return .adjusted(home: open.adjustment ?? .average, away: closed.adjustment ?? .average)
        }
        return .teamsOfFour(openNorthSouth: open.northSouthScore!, closedNorthSouth: closed.northSouthScore!)
    }
}

extension EventRules {
    /// The board numbers played in round `round` (bridge spec §1).
    public func boards(inRound round: Int) -> ClosedRange<Int> {
        switch boardNumbering {
        case .continuous: (boardsPerRound * (round - 1) + 1)...(boardsPerRound * round)
        case .perRound: 1...boardsPerRound
        }
    }
}
