import ExactNumbers
import SkillsScoring
import Testing

@Suite("Titles, organisations, standardised scores, recheck")
struct CrossTradeTests {
    /// Two trades of 6 entrants each, from three organisations.
    func results() -> [TradeResult] {
        let electricians = [
            entrant("A01", total: 92, organisation: "一局"), entrant("A02", total: 84, organisation: "二局"),
            entrant("A03", total: 80, organisation: "一局"), entrant("A04", total: 75, organisation: "三局"),
            entrant("A05", total: 70, organisation: "二局"), entrant("A06", total: 65, organisation: "三局"),
        ]
        let welders = [
            entrant("A01", total: 84, organisation: "二局"), entrant("A02", total: 83, organisation: "二局"),
            entrant("A03", total: 82, organisation: "三局"), entrant("A04", total: 81, organisation: "一局"),
            entrant("A05", total: 50, organisation: "一局"), entrant("A06", total: 79, organisation: "三局"),
        ]
        return [TradeScorer(trade: "electrician", rules: defaultRules()).score(electricians),
                TradeScorer(trade: "welder", rules: defaultRules()).score(welders)]
    }

    @Test("titles: trade winners over a threshold, and every award winner")
    func titles() {
        let rules = [TitleRule(id: "craftsman", maximumRank: 1, minimumTotal: 85),
                     TitleRule(id: "talent", awards: ["first", "second", "third"])]
        let awards = TitleRule.awards(rules, results: results())
        #expect(awards.filter { $0.title == "craftsman" } == [TitleAward(title: "craftsman", trade: "electrician", code: "A01")])
        // 6 entrants: C = 1, 2, 4 → four award winners per trade (A05 of welders fails the gate but ranks 6th).
        #expect(awards.filter { $0.title == "talent" }.count == 8)
    }

    @Test("organisation standings: best-3 sum, ties broken by the next-best")
    func organisations() throws {
        let scoring = OrganisationScoring(best: 2, awards: [AwardLevel(id: "team", quota: .count(1))])
        let table = try #require(scoring.standings(results())[nil])
        // 一局: 92, 81, 80, 50 → 173; 二局: 84, 84, 83, 70 → 168; 三局: 82, 79, 75, 65 → 161.
        #expect(table.map(\.organisation) == ["一局", "二局", "三局"])
        #expect(table.map(\.score) == [173, 168, 161])
        #expect(table.map(\.rank) == [1, 2, 3])
        #expect(table.map(\.award) == ["team", nil, nil])
    }

    @Test("organisation standings per trade")
    func perTrade() {
        let tables = OrganisationScoring(best: 1, scope: .trade).standings(results())
        #expect(tables["electrician"]?.first?.organisation == "一局")
        #expect(tables["welder"]?.first?.organisation == "二局")
    }

    @Test("medal table ordered by firsts, then seconds, then thirds")
    func medals() {
        let table = OrganisationScoring.medalTable(results(), levels: ["first", "second", "third"])
        // electrician: first A01 一局, second A02 二局, third A03 一局 + A04 三局;
        // welder: first A01 二局, second A02 二局, third A03 三局 + A04 一局.
        #expect(table.map(\.organisation) == ["二局", "一局", "三局"])
        #expect(table.map(\.counts) == [[1, 2, 0], [1, 0, 2], [0, 0, 2]])
    }

    @Test("standardised scores: 700 at the median, ±factor per spread; a zero spread gives 700")
    func standardised() {
        let scores = Standardisation(centre: .median, spread: .standardDeviation, factor: 20).scores(results())
        let electrician = scores.filter { $0.trade == "electrician" }
        // Totals 92, 84, 80, 75, 70, 65: median 77.5, mean 77.666…, σ = √(423.3…/6)…
        #expect(electrician.contains { $0.code == "A01" && $0.hundredths > 70000 })
        #expect(scores.first?.rank == 1)
        #expect(scores.map(\.hundredths) == scores.map(\.hundredths).sorted(by: >))
        let flat = TradeScorer(trade: "flat", rules: defaultRules()).score((1...5).map { entrant("A\($0)", total: 80) })
        #expect(Standardisation().scores([flat]).allSatisfy { $0.hundredths == 70000 && $0.rank == 1 })
    }

    @Test("a standardised score is exact where the arithmetic is: totals 60, 70, 80 by MAD")
    func mad() {
        let trade = TradeScorer(trade: "x", rules: defaultRules())
            .score([entrant("A", total: 60), entrant("B", total: 70), entrant("C", total: 80)])
        // median 70, MAD 10, spread 14.826: 80 → 700 + 20 × 10 / 14.826 = 713.49…
        let scores = Standardisation(spread: .mad).scores([trade])
        #expect(scores.map(\.hundredths) == [71349, 70000, 68651])
    }

    @Test("the recheck list: award winners plus at least 15% of the rest, reproducible by seed")
    func recheck() {
        let result = TradeScorer(trade: "t", rules: defaultRules())
            .score((1...40).map { entrant("A\($0)", total: Rational(99 - $0)) })
        let list = RecheckList.entrants(of: result, seed: 42)
        #expect(list == RecheckList.entrants(of: result, seed: 42))
        let winners = result.entries.filter { $0.award != nil }.map(\.code)
        #expect(winners.count == 24)
        #expect(Set(winners).isSubset(of: Set(list)))
        #expect(list.count == 24 + 3)                        // 15% of 16, rounded up
        #expect(list == list.sorted())
        let top = RecheckList.entrants(of: result, core: .top(10), seed: 42)
        #expect(top.count == 10 + 5)                         // 15% of 30, rounded up
    }
}
