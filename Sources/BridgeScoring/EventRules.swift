/// How a bridge team event is run and scored (bridge spec §4–7).
public struct EventRules: Sendable, Hashable {
    public var movement: Movement
    public var rounds: Int
    public var boardsPerRound: Int
    public var boardNumbering: BoardNumbering
    public var form: MatchForm
    public var victoryPoints: VictoryPointScale
    public var firstRound: FirstRoundPairing
    /// Whether round r is paired on the standings after round r − 2 (delayed Swiss).
    public var delayedSwiss: Bool
    public var bye: ByeAward
    public var tieBreaks: [StandingsTieBreak]
    /// The expected number of teams, when the definition states it.
    public var teams: Int?
    /// In robot form, the tables each team plays a board at: 1, or 2 (one pair NS, one EW).
    public var robotTables: Int
    /// 同单位回避: in Swiss rounds 2 … K + 1, teams of one organisation do not meet while a
    /// legal pairing without that exists (0: no avoidance).
    public var avoidSameOrganisation: Int

    public init(movement: Movement = .swiss, rounds: Int, boardsPerRound: Int,
                boardNumbering: BoardNumbering = .continuous, form: MatchForm = .teamsOfFour,
                victoryPoints: VictoryPointScale = .wbf2013, firstRound: FirstRoundPairing = .seeded,
                delayedSwiss: Bool = false, bye: ByeAward = .fixed(hundredths: 1200),
                tieBreaks: [StandingsTieBreak] = StandingsTieBreak.standard, teams: Int? = nil,
                robotTables: Int = 2, avoidSameOrganisation: Int = 0) {
        self.movement = movement
        self.rounds = rounds
        self.boardsPerRound = boardsPerRound
        self.boardNumbering = boardNumbering
        self.form = form
        self.victoryPoints = victoryPoints
        self.firstRound = firstRound
        self.delayedSwiss = delayedSwiss
        self.bye = bye
        self.tieBreaks = tieBreaks
        self.teams = teams
        self.robotTables = robotTables
        self.avoidSameOrganisation = avoidSameOrganisation
    }

    /// Whether Swiss round `round` avoids pairing teams of one organisation.
    public func avoidsSameOrganisation(inRound round: Int) -> Bool {
        movement == .swiss && round >= 2 && round <= avoidSameOrganisation + 1
    }
}

/// How teams meet (bridge spec §6).
public enum Movement: String, Sendable, CaseIterable {
    /// 积分编排赛: each round pairs teams of similar standing, never twice.
    case swiss
    /// 循环赛: every team meets every other once (circle method).
    case roundRobin = "round-robin"
}

/// How boards are numbered across rounds (bridge spec §1).
public enum BoardNumbering: String, Sendable, CaseIterable {
    /// Round r plays boards b·(r − 1) + 1 … b·r.
    case continuous
    /// Every round replays boards 1 … b.
    case perRound = "per-round"
}

/// How a match is played (bridge spec §5).
public enum MatchForm: String, Sendable, CaseIterable {
    /// 人机对抗: each team plays against robots; teams' scores are compared.
    case robot
    /// Two rooms: home NS in the open room, EW in the closed room.
    case teamsOfFour = "teams-of-four"
}

/// The IMP-to-VP conversion (bridge spec §4).
public enum VictoryPointScale: String, Sendable, CaseIterable {
    /// The WBF 2013 continuous 20-VP scale, any number of boards.
    case wbf2013 = "wbf-2013"
    /// The ACBL 20-point discrete scale for 6–8 boards.
    case acbl20 = "acbl-20"
}

/// How round 1 of a Swiss is paired (bridge spec §6).
public enum FirstRoundPairing: String, Sendable, CaseIterable {
    /// 1–2, 3–4, … by team number.
    case seeded
    /// A draw from a seeded random generator, the seed recorded.
    case random
}

/// What a team receives for a bye (bridge spec §6).
public enum ByeAward: Sendable, Hashable {
    /// A fixed number of VPs, in hundredths.
    case fixed(hundredths: Int)
    /// The team's average VPs over its played matches.
    case average
    /// The greater of a fixed award (in hundredths) and the team's average.
    case greaterOfFixedAndAverage(hundredths: Int)
}

/// One link of the standings tie-break chain (bridge spec §7).
public enum StandingsTieBreak: String, Sendable, CaseIterable {
    /// VPs (then that match's IMPs) between the tied teams.
    case headToHead = "head-to-head"
    /// IMPs won ÷ IMPs lost; nothing lost counts as infinite.
    case impQuotient = "imp-quotient"
    /// The sum of the opponents' VPs.
    case opponentsVP = "opponents-vp"
    /// IMPs won − IMPs lost.
    case impDifference = "imp-difference"

    /// The default chain: head-to-head, IMP quotient, opponents' VPs.
    public static let standard: [StandingsTieBreak] = [.headToHead, .impQuotient, .opponentsVP]
}
