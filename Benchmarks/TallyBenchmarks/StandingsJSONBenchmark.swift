import CompetitionConfig
import CompetitionModel
import Reports
import SkillsScoring

/// Writes one scored trade's standings as JSON text, as `tally standings --format json` does
/// for each trade: the JSON writer alone, at growing sizes. Reports the median of 9 runs.
enum StandingsJSONBenchmark {
    static func run() {
        print("Standings JSON of one trade (the text of every entrant), median of 9 runs")
        print("entrants        bytes      time")
        let info = CompetitionInfo(id: "bench", name: "Bench", kind: .skills)
        for size in [500, 2_000, 8_000] {
            let trade = Trade(id: "bench", name: "Bench", rules: SkillsBenchmark.rules)
            let result = TradeScorer(trade: trade.id, rules: trade.rules).score(SkillsBenchmark.field(size, seed: 1))
            let published = PublishedTrade(trade: trade, result: result, isLocked: false, isRevealed: false, names: [:])
            var times: [Double] = []
            var bytes = 0
            for _ in 0..<9 {
                let (seconds, text) = Stopwatch.time { SkillsStandingsReport.AllTradesPieces.element(published, at: 1, info: info) }
                times.append(seconds)
                bytes = text.count
            }
            times.sort()
            print("\(SkillsBenchmark.pad(size, 8))   \(SkillsBenchmark.pad(bytes, 10))   \(SkillsBenchmark.pad(Stopwatch.format(times[4]), 10))")
        }
    }
}
