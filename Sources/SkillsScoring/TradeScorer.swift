import ExactNumbers

/// Scores a trade: components, totals, ranks, awards (skills spec §1–4).
///
/// Pure: the same entrants and rulings give the same result, byte for byte.
public struct TradeScorer: Sendable {
    public var trade: TradeID
    public var rules: TradeRules
    /// Published precision: totals and components round half-up to this many decimals.
    public var decimals: Int

    public init(trade: TradeID, rules: TradeRules, decimals: Int = 2) {
        self.trade = trade
        self.rules = rules
        self.decimals = decimals
    }

    /// Scores every entrant of the trade.
    ///
    /// - Parameter rulings: recorded rulings for a no-shared trade, each the order (best
    ///   first) decided for a group of tied entrants, e.g. by a drawn lot.
    /// - Complexity: O(e · m + e log e) for e entrants with m marks each.
    public func score(_ entrants: [EntrantRecord], rulings: [[EntrantCode]] = []) -> TradeResult {
        // Those who competed (ranked, in the order given) and the others.
        var competing: [EntrantResult] = [], others: [EntrantResult] = []
        competing.reserveCapacity(entrants.count)
        let shares = totalShares
        for index in entrants.indices {   // by index: iterating would copy each record
            let result = result(for: entrants[index], shares: shares)
            if result.status.isRanked { competing.append(result) } else { others.append(result) }
        }
        let ranking = rank(competing, rulings: rulings)
        for offset in competing.indices {
            competing[offset].rank = ranking.ranks[offset]
            competing[offset].standardRank = ranking.standardRanks[offset]
            competing[offset].needsRuling = ranking.needsRuling[offset]
        }
        let allocation = allocateAwards(competing)
        for offset in competing.indices { competing[offset].award = allocation.awards[offset] }

        // Sorted as indices, then each result copied once: sorting results themselves moves a
        // couple of hundred bytes an entrant at every step of the merge. Starting from the
        // ranking's order, which is almost always this one already, the sort is one pass.
        let order = ranking.order.sorted { a, b in
            (competing[a].rank!, competing[a].code) < (competing[b].rank!, competing[b].code)
        }
        var entries = order.map { competing[$0] }
        entries.append(contentsOf: others.sorted { $0.code < $1.code })
        let competitors = competing.count
        return TradeResult(
            trade: trade, entries: entries, isProvisional: competing.contains { !$0.isComplete },
            discrepancies: entrants.indices.sorted { entrants[$0].code < entrants[$1].code }
                .flatMap { rules.discrepancies(of: entrants[$0]) },
            tiesNeedingRuling: ranking.unresolved, competitors: competitors,
            cumulativeAwardCounts: allocation.cumulativeCounts)
    }

    /// What one point of each component is worth in the total out of 100:
    /// weight / max × 100 / Σ weights (skills spec §1), worked out once a trade.
    var totalShares: [Rational] {
        let weights = rules.components.map(\.weight).sum()
        return rules.components.map { $0.weight / $0.max * 100 / weights }
    }

    /// Components, total and eligibility of one entrant; `shares` are `totalShares`.
    func result(for entrant: EntrantRecord, shares: [Rational]) -> EntrantResult {
        // One pass: each component's score, and the total of those with a value — exactly
        // Σ weight × value / max × 100 / Σ weights.
        var scores = ComponentScores(capacity: rules.components.count)
        var total: Rational?
        var isComplete = true
        for (component, share) in zip(rules.components, shares) {
            let score = component.score(marks: entrant.marks, deductions: entrant.deductions)
            scores[component.id] = score
            if let value = score.value { total = (total ?? .zero) + share * value }
            isComplete = isComplete && score.isComplete
        }
        let published = total?.rounded(toPlaces: decimals)
        var result = EntrantResult(
            code: entrant.code, organisation: entrant.organisation, status: entrant.effectiveStatus,
            components: scores, total: total, publishedTotal: published,
            isComplete: isComplete, rank: nil, standardRank: nil,
            isEligible: false, award: nil, needsRuling: false, seconds: entrant.totalSeconds)
        result.isEligible = result.status.isRanked && passesGate(result)
        return result
    }

    /// The published value (half-up to the competition's decimals) of a component or module.
    public func published(_ id: ComponentID, of result: EntrantResult) -> Rational? {
        if let score = result.components[id] { return score.value?.rounded(toPlaces: decimals) }
        for score in result.components.values {
            if let module = score.modules[id] { return module.value?.rounded(toPlaces: decimals) }
        }
        return nil
    }

    private func passesGate(_ result: EntrantResult) -> Bool {
        switch rules.awards.gate {
        case .none:
            return true
        case .totalPass:
            return (result.publishedTotal ?? -1) >= 60
        case .allComponentsPass:
            return rules.components.allSatisfy { component in
                guard let pass = component.pass else { return true }
                guard let value = published(component.id, of: result) else { return false }
                return value >= pass
            }
        }
    }
}
