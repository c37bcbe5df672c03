import BridgeScoring
import SeededRandom
import Testing

@Suite("Swiss pairing")
struct SwissPairerTests {
    let pairer = SwissPairer()

    private func teams(_ n: Int) -> [TeamNumber] { (1...n).map { TeamNumber($0) } }

    @Test("round 1 of 27 teams: 1–2, 3–4, …, 25–26 and the bye to 27")
    func firstRoundSeeded() {
        let round = pairer.firstRound(teams: teams(27))
        #expect(round.bye == 27)
        #expect(round.tables.count == 13)
        #expect(round.tables.first == RoundPairing.Table(number: 1, home: 1, away: 2))
        #expect(round.tables.last == RoundPairing.Table(number: 13, home: 25, away: 26))
    }

    @Test("a random first round is reproducible from its seed and still gives the bye to the highest number")
    func firstRoundRandom() {
        let a = pairer.firstRound(teams: teams(27), seed: 2023)
        #expect(a == pairer.firstRound(teams: teams(27), seed: 2023))
        #expect(a != pairer.firstRound(teams: teams(27), seed: 2024))
        #expect(a.bye == 27)
        #expect(Set(a.tables.flatMap { [$0.home, $0.away] }).count == 26)
    }

    @Test("high is paired against high")
    func highAgainstHigh() throws {
        let round = try pairer.pair(ranking: [5, 3, 8, 1, 2, 7], met: [], hadBye: [])
        #expect(round.tables.map { [$0.home, $0.away] } == [[5, 3], [8, 1], [2, 7]])
    }

    @Test("it backtracks when the greedy choice leaves two teams that have met")
    func backtracks() throws {
        let met: Set<Meeting> = [Meeting(1, 2), Meeting(5, 6)]
        let round = try pairer.pair(ranking: teams(6), met: met, hadBye: [])
        // Greedy 1–3, 2–4 would leave 5–6, who have met: 2 takes 5 instead.
        #expect(round.tables.map { [$0.home, $0.away] } == [[1, 3], [2, 5], [4, 6]])
    }

    @Test("the bye goes to the lowest-ranked team that has not had one")
    func bye() throws {
        let round = try pairer.pair(ranking: teams(5), met: [], hadBye: [5])
        #expect(round.bye == 4)
        #expect(round.tables.map { [$0.home, $0.away] } == [[1, 2], [3, 5]])
    }

    @Test("when no legal pairing exists it names the teams that cannot be placed")
    func impossible() {
        let met: Set<Meeting> = [Meeting(1, 2), Meeting(1, 3), Meeting(1, 4)]
        #expect {
            try pairer.pair(ranking: teams(4), met: met, hadBye: [])
        } throws: { error in
            guard let error = error as? PairingError else { return false }
            return error.unplaceable.contains(1) && error.unplaceable.count == 2
                && error.description.hasPrefix("no legal pairing: 2 teams would have to meet an opponent again")
        }
    }

    @Test("when every team has had a bye the odd field cannot be paired")
    func noByeLeft() {
        #expect(throws: PairingError.self) {
            try pairer.pair(ranking: teams(3), met: [], hadBye: Set(teams(3)))
        }
    }

    /// Whether a legal pairing exists, by brute force over every pairing (small fields only):
    /// an independent check that the pairer's search misses nothing.
    static func legalPairingExists(_ teams: [TeamNumber], met: Set<Meeting>, hadBye: Set<TeamNumber>) -> Bool {
        func perfect(_ remaining: [TeamNumber]) -> Bool {
            guard let first = remaining.first else { return true }
            for index in remaining.indices.dropFirst() where !met.contains(Meeting(first, remaining[index])) {
                var rest = remaining
                rest.remove(at: index)
                rest.removeFirst()
                if perfect(rest) { return true }
            }
            return false
        }
        guard teams.count % 2 == 1 else { return perfect(teams) }
        return teams.contains { bye in !hadBye.contains(bye) && perfect(teams.filter { $0 != bye }) }
    }

    /// Plays a whole Swiss event with random results and checks every round. With
    /// `verifyImpossibility`, a round that cannot be paired ends the event after checking by
    /// brute force that no legal pairing exists; otherwise it is a failure.
    static func simulate(teams n: Int, rounds: Int, seed: UInt64, delayed: Bool = false,
                         verifyImpossibility: Bool = false) throws {
        var generator = SplitMix64(seed: seed)
        let teams = (1...n).map { TeamNumber($0) }
        let rules = EventRules(rounds: rounds, boardsPerRound: 8, delayedSwiss: delayed)
        let calculator = StandingsCalculator(rules: rules)
        var records: [RoundRecord] = []
        var met: Set<Meeting> = []
        var hadBye: Set<TeamNumber> = []
        for round in 1...rounds {
            let basis = SwissSchedule.standingsRound(forPairing: round, delayed: delayed)
            let pairing: RoundPairing
            if round == 1 {
                pairing = SwissPairer().firstRound(teams: teams)
            } else {
                let ranking = calculator.standings(teams: teams, rounds: records, afterRound: basis).entries.map(\.team)
                do {
                    pairing = try SwissPairer().pair(ranking: ranking, met: met, hadBye: hadBye)
                } catch {
                    guard verifyImpossibility else { throw error }
                    #expect(!legalPairingExists(teams, met: met, hadBye: hadBye),
                            "the pairer missed a legal pairing in round \(round) (seed \(seed))")
                    return
                }
                if verifyImpossibility {
                    #expect(legalPairingExists(teams, met: met, hadBye: hadBye))
                }
            }
            var placed = pairing.tables.flatMap { [$0.home, $0.away] }
            if let bye = pairing.bye {
                #expect(!hadBye.contains(bye), "team \(bye) had a second bye in round \(round)")
                hadBye.insert(bye)
                placed.append(bye)
            }
            #expect(placed.sorted() == teams, "round \(round) does not place every team exactly once")
            for meeting in pairing.meetings {
                #expect(!met.contains(meeting), "rematch \(meeting) in round \(round)")
                met.insert(meeting)
            }
            let matches = pairing.tables.map { table in
                MatchRecord(table: table.number, home: table.home, away: table.away,
                            outcome: .boards((0..<8).map { _ in .compared(homePoints: 10 * (generator.next(below: 161) - 80)) }))
            }
            records.append(RoundRecord(number: round, matches: matches, bye: pairing.bye))
        }
    }

    @Test("2,000 simulated 27-team × 7-round events: no rematch, no second bye, every team placed")
    func seedEvent() throws {
        for seed in 0..<2_000 { try Self.simulate(teams: 27, rounds: 7, seed: UInt64(seed)) }
    }

    /// With at most n/2 rounds every team can still meet at least half the field, so a legal
    /// pairing always exists (Dirac's theorem): every round must be paired.
    @Test("simulated events of other sizes always pair", arguments: [(8, 4), (9, 4), (10, 5), (16, 8), (64, 11)])
    func otherSizes(teams: Int, rounds: Int) throws {
        for seed in 0..<200 { try Self.simulate(teams: teams, rounds: rounds, seed: UInt64(seed)) }
    }

    /// Played to the last possible round, a Swiss can paint itself into a corner; then the
    /// pairer must say so exactly when brute force agrees that no legal pairing exists.
    @Test("to the last round, the pairer fails only when no legal pairing exists",
          arguments: [(6, 5), (7, 7), (8, 7), (9, 9), (10, 9)])
    func fullLength(teams: Int, rounds: Int) throws {
        for seed in 0..<150 {
            try Self.simulate(teams: teams, rounds: rounds, seed: UInt64(seed), verifyImpossibility: true)
        }
    }

    @Test("delayed Swiss pairs on the standings two rounds back without rematches")
    func delayed() throws {
        for seed in 0..<200 { try Self.simulate(teams: 27, rounds: 7, seed: UInt64(seed), delayed: true) }
    }
}

@Suite("Round robin")
struct RoundRobinTests {
    @Test("every pair meets exactly once", arguments: [2, 3, 4, 5, 7, 8, 9, 16, 27])
    func everyPairOnce(n: Int) {
        let teams = (1...n).map { TeamNumber($0) }
        let rounds = RoundRobinSchedule.rounds(teams: teams)
        #expect(rounds.count == (n % 2 == 0 ? n - 1 : n))
        var meetings: [Meeting: Int] = [:]
        var byes: [TeamNumber: Int] = [:]
        for round in rounds {
            var placed = round.tables.flatMap { [$0.home, $0.away] }
            if let bye = round.bye {
                placed.append(bye)
                byes[bye, default: 0] += 1
            }
            #expect(placed.sorted() == teams)
            for meeting in round.meetings { meetings[meeting, default: 0] += 1 }
        }
        #expect(meetings.count == n * (n - 1) / 2)
        #expect(meetings.values.allSatisfy { $0 == 1 })
        #expect(byes.count == (n % 2 == 1 ? n : 0))
        #expect(byes.values.allSatisfy { $0 == 1 })
    }

    @Test("8 teams play exactly 7 rounds of 4 matches")
    func eightTeams() {
        let rounds = RoundRobinSchedule.rounds(teams: (1...8).map { TeamNumber($0) })
        #expect(rounds.count == 7)
        #expect(rounds.allSatisfy { $0.tables.count == 4 && $0.bye == nil })
    }

    @Test("a double round robin repeats the cycle with home and away exchanged")
    func double() throws {
        let teams = (1...4).map { TeamNumber($0) }
        let first = try #require(RoundRobinSchedule.round(1, teams: teams))
        let fourth = try #require(RoundRobinSchedule.round(4, teams: teams))
        #expect(first.tables.map { [$0.away, $0.home] } == fourth.tables.map { [$0.home, $0.away] })
    }
}
