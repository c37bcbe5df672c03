import BridgeScoring
import Testing

@Suite("Matches")
struct MatchScoreTests {
    let eightBoards = VictoryPointTable(scale: .wbf2013, boards: 8)

    @Test("robot form: each team's score from its own side; home's IMPs from the difference")
    func robot() {
        // Board 1: home +620, away +420 → home +200 → +5 IMPs. Board 2: home −100, away +140 → −240 → −6.
        let match = MatchScore(boards: [.robot(homeScore: 620, awayScore: 420), .robot(homeScore: -100, awayScore: 140)],
                               table: eightBoards)
        #expect(match.home == IMPTally(won: 5, lost: 6))
        #expect(match.away == IMPTally(won: 6, lost: 5))
        #expect(match.homeVictoryPoints == 956)          // margin −1 → 20 − 10.44
        #expect(match.awayVictoryPoints == 1044)
        #expect(!match.isProvisional)
    }

    @Test("teams of four: open-room NS minus closed-room NS")
    func teamsOfFour() {
        let board = BoardOutcome.teamsOfFour(openNorthSouth: 420, closedNorthSouth: -50)
        #expect(board.imps.home == 10)
        #expect(board.imps.away == -10)
    }

    @Test("adjusted scores are given per side and need not balance")
    func adjusted() {
        var boards: [BoardOutcome?] = Array(repeating: .robot(homeScore: 0, awayScore: 0), count: 7)
        boards.append(.adjusted(home: .averagePlus, away: .averagePlus))
        let match = MatchScore(boards: boards, table: eightBoards)
        #expect(match.home.margin == 3)
        #expect(match.away.margin == 3)
        #expect(match.homeVictoryPoints == 1127)
        #expect(match.awayVictoryPoints == 1127)          // 22.54 in all, not 20
    }

    @Test("a missing board is missing, not zero: the match is provisional")
    func missingBoard() {
        let match = MatchScore(boards: [.robot(homeScore: 450, awayScore: 0), nil], table: eightBoards)
        #expect(match.isProvisional)
        #expect(match.home.margin == 10)
    }

    @Test("a 35–20 match adds 35 won and 20 lost")
    func tallies() {
        let boards: [BoardOutcome?] = [.compared(homePoints: 1500), .compared(homePoints: 1500), .compared(homePoints: 500),
                                       .compared(homePoints: -2000), .compared(homePoints: -20)]
        let match = MatchScore(boards: boards, table: eightBoards)
        #expect(match.home == IMPTally(won: 17 + 17 + 11, lost: 19 + 1))
    }
}

@Suite("Standings")
struct StandingsTests {
    let rules = EventRules(rounds: 3, boardsPerRound: 8)

    private func match(_ table: Int, _ home: TeamNumber, _ away: TeamNumber, margin: Int) -> MatchRecord {
        let imps = [0, 20, 50, 90, 130, 170, 220, 270, 320, 370, 430, 500, 600]
        precondition(abs(margin) < imps.count)
        let points = margin < 0 ? -imps[-margin] : imps[margin]
        return MatchRecord(table: table, home: home, away: away,
                           outcome: .boards([.compared(homePoints: points)] + Array(repeating: .compared(homePoints: 0), count: 7)))
    }

    @Test("VPs add up; byes score the configured award; penalties are deducted")
    func totals() {
        let rounds = [
            RoundRecord(number: 1, matches: [match(1, 1, 2, margin: 12)], bye: 3),
            RoundRecord(number: 2, matches: [match(1, 3, 1, margin: 2)], bye: 2),
        ]
        let penalty = VictoryPointPenalty(team: 1, round: 2, hundredths: 100, reason: "slow play")
        let standings = StandingsCalculator(rules: rules)
            .standings(teams: [1, 2, 3], rounds: rounds, penalties: [penalty], afterRound: 2)
        let byTeam = Dictionary(uniqueKeysWithValues: standings.entries.map { ($0.team, $0) })
        #expect(byTeam[1]!.victoryPoints == 1439 + 914 - 100)
        #expect(byTeam[2]!.victoryPoints == 561 + 1200)
        #expect(byTeam[3]!.victoryPoints == 1200 + 1086)
        #expect(byTeam[3]!.byes == 1)
        #expect(byTeam[1]!.matches == 2)
        #expect(standings.entries.map(\.team) == [3, 1, 2])
        #expect(standings.entries.map(\.rank) == [1, 2, 3])
        #expect(!standings.isProvisional)
    }

    @Test("standings after an earlier round count only the rounds up to it")
    func afterRound() {
        let rounds = [
            RoundRecord(number: 1, matches: [match(1, 1, 2, margin: 12)]),
            RoundRecord(number: 2, matches: [match(1, 1, 2, margin: -12)]),
        ]
        let standings = StandingsCalculator(rules: rules).standings(teams: [1, 2], rounds: rounds, afterRound: 1)
        #expect(standings.entries.first?.team == 1)
        #expect(standings.entries.first?.victoryPoints == 1439)
    }

    @Test("head-to-head separates two tied teams that met")
    func headToHead() {
        // 1 beat 2 by 2 IMPs; 2 beat 3 and 1 lost to 4 by the same margin.
        let rounds = [
            RoundRecord(number: 1, matches: [match(1, 1, 2, margin: 2), match(2, 3, 4, margin: 0)]),
            RoundRecord(number: 2, matches: [match(1, 2, 3, margin: 2), match(2, 1, 4, margin: -2)]),
        ]
        let standings = StandingsCalculator(rules: rules).standings(teams: [1, 2, 3, 4], rounds: rounds, afterRound: 2)
        // 4 leads with 20.86; 1 and 2 both have 20.00 and 1 won their match.
        #expect(standings.entries.map(\.team) == [4, 1, 2, 3])
        #expect(standings.entries.map(\.victoryPoints) == [2086, 2000, 2000, 1914])
        #expect(standings.entries.map(\.rank) == [1, 2, 3, 4])
    }

    @Test("IMP quotient with nothing lost counts as infinite, and equal teams share a rank")
    func quotient() {
        let calculator = StandingsCalculator(table: VictoryPointTable(scale: .wbf2013, boards: 8),
                                             bye: .fixed(hundredths: 1200), tieBreaks: [.impQuotient])
        let rounds = [RoundRecord(number: 1, matches: [
            MatchRecord(table: 1, home: 1, away: 2, outcome: .boards([.compared(homePoints: 0)])),
            MatchRecord(table: 2, home: 3, away: 4, outcome: .boards([.adjusted(home: .average, away: .average)])),
        ])]
        let standings = calculator.standings(teams: [1, 2, 3, 4], rounds: rounds, afterRound: 1)
        #expect(standings.entries.map(\.rank) == [1, 1, 1, 1])
        #expect(standings.entries.map(\.team) == [1, 2, 3, 4])
    }

    @Test("prizes by fixed counts and the qualifiers' cut")
    func awards() {
        let awards = TeamAwards(levels: [PrizeLevel(id: "first", count: 1), PrizeLevel(id: "second", count: 2)],
                                qualifiers: 3)
        let rounds = [RoundRecord(number: 1, matches: [match(1, 1, 2, margin: 12), match(2, 3, 4, margin: 5)])]
        let standings = StandingsCalculator(rules: rules, awards: awards)
            .standings(teams: [1, 2, 3, 4], rounds: rounds, afterRound: 1)
        #expect(standings.entries.map(\.team) == [1, 3, 4, 2])
        #expect(standings.entries.map(\.award?.id) == ["first", "second", "second", nil])
        #expect(standings.entries.map(\.isQualified) == [true, true, true, false])
    }

    @Test("a forfeit scores 0 for the offender and the bye award for the opponent")
    func forfeit() {
        let rounds = [RoundRecord(number: 1, matches: [MatchRecord(table: 1, home: 1, away: 2, outcome: .forfeit(offender: 2))])]
        let standings = StandingsCalculator(rules: rules).standings(teams: [1, 2], rounds: rounds, afterRound: 1)
        #expect(standings.entries.map(\.victoryPoints) == [1200, 0])
    }

    @Test("an average bye award is the team's match average, half-up to hundredths")
    func averageBye() {
        let calculator = StandingsCalculator(table: VictoryPointTable(scale: .wbf2013, boards: 8), bye: .average,
                                             tieBreaks: [])
        let rounds = [
            RoundRecord(number: 1, matches: [match(1, 1, 2, margin: 12)], bye: 3),
            RoundRecord(number: 2, matches: [match(1, 1, 3, margin: 1)], bye: 2),
        ]
        let standings = calculator.standings(teams: [1, 2, 3], rounds: rounds, afterRound: 2)
        let byTeam = Dictionary(uniqueKeysWithValues: standings.entries.map { ($0.team, $0.victoryPoints) })
        #expect(byTeam[3] == 956 * 2)                       // its one match, twice
        #expect(byTeam[2] == 561 * 2)
    }
}
