import ExactNumbers

/// One entrant's WorldSkills-style standardised score.
public struct StandardisedScore: Sendable, Hashable {
    public var trade: TradeID
    public var code: EntrantCode
    /// ws in hundredths, rounded half-up (70012 is 700.12).
    public var hundredths: Int
    /// The rank across all trades: ties share (1, 2, 2, 4).
    public var rank: Int
    /// At or above the excellence threshold without a trade award.
    public var earnsExcellence: Bool
}

extension Standardisation {
    /// Standardises every ranked entrant's published total within its trade and ranks them
    /// together: ws = 700 + factor × (x − centre) / spread; a zero spread gives 700.
    ///
    /// The spread involves a square root, so ws is computed in floating point from exact
    /// centre and variance and rounded half-up to hundredths; ranks compare those hundredths.
    public func scores(_ results: [TradeResult]) -> [StandardisedScore] {
        var scores: [StandardisedScore] = []
        for result in results {
            let ranked = result.entries.filter { $0.status.isRanked && $0.publishedTotal != nil }
            let totals = ranked.map { $0.publishedTotal! }
            guard !totals.isEmpty else { continue }
            let middle = centreValue(of: totals)
            let deviation = spreadValue(of: totals, centre: middle)
            for entry in ranked {
                var ws = 700.0
                if deviation > 0 {
                    ws += factor.doubleValue * (entry.publishedTotal! - middle).doubleValue / deviation
                }
                let hundredths = Int((ws * 100).rounded(.toNearestOrAwayFromZero))
                let excellent = excellence.map { Rational(hundredths, 100) >= $0 && entry.award == nil } ?? false
                scores.append(StandardisedScore(trade: result.trade, code: entry.code, hundredths: hundredths,
                                                rank: 0, earnsExcellence: excellent))
            }
        }
        scores.sort { ($1.hundredths, $0.trade, $0.code) < ($0.hundredths, $1.trade, $1.code) }
        for index in scores.indices {
            scores[index].rank = index > 0 && scores[index - 1].hundredths == scores[index].hundredths
                ? scores[index - 1].rank : index + 1
        }
        return scores
    }

    private func centreValue(of totals: [Rational]) -> Rational {
        switch centre {
        case .mean: return totals.sum() / Rational(totals.count)
        case .median: return PanelAggregate.median.combine(totals)
        }
    }

    private func spreadValue(of totals: [Rational], centre: Rational) -> Double {
        switch spread {
        case .standardDeviation:
            let mean = totals.sum() / Rational(totals.count)
            let variance = totals.map { ($0 - mean) * ($0 - mean) }.sum() / Rational(totals.count)
            return variance.doubleValue.squareRoot()
        case .mad:
            let deviations = totals.map { ($0 - centre).magnitude }
            return 1.4826 * PanelAggregate.median.combine(deviations).doubleValue
        }
    }
}
