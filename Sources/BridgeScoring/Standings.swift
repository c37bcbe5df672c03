/// A team's line in the standings.
public struct StandingsEntry: Sendable, Hashable {
    /// Standard competition rank: teams the whole tie-break chain cannot separate share it.
    public var rank: Int
    public var team: TeamNumber
    /// Total VPs in hundredths: matches, byes and forfeits received, less penalties.
    public var victoryPoints: Int
    public var imps: IMPTally
    /// Matches played (forfeits and byes not included).
    public var matches: Int
    public var byes: Int
    /// The prize level won, by fixed counts on rank.
    public var award: PrizeLevel?
    /// Whether the team is within the qualifiers' cut.
    public var isQualified: Bool
    /// VPs deducted by penalties (hundredths, 0 for none), already out of `victoryPoints`.
    public var penalty: Int = 0
    /// The VPs (hundredths) each bye or walkover received is worth to this team, `nil` when
    /// it received none.
    public var awardPerBye: Int?
}

/// The standings of a bridge event after a given round.
public struct Standings: Sendable, Hashable {
    public var afterRound: Int
    /// In rank order; shared ranks listed by team number.
    public var entries: [StandingsEntry]
    /// Whether a board of a counted round is still missing.
    public var isProvisional: Bool
    /// The event's rounds (0 when not given): standings after an earlier round are not final,
    /// and neither are their prizes and qualification.
    public var rounds: Int = 0

    /// Whether these are the event's final standings: after its last round, nothing missing.
    public var isFinal: Bool { !isProvisional && rounds > 0 && afterRound >= rounds }
}

/// Computes standings from the rounds played (bridge spec §7).
public struct StandingsCalculator: Sendable {
    public var table: VictoryPointTable
    public var bye: ByeAward
    public var tieBreaks: [StandingsTieBreak]
    public var awards: TeamAwards
    /// The event's rounds (0 when unknown), for standings to tell whether they are final.
    public var totalRounds = 0

    public init(table: VictoryPointTable, bye: ByeAward, tieBreaks: [StandingsTieBreak],
                awards: TeamAwards = TeamAwards()) {
        self.table = table
        self.bye = bye
        self.tieBreaks = tieBreaks
        self.awards = awards
    }

    /// The event's calculator from its rules.
    public init(rules: EventRules, awards: TeamAwards = TeamAwards()) {
        self.init(table: VictoryPointTable(scale: rules.victoryPoints, boards: rules.boardsPerRound),
                  bye: rules.bye, tieBreaks: rules.tieBreaks, awards: awards)
        totalRounds = rules.rounds
    }

    /// The standings of `teams` after round `afterRound`, counting rounds 1 … `afterRound`
    /// of `rounds` and the penalties charged in them.
    ///
    /// Complexity: O(m + t log t) for m matches and t teams, plus the tie-break groups.
    public func standings(teams: [TeamNumber], rounds: [RoundRecord], penalties: [VictoryPointPenalty] = [],
                          afterRound: Int) -> Standings {
        var ledger = Ledger(teams: teams)
        var provisional = false
        let counted = rounds.filter { $0.number <= afterRound }
        for round in counted {
            for match in round.matches {
                switch match.outcome {
                case .boards(let boards):
                    let score = MatchScore(boards: boards, table: table)
                    provisional = provisional || score.isProvisional
                    ledger.record(match: match, score: score)
                case .forfeit(let offender):
                    ledger.recordForfeit(match: match, offender: offender)
                }
            }
            if let team = round.bye { ledger.recordBye(team) }
        }
        var awardPerBye: [TeamNumber: Int] = [:]
        for team in teams where ledger.awardsOwed(to: team) > 0 {
            let award = byeAward(for: ledger.lines[team]!)
            awardPerBye[team] = award
            ledger.lines[team]!.victoryPoints += ledger.awardsOwed(to: team) * award
        }
        var penalised: [TeamNumber: Int] = [:]
        for penalty in penalties where penalty.round <= afterRound {
            ledger.lines[penalty.team]?.victoryPoints -= penalty.hundredths
            penalised[penalty.team, default: 0] += penalty.hundredths
        }
        let groups = rankedGroups(ledger: ledger)
        var entries: [StandingsEntry] = []
        for group in groups {
            let rank = entries.count + 1
            for team in group.sorted() {
                let line = ledger.lines[team]!
                entries.append(StandingsEntry(
                    rank: rank, team: team, victoryPoints: line.victoryPoints, imps: line.imps,
                    matches: line.matches, byes: line.byes, award: prize(forRank: rank),
                    isQualified: rank <= awards.qualifiers, penalty: penalised[team] ?? 0, awardPerBye: awardPerBye[team]))
            }
        }
        return Standings(afterRound: afterRound, entries: entries, isProvisional: provisional, rounds: totalRounds)
    }

    /// The VPs (hundredths) of one bye or forfeit received, for a team with `line` so far.
    func byeAward(for line: Ledger.Line) -> Int {
        let average = line.matches == 0 ? 1000
            : (2 * line.matchVictoryPoints + line.matches) / (2 * line.matches)    // half-up
        switch bye {
        case .fixed(let hundredths): return hundredths
        case .average: return average
        case .greaterOfFixedAndAverage(let hundredths): return max(hundredths, average)
        }
    }

    /// The first prize level whose cumulative count reaches `rank`.
    func prize(forRank rank: Int) -> PrizeLevel? {
        var cumulative = 0
        for level in awards.levels {
            cumulative += level.count
            if rank <= cumulative { return level }
        }
        return nil
    }
}
