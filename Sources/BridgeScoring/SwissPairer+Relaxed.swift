/// The pairings a director may allow when a Swiss round has no legal pairing (bridge spec §6:
/// "the director is never stranded"): rematches, fewest first; or a second bye.
extension SwissPairer {
    /// The pairing with the fewest rematches; among those, high against high (the first in
    /// rank order, as a legal pairing is chosen). With an odd field the bye goes to a team
    /// that has not had one — the one whose sitting out needs the fewest rematches, the
    /// lowest-ranked among equals — and to a team that has had one only when all have.
    ///
    /// Exact without search: the fewest rematches that complete a set of teams is half the
    /// teams a maximum matching of their "may still meet" graph leaves out (any two teams may
    /// meet again), so each step keeps the best opponent that leaves the minimum reachable.
    ///
    /// - Complexity: O(n² · n³) for n teams (a maximum matching per candidate opponent).
    public func pairAllowingRematches(ranking: [TeamNumber], met: Set<Meeting>, hadBye: Set<TeamNumber>) -> RelaxedPairing {
        let graph = CompatibilityGraph(ranking: ranking, met: met)
        let everyone = Array(ranking.indices)
        var bye: Int?
        if ranking.count % 2 == 1 {
            let fresh = everyone.reversed().filter { !hadBye.contains(ranking[$0]) }
            let candidates = fresh.isEmpty ? Array(everyone.reversed()) : fresh
            var best: (bye: Int, rematches: Int)?
            for candidate in candidates {
                let rematches = graph.fewestRematches(everyone.filter { $0 != candidate })
                if best == nil || rematches < best!.rematches { best = (candidate, rematches) }
            }
            bye = best?.bye
        }
        var remaining = everyone.filter { $0 != bye }
        var budget = graph.fewestRematches(remaining)
        let total = budget
        var pairs: [(TeamNumber, TeamNumber)] = []
        while let high = remaining.first {
            for low in remaining.dropFirst() {
                let cost = graph.canMeet(high, low) ? 0 : 1
                let rest = remaining.filter { $0 != high && $0 != low }
                guard cost <= budget, cost + graph.fewestRematches(rest) <= budget else { continue }
                pairs.append((ranking[high], ranking[low]))
                budget -= cost
                remaining = rest
                break
            }
        }
        return RelaxedPairing(pairing: RoundPairing(pairs: pairs, bye: bye.map { ranking[$0] }), rematches: total)
    }

    /// A pairing without rematches where the bye may go to a team that has had one: to the
    /// lowest-ranked team for whom the others can be paired (the first in rank order).
    ///
    /// - Throws: `PairingError` when no team's bye leaves a legal pairing (or the field is even).
    public func pairAllowingSecondBye(ranking: [TeamNumber], met: Set<Meeting>) throws(PairingError) -> RoundPairing {
        guard ranking.count % 2 == 1 else {
            throw PairingError(unplaceable: [], reason: "an even field has no bye to give")
        }
        let graph = CompatibilityGraph(ranking: ranking, met: met)
        for bye in ranking.indices.reversed() {
            if let pairs = graph.search(excluding: bye) { return RoundPairing(pairs: pairs, bye: ranking[bye]) }
        }
        throw graph.explainFailure(bye: nil)
    }
}

/// A pairing made with rematches allowed, and how many it has.
public struct RelaxedPairing: Sendable, Hashable {
    public var pairing: RoundPairing
    public var rematches: Int
}

extension CompatibilityGraph {
    /// Whether the teams at ranks `a` and `b` have not met.
    func canMeet(_ a: Int, _ b: Int) -> Bool { canMeet[a * ranking.count + b] }

    /// The fewest rematches that pair every team of `members` (an even number of ranks): half
    /// the members a maximum matching of the not-yet-met graph leaves out.
    func fewestRematches(_ members: [Int]) -> Int {
        let matching = MaximumMatching(vertexCount: members.count) { canMeet(members[$0], members[$1]) }
        return matching.unmatchedVertices.count / 2
    }
}
