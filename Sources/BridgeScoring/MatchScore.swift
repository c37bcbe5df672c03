/// The IMPs one side gained and conceded over a match, board by board.
public struct IMPTally: Sendable, Hashable {
    /// IMPs gained on boards this side won (including its Average+ adjustments).
    public var won: Int = 0
    /// IMPs conceded on boards this side lost (including its Average− adjustments).
    public var lost: Int = 0

    public init(won: Int = 0, lost: Int = 0) {
        self.won = won
        self.lost = lost
    }

    /// The match margin: won − lost.
    public var margin: Int { won - lost }

    mutating func add(_ imps: Int) {
        if imps > 0 { won += imps } else { lost -= imps }
    }

    static func + (lhs: IMPTally, rhs: IMPTally) -> IMPTally {
        IMPTally(won: lhs.won + rhs.won, lost: lhs.lost + rhs.lost)
    }
}

/// A scored match: each side's IMPs and victory points.
///
/// Each side's VPs come from its own IMP total, so with unbalanced adjustments the two may
/// not add up to 20 (bridge spec §5).
public struct MatchScore: Sendable, Hashable {
    public var home: IMPTally
    public var away: IMPTally
    /// Home's VPs, in hundredths.
    public var homeVictoryPoints: Int
    /// Away's VPs, in hundredths.
    public var awayVictoryPoints: Int
    /// Whether a board is still missing: the figures cover the boards entered so far.
    public var isProvisional: Bool

    /// Scores a match from its boards; a `nil` board is missing, never 0.
    public init(boards: [BoardOutcome?], table: VictoryPointTable) {
        var home = IMPTally(), away = IMPTally()
        for case let board? in boards {
            let imps = board.imps
            home.add(imps.home)
            away.add(imps.away)
        }
        self.home = home
        self.away = away
        homeVictoryPoints = table.victoryPoints(margin: home.margin)
        awayVictoryPoints = table.victoryPoints(margin: away.margin)
        isProvisional = boards.contains(nil)
    }
}
