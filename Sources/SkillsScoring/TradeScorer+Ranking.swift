import ExactNumbers

extension TradeScorer {
    /// Ranks of competed entrants, in the order given.
    struct Ranking {
        var ranks: [Int]
        var standardRanks: [Int]
        var needsRuling: [Bool]
        var unresolved: [[EntrantCode]]
        /// The entrants' indices best first, as the groups were ranked.
        var order: [Int]
    }

    /// Orders entrants by published total, then the tie-break chain; groups those the chain
    /// cannot separate and ranks them by the trade's method (skills spec §3).
    func rank(_ entrants: [EntrantResult], rulings: [[EntrantCode]]) -> Ranking {
        let keys = SortKeys(entrants, scorer: self)
        let order = entrants.indices.sorted { a, b in
            let comparison = keys.compare(a, b)
            return comparison != 0 ? comparison > 0 : entrants[a].code < entrants[b].code
        }
        // Groups of entrants with equal keys, best first.
        var groups: [[Int]] = []
        for index in order {
            if let last = groups.last?.last, keys.compare(last, index) == 0 {
                groups[groups.count - 1].append(index)
            } else {
                groups.append([index])
            }
        }
        if rules.ranking == .noShared {
            groups = groups.flatMap { apply(rulings, to: $0, entrants: entrants) }
        }

        var ranking = Ranking(ranks: Array(repeating: 0, count: entrants.count),
                              standardRanks: Array(repeating: 0, count: entrants.count),
                              needsRuling: Array(repeating: false, count: entrants.count), unresolved: [],
                              order: groups.flatMap { $0 })
        var position = 0
        for (groupIndex, group) in groups.enumerated() {
            for (offset, index) in group.enumerated() {
                ranking.standardRanks[index] = position + 1
                switch rules.ranking {
                case .standard, .noShared: ranking.ranks[index] = position + 1
                case .dense: ranking.ranks[index] = groupIndex + 1
                case .ordinal: ranking.ranks[index] = position + offset + 1
                }
                ranking.needsRuling[index] = rules.ranking == .noShared && group.count > 1
            }
            if rules.ranking == .noShared && group.count > 1 {
                ranking.unresolved.append(group.map { entrants[$0].code })
            }
            position += group.count
        }
        return ranking
    }

    /// Splits a tied group by a ruling that orders all of its members, if one was recorded.
    private func apply(_ rulings: [[EntrantCode]], to group: [Int], entrants: [EntrantResult]) -> [[Int]] {
        guard group.count > 1 else { return [group] }
        let codes = Set(group.map { entrants[$0].code })
        guard let ruling = rulings.first(where: { codes.isSubset(of: Set($0)) }) else { return [group] }
        let position = Dictionary(uniqueKeysWithValues: ruling.enumerated().map { ($0.element, $0.offset) })
        return group.sorted { position[entrants[$0].code]! < position[entrants[$1].code]! }.map { [$0] }
    }

    /// Every entrant's comparable values, one per link of the chain — the published total,
    /// then each tie-break — kept in one flat array (`width` values an entrant).
    /// Larger is better; `nil` (nothing recorded) is worst.
    struct SortKeys {
        let width: Int
        private var values: [Rational?] = []

        init(_ entrants: [EntrantResult], scorer: TradeScorer) {
            let tieBreaks = scorer.rules.tieBreaks
            width = 1 + tieBreaks.count
            values.reserveCapacity(width * entrants.count)
            for index in entrants.indices {   // by index: iterating would copy each result
                values.append(entrants[index].publishedTotal)
                for tieBreak in tieBreaks {
                    let value: Rational? = switch tieBreak.subject {
                    case .component(let id): scorer.published(id, of: entrants[index])
                    case .time: entrants[index].seconds.map { Rational($0) }
                    }
                    values.append(tieBreak.prefer == .higher ? value : value.map { -$0 })
                }
            }
        }

        /// −1, 0 or 1 as entrant `a` is worse than, level with, or better than entrant `b`.
        func compare(_ a: Int, _ b: Int) -> Int {
            for link in 0..<width {
                switch (values[a * width + link], values[b * width + link]) {
                case (nil, nil): continue
                case (nil, _): return -1
                case (_, nil): return 1
                case let (x?, y?): if x != y { return x < y ? -1 : 1 }
                }
            }
            return 0
        }
    }
}
