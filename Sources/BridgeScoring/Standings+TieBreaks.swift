extension StandingsCalculator {
    /// Teams grouped by rank, best first: by total VPs, then each tie-break in turn within
    /// the teams still tied. A group of more than one team shares its rank.
    func rankedGroups(ledger: Ledger) -> [[TeamNumber]] {
        let byVictoryPoints = Dictionary(grouping: ledger.lines.keys) { ledger.lines[$0]!.victoryPoints }
        return byVictoryPoints.keys.sorted(by: >).flatMap { vp in
            separate(byVictoryPoints[vp]!, by: tieBreaks[...], ledger: ledger)
        }
    }

    private func separate(_ group: [TeamNumber], by chain: ArraySlice<StandingsTieBreak>,
                          ledger: Ledger) -> [[TeamNumber]] {
        guard group.count > 1, let criterion = chain.first else { return [group.sorted()] }
        let ordered = order(group, by: criterion, ledger: ledger)
        return ordered.flatMap { separate($0, by: chain.dropFirst(), ledger: ledger) }
    }

    /// Splits `group` into subgroups, best first, by one criterion.
    private func order(_ group: [TeamNumber], by criterion: StandingsTieBreak, ledger: Ledger) -> [[TeamNumber]] {
        switch criterion {
        case .headToHead:
            // Applies only when every pair of the tied teams has met.
            let members = Set(group)
            for team in group where !members.subtracting([team]).isSubset(of: ledger.lines[team]!.against.keys) {
                return [group]
            }
            return split(group) { team in
                let results = ledger.lines[team]!.against.filter { members.contains($0.key) }.values
                return [results.reduce(0) { $0 + $1.victoryPoints }, results.reduce(0) { $0 + $1.margin }]
            }
        case .impQuotient:
            return splitByQuotient(group, ledger: ledger)
        case .opponentsVP:
            return split(group) { team in
                [ledger.lines[team]!.opponents.reduce(0) { $0 + (ledger.lines[$1]?.victoryPoints ?? 0) }]
            }
        case .impDifference:
            return split(group) { [ledger.lines[$0]!.imps.margin] }
        }
    }

    /// Groups by a key compared lexicographically, higher first.
    private func split(_ group: [TeamNumber], key: (TeamNumber) -> [Int]) -> [[TeamNumber]] {
        let keyed = Dictionary(grouping: group, by: key)
        return keyed.keys.sorted { $0.lexicographicallyPrecedes($1) }.reversed().map { keyed[$0]! }
    }

    /// IMPs won ÷ IMPs lost, compared exactly by cross-multiplication; nothing lost is infinite.
    private func splitByQuotient(_ group: [TeamNumber], ledger: Ledger) -> [[TeamNumber]] {
        func less(_ a: IMPTally, _ b: IMPTally) -> Bool {
            switch (a.lost == 0, b.lost == 0) {
            case (true, true): return false
            case (true, false): return false
            case (false, true): return true
            case (false, false): return a.won * b.lost < b.won * a.lost
            }
        }
        let sorted = group.sorted { less(ledger.lines[$1]!.imps, ledger.lines[$0]!.imps) }
        var groups: [[TeamNumber]] = []
        for team in sorted {
            if let last = groups.last?.last,
               !less(ledger.lines[last]!.imps, ledger.lines[team]!.imps),
               !less(ledger.lines[team]!.imps, ledger.lines[last]!.imps) {
                groups[groups.count - 1].append(team)
            } else {
                groups.append([team])
            }
        }
        return groups
    }
}
