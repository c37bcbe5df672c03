import ExactNumbers

/// One organisation's line in the organisation standings (skills spec §5).
public struct OrganisationStanding: Sendable, Hashable {
    public var rank: Int
    public var organisation: String
    /// The sum of its best k published totals.
    public var score: Rational
    /// All its ranked entrants' published totals, best first (the first k count).
    public var totals: [Rational]
    /// The organisation award won, by fixed counts on rank.
    public var award: AwardLevelID?
}

/// One organisation's medal count: how many of each award level its entrants won.
public struct MedalCount: Sendable, Hashable {
    public var organisation: String
    /// Counts in the order of the levels given to `medalTable`.
    public var counts: [Int]
}

extension OrganisationScoring {
    /// Organisation standings over the trades' results: per trade when the scope is `trade`
    /// (keyed by trade), otherwise one table keyed by `nil`.
    ///
    /// Score = the sum of the best k published totals of ranked entrants; ties are broken by
    /// the next-best entrants in turn, then share the rank; shared ranks list by name.
    public func standings(_ results: [TradeResult]) -> [TradeID?: [OrganisationStanding]] {
        switch scope {
        case .competition:
            return [nil: table(results.flatMap(\.entries))]
        case .trade:
            return Dictionary(uniqueKeysWithValues: results.map { ($0.trade, table($0.entries)) })
        }
    }

    private func table(_ entries: [EntrantResult]) -> [OrganisationStanding] {
        var totals: [String: [Rational]] = [:]
        for entry in entries where entry.status.isRanked {
            guard let organisation = entry.organisation, let total = entry.publishedTotal else { continue }
            totals[organisation, default: []].append(total)
        }
        let lines = totals.map { organisation, values -> (String, Rational, [Rational]) in
            let sorted = values.sorted(by: >)
            return (organisation, sorted.prefix(best).sum(), sorted)
        }
        func better(_ a: (String, Rational, [Rational]), _ b: (String, Rational, [Rational])) -> Int {
            if a.1 != b.1 { return a.1 > b.1 ? 1 : -1 }
            for (x, y) in zip(a.2.dropFirst(best), b.2.dropFirst(best)) where x != y { return x > y ? 1 : -1 }
            let extraA = a.2.count, extraB = b.2.count
            return extraA == extraB ? 0 : (extraA > extraB ? 1 : -1)
        }
        let sorted = lines.sorted { a, b in
            let comparison = better(a, b)
            return comparison != 0 ? comparison > 0 : a.0 < b.0
        }
        var standings: [OrganisationStanding] = []
        for (position, line) in sorted.enumerated() {
            let rank = position > 0 && better(sorted[position - 1], line) == 0 ? standings[position - 1].rank : position + 1
            standings.append(OrganisationStanding(rank: rank, organisation: line.0, score: line.1, totals: line.2,
                                                  award: award(forRank: rank)))
        }
        return standings
    }

    private func award(forRank rank: Int) -> AwardLevelID? {
        var cumulative = 0
        for level in awards {
            guard case .count(let count) = level.quota else { continue }
            cumulative += count
            if rank <= cumulative { return level.id }
        }
        return nil
    }

    /// The medal table: each organisation's count of every level in `levels`, ordered by the
    /// first level's count, then the second's, …, then name.
    public static func medalTable(_ results: [TradeResult], levels: [AwardLevelID]) -> [MedalCount] {
        var counts: [String: [Int]] = [:]
        for entry in results.flatMap(\.entries) {
            guard let organisation = entry.organisation else { continue }
            var row = counts[organisation] ?? Array(repeating: 0, count: levels.count)
            if let award = entry.award, let index = levels.firstIndex(of: award) { row[index] += 1 }
            counts[organisation] = row
        }
        return counts.map { MedalCount(organisation: $0.key, counts: $0.value) }
            .filter { $0.counts.contains { $0 > 0 } }
            .sorted { a, b in
                a.counts != b.counts ? a.counts.lexicographicallyPrecedes(b.counts) == false
                    : a.organisation < b.organisation
            }
    }
}
