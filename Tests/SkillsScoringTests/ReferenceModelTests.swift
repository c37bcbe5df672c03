import ExactNumbers
import SeededRandom
import SkillsScoring
import Testing

/// An obviously-correct model of ranking and quota awards for the default trade, written
/// with plain integers: theory t and practical p (whole marks, all five judges agreeing), so
/// the total is (3t + 7p) / 10 exactly and the tie-break is p.
enum ReferenceModel {
    struct Entrant {
        var code: String
        var theory: Int
        var practical: Int
        var key: (Int, Int) { (3 * theory + 7 * practical, practical) }     // total × 10, practical
    }

    static func greater(_ a: (Int, Int), _ b: (Int, Int)) -> Bool { a.0 != b.0 ? a.0 > b.0 : a.1 > b.1 }

    static func ranks(_ entrants: [Entrant], method: RankingMethod) -> [String: Int] {
        var ranks: [String: Int] = [:]
        let ordered = entrants.sorted { greater($0.key, $1.key) || ($0.key == $1.key && EntrantCode($0.code) < EntrantCode($1.code)) }
        for (position, entrant) in ordered.enumerated() {
            let ahead = entrants.filter { greater($0.key, entrant.key) }
            switch method {
            case .standard, .noShared: ranks[entrant.code] = ahead.count + 1
            case .dense: ranks[entrant.code] = Set(ahead.map { "\($0.key)" }).count + 1
            case .ordinal: ranks[entrant.code] = position + 1
            }
        }
        return ranks
    }

    /// Awards with shares 10/20/30 %, half-up, promote, the standard minimums, gate on both.
    static func awards(_ entrants: [Entrant]) -> [String: String] {
        let n = entrants.count
        let levels = n >= 6 ? 3 : n == 5 ? 2 : n == 4 ? 1 : 0
        var cumulative: [Int] = []
        for (k, percent) in [10, 30, 60].prefix(levels).enumerated() {
            let rounded = (2 * percent * n + 100) / 200
            cumulative.append(min(n, max(rounded, (k > 0 ? cumulative[k - 1] : 0) + 1)))
        }
        let standard = ranks(entrants, method: .standard)
        var awards: [String: String] = [:]
        for entrant in entrants where entrant.theory >= 60 && entrant.practical >= 60 {
            if let k = cumulative.firstIndex(where: { standard[entrant.code]! <= $0 }) {
                awards[entrant.code] = ["first", "second", "third"][k]
            }
        }
        return awards
    }
}

@Suite("The engine agrees with a simple reference model")
struct ReferenceModelTests {
    @Test("5,000 random trades: ranks by every method and awards, with ties at every boundary")
    func randomTrades() {
        var generator = SplitMix64(seed: 20230215)
        for trial in 0..<5_000 {
            let n = 1 + generator.next(below: 40)
            let spread = 1 + generator.next(below: 12)            // small spreads force many ties
            let entrants = (0..<n).map { index in
                ReferenceModel.Entrant(code: "A\(index + 1)", theory: 55 + generator.next(below: spread),
                                       practical: 55 + generator.next(below: spread))
            }
            let records = entrants.map { entrant($0.code, theory: Rational($0.theory),
                                                 practical: Array(repeating: Rational($0.practical), count: 5)) }
            let method = [RankingMethod.standard, .dense, .ordinal][trial % 3]
            let result = score(records, rules: defaultRules(ranking: method))
            let expectedRanks = ReferenceModel.ranks(entrants, method: method)
            let expectedAwards = ReferenceModel.awards(entrants)
            for entry in result.entries {
                #expect(entry.rank == expectedRanks[entry.code.rawValue], "trial \(trial): rank of \(entry.code)")
                #expect(entry.award?.rawValue == expectedAwards[entry.code.rawValue], "trial \(trial): award of \(entry.code)")
            }
            // Deterministic output order: rank, then code.
            let order = result.entries.map { ($0.rank!, $0.code) }
            #expect(zip(order, order.dropFirst()).allSatisfy { $0 < $1 })
        }
    }

    @Test("scoring the same entrants in another order gives the same result")
    func orderIndependent() {
        var generator = SplitMix64(seed: 7)
        let records = (0..<30).map { entrant("A\($0)", theory: Rational(60 + generator.next(below: 5)),
                                             practical: (0..<5).map { _ in Rational(60 + generator.next(below: 5)) }) }
        #expect(score(records) == score(records.deterministicallyShuffled(using: &generator)))
    }
}
