import ExactNumbers
import SeededRandom
import SkillsScoring

/// Scores trades of growing size: theory + a 5-judge trimmed-mean practical, random marks
/// with one decimal, the default awards. Reports the median of 5 runs.
enum SkillsBenchmark {
    static func run() {
        print("Skills trade scoring (components, totals, ranking, awards, discrepancies), median of 5 runs")
        print("entrants   marks      time")
        for size in [500, 2_000, 8_000, 20_000] {
            let entrants = field(size, seed: 1)
            let scorer = TradeScorer(trade: "bench", rules: rules)
            var times: [Double] = []
            for _ in 0..<5 { times.append(Stopwatch.time { scorer.score(entrants) }.seconds) }
            times.sort()
            print("\(pad(size, 8))   \(pad(size * 6, 6))   \(pad(Stopwatch.format(times[2]), 10))")
        }
    }

    /// Theory 30 and a 5-judge practical 70, ties broken by the practical, then time.
    static let rules = TradeRules(
        components: [
            Component(id: "theory", weight: 30, pass: 60, marking: .single),
            Component(id: "practical", weight: 70, pass: 60,
                      marking: .panel(Panel(judges: 5, aggregate: .trimmedMean(trim: 1), tolerance: 10))),
        ],
        tieBreaks: [TieBreakKey(.component("practical")), TieBreakKey(.time)])

    static func field(_ size: Int, seed: UInt64) -> [EntrantRecord] {
        var generator = SplitMix64(seed: seed)
        func mark() -> Rational { Rational(500 + generator.next(below: 501), 10) }
        return (1...size).map { index in
            var marks = [Mark(component: "theory", value: mark())]
            for judge in 1...5 { marks.append(Mark(component: "practical", judge: judge, value: mark())) }
            return EntrantRecord(code: EntrantCode("A\(index)"), marks: marks,
                                 seconds: ["practical": 1_800 + generator.next(below: 1_800)])
        }
    }

    static func pad(_ value: some CustomStringConvertible, _ width: Int) -> String {
        let text = value.description
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
