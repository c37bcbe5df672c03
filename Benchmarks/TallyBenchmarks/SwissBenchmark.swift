import BridgeScoring
import SeededRandom

/// Pairs every round of Swiss events of growing size with random results and reports the
/// time of one round's pairing (the standings that order the teams are not counted).
enum SwissBenchmark {
    static func run() {
        print("Swiss pairing, 11 rounds, random 8-board results (seed 1)")
        print("teams   median round   slowest round   total pairing")
        var previous: Double?
        for teams in [250, 500, 1_000, 2_000, 4_000] {
            let times = pairingTimes(teams: teams, rounds: 11, seed: 1)
            let sorted = times.sorted()
            let median = sorted[sorted.count / 2]
            let growth = previous.map { " (×\(((median / $0) * 10).rounded() / 10) for ×2 teams)" } ?? ""
            print("\(pad(teams, 5))   \(pad(Stopwatch.format(median), 12))   \(pad(Stopwatch.format(sorted.last!), 13))   "
                  + "\(Stopwatch.format(times.reduce(0, +)))\(growth)")
            previous = median
        }
    }

    /// The pairing time of rounds 2 … `rounds`.
    static func pairingTimes(teams n: Int, rounds: Int, seed: UInt64) -> [Double] {
        var generator = SplitMix64(seed: seed)
        let teams = (1...n).map { TeamNumber($0) }
        let calculator = StandingsCalculator(rules: EventRules(rounds: rounds, boardsPerRound: 8))
        var records: [RoundRecord] = []
        var met: Set<Meeting> = []
        var hadBye: Set<TeamNumber> = []
        var times: [Double] = []
        for round in 1...rounds {
            let pairing: RoundPairing
            if round == 1 {
                pairing = SwissPairer().firstRound(teams: teams)
            } else {
                let ranking = calculator.standings(teams: teams, rounds: records, afterRound: round - 1).entries.map(\.team)
                let timed = Stopwatch.time { try? SwissPairer().pair(ranking: ranking, met: met, hadBye: hadBye) }
                guard let paired = timed.result else { fatalError("no pairing for \(n) teams in round \(round)") }
                times.append(timed.seconds)
                pairing = paired
            }
            met.formUnion(pairing.meetings)
            if let bye = pairing.bye { hadBye.insert(bye) }
            records.append(RoundRecord(number: round, matches: pairing.tables.map { table in
                MatchRecord(table: table.number, home: table.home, away: table.away,
                            outcome: .boards((0..<8).map { _ in .compared(homePoints: 10 * (generator.next(below: 161) - 80)) }))
            }, bye: pairing.bye))
        }
        return times
    }

    private static func pad(_ value: some CustomStringConvertible, _ width: Int) -> String {
        let text = value.description
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
