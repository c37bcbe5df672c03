import ExactNumbers
import SkillsScoring
import Testing

@Suite("Awards")
struct AwardTests {
    /// n entrants with distinct totals 99, 98, …
    func field(_ n: Int) -> [EntrantRecord] {
        (0..<n).map { entrant("A" + ($0 < 9 ? "0" : "") + String($0 + 1), total: Rational(99 - $0)) }
    }

    func levelCounts(_ result: TradeResult) -> [Int] {
        ["first", "second", "third"].map { level in result.entries.filter { $0.award?.rawValue == level }.count }
    }

    @Test("the spec's example: 23 competitors give 2 / 5 / 7 prizes (cumulative 2, 7, 14)")
    func twentyThree() {
        let result = score(field(23))
        #expect(result.cumulativeAwardCounts == [2, 7, 14])
        #expect(levelCounts(result) == [2, 5, 7])
    }

    @Test("quota counts by rounding rule", arguments: [
        (RoundingRule.halfUp, 23, [2, 7, 14]), (.floor, 23, [2, 6, 13]), (.ceiling, 23, [3, 7, 14]),
        (.halfUp, 10, [1, 3, 6]), (.halfUp, 6, [1, 2, 4]), (.halfUp, 15, [2, 5, 9]), (.halfUp, 100, [10, 30, 60]),
    ])
    func rounding(rule: RoundingRule, n: Int, counts: [Int]) {
        var scheme = AwardScheme.standard
        scheme.rounding = rule
        #expect(score(field(n), rules: defaultRules(awards: scheme)).cumulativeAwardCounts == counts)
    }

    @Test("every enabled level gets at least one place: Cₖ ≥ Cₖ₋₁ + 1")
    func atLeastOne() {
        var scheme = AwardScheme.standard
        scheme.levels = [AwardLevel(id: "first", quota: .share(Rational(1, 100))),
                         AwardLevel(id: "second", quota: .share(Rational(1, 100))),
                         AwardLevel(id: "third", quota: .share(Rational(1, 100)))]
        #expect(score(field(8), rules: defaultRules(awards: scheme)).cumulativeAwardCounts == [1, 2, 3])
    }

    @Test("fixed counts add up the same way")
    func fixedCounts() {
        var scheme = AwardScheme.standard
        scheme.levels = [AwardLevel(id: "first", quota: .count(1)), AwardLevel(id: "second", quota: .count(2)),
                         AwardLevel(id: "third", quota: .count(3))]
        let result = score(field(10), rules: defaultRules(awards: scheme))
        #expect(result.cumulativeAwardCounts == [1, 3, 6])
        #expect(levelCounts(result) == [1, 2, 3])
    }

    @Test("minimum competitors: 6 → three levels, 5 → two, 4 → one, 3 → none", arguments: [
        (6, [1, 1, 2]), (5, [1, 1, 0]), (4, [1, 0, 0]), (3, [0, 0, 0]), (1, [0, 0, 0]),
    ])
    func minimumCompetitors(n: Int, counts: [Int]) {
        #expect(levelCounts(score(field(n))) == counts)
    }

    @Test("a shared rank across a boundary is promoted, and the next level shrinks")
    func promote() {
        // 23 entrants; ranks 2 and 3 tie across the first boundary (C₁ = 2).
        var entrants = field(23)
        entrants[2] = entrant("A03", total: 98)
        let result = score(entrants)
        #expect(levelCounts(result) == [3, 4, 7])
    }

    @Test("with expand, the tie is promoted and the next level keeps its size")
    func expand() {
        var entrants = field(23)
        entrants[2] = entrant("A03", total: 98)
        var scheme = AwardScheme.standard
        scheme.boundaryTies = .expand
        #expect(levelCounts(score(entrants, rules: defaultRules(awards: scheme))) == [3, 5, 7])
    }

    @Test("a gated-out entrant keeps the rank but no award, and the place is not passed on")
    func gate() {
        var entrants = field(23)
        entrants[0] = entrant("A01", theory: 50, practical: [100, 100, 100, 100, 100])     // 85: rank … fails theory
        let result = score(entrants)
        let gated = result.entry("A01")
        #expect(!gated.isEligible)
        #expect(gated.award == nil)
        #expect(gated.rank != nil)
        #expect(levelCounts(result).reduce(0, +) == 13)
    }

    @Test("with quotas of eligible entrants, the place passes to the next eligible entrant")
    func eligibleBase() {
        var entrants = field(23)
        entrants[0] = entrant("A01", theory: 50, practical: [100, 100, 100, 100, 100])
        var scheme = AwardScheme.standard
        scheme.quotaBase = .eligible
        let result = score(entrants, rules: defaultRules(awards: scheme))
        #expect(result.cumulativeAwardCounts == [2, 7, 13])                      // of 22 eligible
        #expect(levelCounts(result) == [2, 5, 6])
    }

    @Test("total-pass and no gate", arguments: [(EligibilityGate.totalPass, true), (.none, true), (.allComponentsPass, false)])
    func gates(gate: EligibilityGate, eligible: Bool) {
        var scheme = AwardScheme.standard
        scheme.gate = gate
        let result = score([entrant("A01", theory: 50, practical: [100, 100, 100, 100, 100])] + field(6).dropFirst(),
                           rules: defaultRules(awards: scheme))
        #expect(result.entry("A01").isEligible == eligible)
    }

    @Test("all tied: everyone shares rank 1 and the first prize")
    func allTied() {
        let result = score((1...8).map { entrant("A\($0)", total: 80) })
        #expect(result.entries.allSatisfy { $0.rank == 1 && $0.award == "first" })
    }

    @Test("all failing the gate: ranks but no awards")
    func allFailing() {
        let result = score((1...8).map { entrant("A\($0)", total: Rational(50 + $0)) })
        #expect(result.entries.allSatisfy { $0.rank != nil && $0.award == nil })
    }

    @Test("a single competitor ranks first and, under 4 entrants, wins nothing")
    func single() {
        let result = score([entrant("A01", total: 95)])
        #expect(result.entry("A01").rank == 1)
        #expect(result.entry("A01").award == nil)
        #expect(result.cumulativeAwardCounts.isEmpty)
    }

    @Test("absent and disqualified entrants are not counted in N")
    func excludedFromN() {
        var entrants = field(23)
        entrants.append(EntrantRecord(code: "A98", status: .absent))
        entrants.append(entrant("A99", total: 100, status: .disqualified))
        let result = score(entrants)
        #expect(result.competitors == 23)
        #expect(result.cumulativeAwardCounts == [2, 7, 14])
        #expect(result.entry("A99").award == nil)
    }
}
