/// An adjusted score given to one side of a board (Law 12, 86).
public enum Adjustment: String, Sendable, CaseIterable, Hashable {
    /// 平均正分: +3 IMPs.
    case averagePlus = "A+"
    /// 平均分: 0 IMPs.
    case average = "A"
    /// 平均负分: −3 IMPs.
    case averageMinus = "A-"

    /// The IMPs the side receives.
    public var imps: Int {
        switch self {
        case .averagePlus: 3
        case .average: 0
        case .averageMinus: -3
        }
    }
}

/// What happened on one board of a match, from the home team's point of view.
public enum BoardOutcome: Sendable, Hashable {
    /// The board was played and compared: home gained `homePoints` (negative when it lost
    /// points) before conversion to IMPs.
    case compared(homePoints: Int)
    /// Each side received an adjusted score; the two need not balance.
    case adjusted(home: Adjustment, away: Adjustment)

    /// Robot form (人机对抗): each team's score on the board is the sum of its tables' scores
    /// from its own side; home's points are home's score minus away's.
    public static func robot(homeScore: Int, awayScore: Int) -> BoardOutcome {
        .compared(homePoints: homeScore - awayScore)
    }

    /// Teams of four: home sits NS in the open room and EW in the closed room, so home's
    /// points are the open room's NS score minus the closed room's NS score.
    public static func teamsOfFour(openNorthSouth: Int, closedNorthSouth: Int) -> BoardOutcome {
        .compared(homePoints: openNorthSouth - closedNorthSouth)
    }

    /// The IMPs each side receives on this board.
    public var imps: (home: Int, away: Int) {
        switch self {
        case .compared(let points):
            let imps = IMPScale.imps(forDifference: points)
            return (imps, -imps)
        case .adjusted(let home, let away):
            return (home.imps, away.imps)
        }
    }
}
