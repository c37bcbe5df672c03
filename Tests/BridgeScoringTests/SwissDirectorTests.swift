import BridgeScoring
import SeededRandom
import Testing

/// The director is never stranded (bridge spec §6): when a Swiss round has no legal pairing,
/// `--allow-rematches` gives the pairing with the fewest rematches (high against high among
/// those) and `--allow-second-bye` the bye to the lowest-ranked team for whom the rest pair —
/// each checked against a brute force over every pairing of the field.
@Suite("Swiss: the director is never stranded")
struct SwissDirectorTests {
    /// Every pairing of `ranks` (indices into the ranking, an even number), as lists of pairs
    /// (high, low) in rank order of the high team: the order "high against high" compares in.
    static func allPairings(_ ranks: [Int]) -> [[(Int, Int)]] {
        guard let high = ranks.first else { return [[]] }
        var result: [[(Int, Int)]] = []
        for low in ranks.dropFirst() {
            for rest in allPairings(ranks.filter { $0 != high && $0 != low }) { result.append([(high, low)] + rest) }
        }
        return result
    }

    /// Whether pairing `a` comes before `b` high against high: the first team's opponent
    /// higher-placed, then the next unpaired team's, …
    static func before(_ a: [(Int, Int)], _ b: [(Int, Int)]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return x.0 < y.0 || x.0 == y.0 && x.1 < y.1 }
        return false
    }

    /// What a brute force finds: the pairing `--allow-rematches` must give.
    static func bruteForceFewestRematches(ranking: [TeamNumber], met: Set<Meeting>, hadBye: Set<TeamNumber>)
        -> (pairs: [(Int, Int)], bye: Int?, rematches: Int) {
        let n = ranking.count
        func rematches(_ pairs: [(Int, Int)]) -> Int { pairs.filter { met.contains(Meeting(ranking[$0.0], ranking[$0.1])) }.count }
        var byes: [Int?] = [nil]
        if n % 2 == 1 {
            let fresh = (0..<n).reversed().filter { !hadBye.contains(ranking[$0]) }
            byes = (fresh.isEmpty ? Array((0..<n).reversed()) : fresh).map { $0 }
        }
        var best: (pairs: [(Int, Int)], bye: Int?, rematches: Int)?
        for bye in byes {     // lowest-ranked first: a later bye must do strictly better
            let pairings = allPairings((0..<n).filter { $0 != bye })
            var chosen: (pairs: [(Int, Int)], rematches: Int)?
            for pairs in pairings {
                let count = rematches(pairs)
                if chosen == nil || count < chosen!.rematches || count == chosen!.rematches && before(pairs, chosen!.pairs) {
                    chosen = (pairs, count)
                }
            }
            if let chosen, best == nil || chosen.rematches < best!.rematches { best = (chosen.pairs, bye, chosen.rematches) }
        }
        return best!
    }

    /// Whether a legal pairing exists (no rematch; the bye to a team without one).
    static func legalPairingExists(ranking: [TeamNumber], met: Set<Meeting>, hadBye: Set<TeamNumber>, anyBye: Bool = false) -> Bool {
        let n = ranking.count
        let byes: [Int?] = n % 2 == 0 ? [nil] : (0..<n).filter { anyBye || !hadBye.contains(ranking[$0]) }.map { $0 }
        return byes.contains { bye in
            allPairings((0..<n).filter { $0 != bye }).contains { pairs in
                !pairs.contains { met.contains(Meeting(ranking[$0.0], ranking[$0.1])) }
            }
        }
    }

    static func pairs(_ pairing: RoundPairing, in ranking: [TeamNumber]) -> [(Int, Int)] {
        let rank = Dictionary(uniqueKeysWithValues: ranking.enumerated().map { ($0.element, $0.offset) })
        return pairing.tables.map { (rank[$0.home]!, rank[$0.away]!) }
    }

    /// A random field: a ranking, meetings and byes as a long event might leave them.
    static func randomState(teams n: Int, density: Int, generator: inout SplitMix64) -> ([TeamNumber], Set<Meeting>, Set<TeamNumber>) {
        let ranking = (1...n).map { TeamNumber($0) }.deterministicallyShuffled(using: &generator)
        var met: Set<Meeting> = []
        for a in 1...n {
            for b in (a + 1)...max(a + 1, n) where b <= n && generator.next(below: 100) < density {
                met.insert(Meeting(TeamNumber(a), TeamNumber(b)))
            }
        }
        let hadBye = Set((1...n).filter { _ in generator.next(below: 100) < 60 }.map { TeamNumber($0) })
        return (ranking, met, hadBye)
    }

    @Test("--allow-rematches gives exactly the brute force's pairing: fewest rematches, then high against high",
          arguments: Array(3...10))
    func fewestRematchesAgreesWithBruteForce(teams n: Int) {
        var generator = SplitMix64(seed: UInt64(n) * 7919)
        for trial in 0..<60 {
            let (ranking, met, hadBye) = Self.randomState(teams: n, density: 35 + trial % 50, generator: &generator)
            let relaxed = SwissPairer().pairAllowingRematches(ranking: ranking, met: met, hadBye: hadBye)
            let expected = Self.bruteForceFewestRematches(ranking: ranking, met: met, hadBye: hadBye)
            #expect(relaxed.rematches == expected.rematches, "n \(n) trial \(trial)")
            #expect(relaxed.pairing.bye == expected.bye.map { ranking[$0] }, "n \(n) trial \(trial)")
            let found = Self.pairs(relaxed.pairing, in: ranking)
            #expect(found.map(\.0) == expected.pairs.map(\.0) && found.map(\.1) == expected.pairs.map(\.1),
                    "n \(n) trial \(trial): \(found) vs \(expected.pairs)")
            let counted = relaxed.pairing.meetings.filter(met.contains).count
            #expect(counted == relaxed.rematches)
        }
    }

    @Test("--allow-second-bye: no rematch, the bye to the lowest-ranked team for whom the rest pair", arguments: [5, 7, 9, 11])
    func secondByeAgreesWithBruteForce(teams n: Int) {
        var generator = SplitMix64(seed: UInt64(n) * 104_729)
        for trial in 0..<60 {
            let (ranking, met, _) = Self.randomState(teams: n, density: 30 + trial % 40, generator: &generator)
            // The lowest-ranked team whose sitting out leaves a legal pairing, by brute force.
            let expectedBye = (0..<n).reversed().first { bye in
                Self.allPairings((0..<n).filter { $0 != bye }).contains { pairs in
                    !pairs.contains { met.contains(Meeting(ranking[$0.0], ranking[$0.1])) }
                }
            }
            do {
                let pairing = try SwissPairer().pairAllowingSecondBye(ranking: ranking, met: met)
                #expect(pairing.bye == expectedBye.map { ranking[$0] }, "n \(n) trial \(trial)")
                #expect(pairing.meetings.allSatisfy { !met.contains($0) })
            } catch {
                #expect(expectedBye == nil, "n \(n) trial \(trial): refused, but \(expectedBye!) could sit out")
            }
        }
    }

    @Test("every field of 4–12 teams reaches its last round over many seeds; every refusal is confirmed by brute force",
          arguments: Array(4...12))
    func everyFieldFinishes(teams n: Int) throws {
        let rounds = n % 2 == 1 ? n : n - 1
        var refusals = 0
        for seed in UInt64(1)...40 {
            var generator = SplitMix64(seed: seed &* 6_364_136_223_846_793_005 &+ UInt64(n))
            let teams = (1...n).map { TeamNumber($0) }
            var met: Set<Meeting> = []
            var hadBye: Set<TeamNumber> = []
            var played = 0
            for round in 1...rounds {
                let pairing: RoundPairing
                if round == 1 {
                    pairing = SwissPairer().firstRound(teams: teams)
                } else {
                    let ranking = teams.deterministicallyShuffled(using: &generator)     // standings after random results
                    do {
                        pairing = try SwissPairer().pair(ranking: ranking, met: met, hadBye: hadBye)
                    } catch {
                        refusals += 1
                        #expect(!Self.legalPairingExists(ranking: ranking, met: met, hadBye: hadBye),
                                "n \(n) seed \(seed) round \(round): refused although a legal pairing exists")
                        // The director's way forward, alternately.
                        if seed % 2 == 0, let second = try? SwissPairer().pairAllowingSecondBye(ranking: ranking, met: met) {
                            pairing = second
                        } else {
                            let relaxed = SwissPairer().pairAllowingRematches(ranking: ranking, met: met, hadBye: hadBye)
                            if n <= 10 {
                                #expect(relaxed.rematches == Self.bruteForceFewestRematches(ranking: ranking, met: met, hadBye: hadBye).rematches)
                            }
                            pairing = relaxed.pairing
                        }
                    }
                }
                #expect(Set(pairing.tables.flatMap { [$0.home, $0.away] } + (pairing.bye.map { [$0] } ?? [])) == Set(teams))
                met.formUnion(pairing.meetings)
                if let bye = pairing.bye { hadBye.insert(bye) }
                played += 1
            }
            #expect(played == rounds)
        }
        if n % 2 == 1 && n >= 9 { #expect(refusals > 0, "no refusal met: the ways forward went untested for \(n) teams") }
    }
}
