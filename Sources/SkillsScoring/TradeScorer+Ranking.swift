import ExactNumbers

extension TradeScorer {
    /// Ranks of competed entrants, in the order given.
    struct Ranking {
        var ranks: [Int]
        var standardRanks: [Int]
        var needsRuling: [Bool]
        var unresolved: [[EntrantCode]]
    }

    /// Orders entrants by published total, then the tie-break chain; groups those the chain
    /// cannot separate and ranks them by the trade's method (skills spec §3).
    func rank(_ entrants: [EntrantResult], rulings: [[EntrantCode]]) -> Ranking {
        let keys = entrants.map(sortKey(for:))
        let order = entrants.indices.sorted { a, b in
            let comparison = compare(keys[a], keys[b])
            return comparison != 0 ? comparison > 0 : entrants[a].code < entrants[b].code
        }
        // Groups of entrants with equal keys, best first.
        var groups: [[Int]] = []
        for index in order {
            if let last = groups.last?.last, compare(keys[last], keys[index]) == 0 {
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
                              needsRuling: Array(repeating: false, count: entrants.count), unresolved: [])
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

    /// One comparable value per link: the published total, then each tie-break.
    /// Larger is better; `nil` (nothing recorded) is worst.
    private func sortKey(for entrant: EntrantResult) -> [Rational?] {
        var key: [Rational?] = [entrant.publishedTotal]
        key.reserveCapacity(1 + rules.tieBreaks.count)
        for tieBreak in rules.tieBreaks {
            let value: Rational? = switch tieBreak.subject {
            case .component(let id): published(id, of: entrant)
            case .time: entrant.seconds.map { Rational($0) }
            }
            key.append(tieBreak.prefer == .higher ? value : value.map { -$0 })
        }
        return key
    }

    /// −1, 0 or 1 as `a` is worse than, level with, or better than `b`.
    private func compare(_ a: [Rational?], _ b: [Rational?]) -> Int {
        for (x, y) in zip(a, b) {
            switch (x, y) {
            case (nil, nil): continue
            case (nil, _): return -1
            case (_, nil): return 1
            case let (x?, y?): if x != y { return x < y ? -1 : 1 }
            }
        }
        return 0
    }
}
