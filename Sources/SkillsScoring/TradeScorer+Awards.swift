import ExactNumbers

extension TradeScorer {
    struct Allocation {
        var awards: [AwardLevelID?]
        var cumulativeCounts: [Int]
    }

    /// Allocates award levels to ranked entrants (skills spec §4, "Precisely").
    ///
    /// With N entrants in the quota base and cumulative shares s₁ ≤ s₂ ≤ …, the cumulative
    /// counts are Cₖ = max(round(sₖ × N), Cₖ₋₁ + 1), capped at N (fixed counts add up the same
    /// way). An eligible entrant with standard rank r receives the first level k with
    /// r ≤ Cₖ — which promotes every entrant of a rank shared across a boundary. With
    /// `expand`, each later boundary moves down by the places such a tie took.
    func allocateAwards(_ entrants: [EntrantResult]) -> Allocation {
        let scheme = rules.awards
        var awards = [AwardLevelID?](repeating: nil, count: entrants.count)
        let awarded = scheme.minimumCompetitors.levelsAwarded(of: scheme.levels.count, competitors: entrants.count)
        let base = scheme.quotaBase == .eligible ? entrants.indices.filter { entrants[$0].isEligible }
                                                 : Array(entrants.indices)
        let n = base.count
        guard awarded > 0, n > 0 else { return Allocation(awards: awards, cumulativeCounts: []) }

        var counts: [Int] = []
        var cumulativeShare = Rational.zero, previous = 0
        for level in scheme.levels.prefix(awarded) {
            var count: Int
            switch level.quota {
            case .share(let share):
                cumulativeShare += share
                count = Swift.max((cumulativeShare * Rational(n)).rounded(scheme.rounding), previous + 1)
            case .count(let places):
                count = previous + places
            }
            count = Swift.min(count, n)
            counts.append(count)
            previous = count
        }

        // The rank used against the counts: standard rank within the quota base.
        let baseRank = standardRanks(of: base, in: entrants)
        var shift = 0
        for (k, level) in scheme.levels.prefix(awarded).enumerated() {
            let boundary = counts[k] + shift
            var lastPlace = 0
            for index in base where awards[index] == nil && entrants[index].isEligible {
                guard let rank = baseRank[index], rank <= boundary else { continue }
                awards[index] = level.id
            }
            for index in base { if let rank = baseRank[index], rank <= boundary { lastPlace += 1 } }
            if scheme.boundaryTies == .expand { shift = Swift.max(shift, lastPlace - counts[k]) }
        }
        return Allocation(awards: awards, cumulativeCounts: counts)
    }

    /// Standard competition ranks of `base` among themselves, by their trade standard ranks;
    /// indexed like `entrants`, `nil` outside the base.
    private func standardRanks(of base: [Int], in entrants: [EntrantResult]) -> [Int?] {
        let sorted = base.sorted { entrants[$0].standardRank! < entrants[$1].standardRank! }
        var ranks = [Int?](repeating: nil, count: entrants.count)
        for (position, index) in sorted.enumerated() {
            if position > 0, entrants[sorted[position - 1]].standardRank == entrants[index].standardRank {
                ranks[index] = ranks[sorted[position - 1]]
            } else {
                ranks[index] = position + 1
            }
        }
        return ranks
    }
}
