import ExactNumbers
import SkillsScoring
import Testing

@Suite("Ranking")
struct RankingTests {
    /// Totals 90, 85, 85, 80 with identical components and no times: a genuine tie.
    let tied = [entrant("A04", total: 80), entrant("A02", total: 85), entrant("A03", total: 85), entrant("A01", total: 90)]

    @Test("ranks by method", arguments: [
        (RankingMethod.standard, [1, 2, 2, 4]), (.dense, [1, 2, 2, 3]), (.ordinal, [1, 2, 3, 4]), (.noShared, [1, 2, 2, 4]),
    ])
    func methods(method: RankingMethod, ranks: [Int]) {
        let result = score(tied, rules: defaultRules(ranking: method))
        #expect(result.entries.map(\.rank) == ranks)
        #expect(result.entries.map(\.code) == ["A01", "A02", "A03", "A04"])        // shared ranks by code
    }

    @Test("no-shared ranking reports an unresolved tie as needing a ruling")
    func needsRuling() {
        let result = score(tied, rules: defaultRules(ranking: .noShared))
        #expect(result.tiesNeedingRuling == [["A02", "A03"]])
        #expect(result.entry("A02").needsRuling)
        #expect(!result.entry("A01").needsRuling)
    }

    @Test("a recorded ruling settles a no-shared tie")
    func ruling() {
        let result = score(tied, rules: defaultRules(ranking: .noShared), rulings: [["A03", "A02"]])
        #expect(result.tiesNeedingRuling.isEmpty)
        #expect(result.entries.map(\.code) == ["A01", "A03", "A02", "A04"])
        #expect(result.entries.map(\.rank) == [1, 2, 3, 4])
    }

    @Test("the tie-break chain: higher practical, then less time, missing times last")
    func chain() {
        // Equal totals 85.00: A has theory 78 and practical 88; B, C, D practical 85; C is faster than B; D has no time.
        let a = entrant("A", theory: 78, practical: [r("87.5"), 88, 88, 88, r("88.5")], seconds: 900)
        let b = entrant("B", theory: 85, practical: [85, 85, 85, 85, 85], seconds: 800)
        let c = entrant("C", theory: 85, practical: [85, 85, 85, 85, 85], seconds: 700)
        let d = entrant("D", theory: 85, practical: [85, 85, 85, 85, 85])
        let result = score([d, c, b, a])
        #expect(result.entries.map(\.publishedTotal) == [85, 85, 85, 85])
        #expect(result.entries.map(\.code) == ["A", "C", "B", "D"])
        #expect(result.entries.map(\.rank) == [1, 2, 3, 4])
    }

    @Test("ties are judged on published values: 85.004 and 84.996 both publish 85.00 and tie")
    func publishedValues() {
        let result = score([entrant("A", total: r("85.004")), entrant("B", total: r("84.996"))],
                           rules: TradeRules(components: defaultRules().components))
        #expect(result.entries.map(\.rank) == [1, 1])
    }

    @Test("absent, withdrawn and disqualified entrants do not rank; registered ones with marks do")
    func statuses() {
        let result = score([
            entrant("A1", total: 90), entrant("A2", total: 95, status: .disqualified),
            EntrantRecord(code: "A3", status: .absent), EntrantRecord(code: "A4", status: .withdrawn),
            EntrantRecord(code: "A5"),
        ])
        #expect(result.competitors == 1)
        #expect(result.entries.map(\.code) == ["A1", "A2", "A3", "A4", "A5"])
        #expect(result.entries.map(\.rank) == [1, nil, nil, nil, nil])
        #expect(result.entry("A1").status == .competed)
        #expect(result.entry("A5").status == .registered)
    }

    @Test("competitor codes order naturally", arguments: [("A9", "A10"), ("A09", "A10"), ("B1", "B1a"), ("A1", "B1")])
    func codes(first: String, second: String) {
        #expect(EntrantCode(first) < EntrantCode(second))
        #expect(!(EntrantCode(second) < EntrantCode(first)))
    }
}

@Suite("Locking")
struct LockingTests {
    @Test("a trade cannot be locked while marks are missing, a discrepancy is open or a no-shared tie awaits a ruling")
    func blockers() {
        let tied = [entrant("A1", total: 85), entrant("A2", total: 85), entrant("A3", total: 80)]
        let noShared = score(tied, rules: defaultRules(ranking: .noShared))
        #expect(noShared.lockBlockers(confirmed: []) == ["A1, A2: tied, and this trade forbids shared ranks; record a ruling"])
        #expect(score(tied, rules: defaultRules(ranking: .noShared), rulings: [["A2", "A1"]]).lockBlockers(confirmed: []).isEmpty)

        let incomplete = score([entrant("A1", theory: 80, practical: [80, 80, nil, 80, 80])])
        #expect(incomplete.lockBlockers(confirmed: []) == ["A1: marks missing for practical"])

        let spread = score([entrant("A1", theory: 80, practical: [60, 80, 80, 80, 85])])
        #expect(spread.lockBlockers(confirmed: []).count == 1)
        #expect(spread.lockBlockers(confirmed: [DiscrepancyKey(code: "A1", component: "practical")]).isEmpty)

        #expect(score([EntrantRecord(code: "A1")]).lockBlockers(confirmed: []).count == 1)     // registered, no mark
    }
}

@Suite("Competitor codes in natural order")
struct EntrantCodeOrderTests {
    @Test("codes order like the runs-of-digits definition, for every pair of codes of many shapes")
    func naturalOrderAgreesWithDefinition() {
        /// Natural order by definition: split into runs of digits and of other characters,
        /// compare run by run (numbers by value, before text), then by length, then by text.
        func reference(_ a: String, _ b: String) -> Bool {
            func runs(_ text: String) -> [Either] {
                var result: [Either] = []
                var rest = Substring(text)
                while let first = rest.first {
                    let digits = first.isASCII && first.isNumber
                    let run = rest.prefix { ($0.isASCII && $0.isNumber) == digits }
                    rest = rest.dropFirst(run.count)
                    result.append(digits ? (UInt64(run).map(Either.number) ?? .text(String(run))) : .text(String(run)))
                }
                return result
            }
            let x = runs(a), y = runs(b)
            for (p, q) in zip(x, y) where p != q {
                switch (p, q) {
                case (.number(let m), .number(let n)): return m < n
                case (.text(let s), .text(let t)): return s < t
                case (.number, .text): return true
                case (.text, .number): return false
                }
            }
            return x.count != y.count ? x.count < y.count : a < b
        }
        let codes = ["", "A", "a", "A1", "A01", "A001", "A9", "A10", "A09", "B1", "B1a", "B1a2", "1", "01", "10", "1A",
                     "A1B2", "A1B10", "AB1", "AB01", "电工01", "电工1", "电工10", "茶艺A3", "A18446744073709551615",
                     "A18446744073709551616", "A99999999999999999999", "A007", "A7", "Z-1", "Z-01", "a1", "A 1", "X12Y", "12X"]
        // Codes match without regard to case: compared as upper-case.
        for a in codes {
            for b in codes where (EntrantCode(a) < EntrantCode(b)) != reference(a.uppercased(), b.uppercased()) {
                Issue.record("\(a) < \(b) is \(EntrantCode(a) < EntrantCode(b)), expected \(reference(a.uppercased(), b.uppercased()))")
            }
        }
    }

    @Test("a code is the same whatever the case it is typed in", arguments: [("a04", "A04"), ("电工a1", "电工A1"), ("A04", "A04"), ("b1A", "B1A")])
    func caseInsensitive(typed: String, stored: String) {
        #expect(EntrantCode(typed) == EntrantCode(stored))
        #expect(EntrantCode(typed).rawValue == stored)
    }

    enum Either: Equatable {
        case text(String)
        case number(UInt64)
    }
}
