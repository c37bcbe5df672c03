import SeededRandom

/// Pairs the rounds of a Swiss movement (积分编排赛, bridge spec §6).
///
/// Round 1 pairs 1–2, 3–4, … by team number, or a seeded random draw; the bye goes to the
/// highest number. Later rounds take the teams in standings order and pair high against
/// high without a rematch; with an odd field the lowest-ranked team that has not had a bye
/// sits out. A depth-first search with backtracking (see docs/rules/swiss-pairing.md) finds a
/// legal pairing whenever one exists; the first one found in rank order is the one a director
/// would make by hand.
public struct SwissPairer: Sendable {
    public init() {}

    /// Round 1: seeded 1–2, 3–4, … by number, or (with `seed`) a random draw.
    public func firstRound(teams: [TeamNumber], seed: UInt64? = nil) -> RoundPairing {
        var order = teams.sorted()
        let bye = order.count % 2 == 1 ? order.removeLast() : nil
        if let seed {
            var generator = SplitMix64(seed: seed)
            order = order.deterministicallyShuffled(using: &generator)
        }
        let pairs = stride(from: 0, to: order.count, by: 2).map { (order[$0], order[$0 + 1]) }
        return RoundPairing(pairs: pairs, bye: bye)
    }

    /// A later round.
    ///
    /// - Parameters:
    ///   - ranking: every team still playing, best first (the standings order used for the
    ///     round: after the previous round, or two rounds back for delayed Swiss).
    ///   - met: the meetings so far.
    ///   - hadBye: the teams that have had a bye.
    /// - Throws: `PairingError` naming the teams that cannot be placed when no legal pairing
    ///   exists.
    /// - Complexity: O(n²) for n teams when no backtracking is needed; backtracking is
    ///   pruned as soon as some unpaired team has no possible opponent left.
    public func pair(ranking: [TeamNumber], met: Set<Meeting>, hadBye: Set<TeamNumber>) throws(PairingError) -> RoundPairing {
        let graph = CompatibilityGraph(ranking: ranking, met: met)
        guard ranking.count % 2 == 1 else {
            if let pairs = graph.search(excluding: nil) { return RoundPairing(pairs: pairs, bye: nil) }
            throw graph.explainFailure(bye: nil)
        }
        let candidates = ranking.indices.reversed().filter { !hadBye.contains(ranking[$0]) }
        guard !candidates.isEmpty else {
            throw PairingError(unplaceable: [], reason: "every team has already had a bye")
        }
        for bye in candidates {
            if let pairs = graph.search(excluding: bye) { return RoundPairing(pairs: pairs, bye: ranking[bye]) }
        }
        throw graph.explainFailure(bye: candidates)
    }
}

/// Which teams may still meet: index i is the i-th team of the ranking.
struct CompatibilityGraph {
    let ranking: [TeamNumber]
    /// `canMeet[i * n + j]`: i and j have not met.
    let canMeet: [Bool]

    init(ranking: [TeamNumber], met: Set<Meeting>) {
        self.ranking = ranking
        let n = ranking.count
        var canMeet = [Bool](repeating: true, count: n * n)
        let index = Dictionary(uniqueKeysWithValues: ranking.enumerated().map { ($0.element, $0.offset) })
        for meeting in met {
            guard let i = index[meeting.lower], let j = index[meeting.higher] else { continue }
            canMeet[i * n + j] = false
            canMeet[j * n + i] = false
        }
        for i in 0..<n { canMeet[i * n + i] = false }
        self.canMeet = canMeet
    }

    /// The first legal pairing in rank order of every team but `excluded`, or `nil`.
    func search(excluding excluded: Int?) -> [(TeamNumber, TeamNumber)]? {
        let n = ranking.count
        var paired = [Bool](repeating: false, count: n)
        if let excluded { paired[excluded] = true }
        // options[u]: how many unpaired teams u could still meet.
        var options = [Int](repeating: 0, count: n)
        for u in 0..<n where !paired[u] {
            for v in 0..<n where !paired[v] && canMeet[u * n + v] { options[u] += 1 }
        }
        if (0..<n).contains(where: { !paired[$0] && options[$0] == 0 }) { return nil }

        var stack: [(high: Int, low: Int)] = []
        var resumeFrom: Int? = nil       // after backtracking: the next opponent to try
        while true {
            guard let high = resumeFrom.map({ _ in stack.last!.high }) ?? paired.firstIndex(of: false) else {
                return stack.map { (ranking[$0.high], ranking[$0.low]) }
            }
            var start = high + 1
            if resumeFrom != nil {
                let last = stack.removeLast()
                unpair(last.high, last.low, &paired, &options)
                start = last.low + 1
                resumeFrom = nil
            }
            var placed = false
            var low = start
            while low < n {
                if !paired[low] && canMeet[high * n + low] {
                    if pair(high, low, &paired, &options) {
                        stack.append((high, low))
                        placed = true
                        break
                    }
                }
                low += 1
            }
            if !placed {
                guard !stack.isEmpty else { return nil }
                resumeFrom = stack.last!.low
            }
        }
    }

    /// Pairs `a` with `b` and updates the option counts; undoes it and returns false when some
    /// other unpaired team is left with no possible opponent.
    private func pair(_ a: Int, _ b: Int, _ paired: inout [Bool], _ options: inout [Int]) -> Bool {
        let n = ranking.count
        paired[a] = true
        paired[b] = true
        var deadEnd = false
        for u in 0..<n where !paired[u] {
            if canMeet[u * n + a] { options[u] -= 1 }
            if canMeet[u * n + b] { options[u] -= 1 }
            if options[u] == 0 { deadEnd = true }
        }
        if deadEnd { unpair(a, b, &paired, &options) }
        return !deadEnd
    }

    private func unpair(_ a: Int, _ b: Int, _ paired: inout [Bool], _ options: inout [Int]) {
        let n = ranking.count
        for u in 0..<n where !paired[u] {
            if canMeet[u * n + a] { options[u] += 1 }
            if canMeet[u * n + b] { options[u] += 1 }
        }
        paired[a] = false
        paired[b] = false
    }

    /// Names the teams a maximum matching of the "may still meet" graph leaves out.
    func explainFailure(bye candidates: [Int]?) -> PairingError {
        let matching = MaximumMatching(vertexCount: ranking.count) { canMeet[$0 * ranking.count + $1] }
        let unmatched = matching.unmatchedVertices.map { ranking[$0] }.sorted()
        let allowed = ranking.count % 2
        if unmatched.count <= allowed, let candidates {
            let sitters = unmatched.filter { team in candidates.contains { ranking[$0] == team } }
            if sitters.isEmpty {
                return PairingError(unplaceable: unmatched,
                                    reason: "only teams that have already had a bye could sit out")
            }
        }
        return PairingError(unplaceable: unmatched,
                            reason: "\(unmatched.count) team\(unmatched.count == 1 ? "" : "s") would have to meet an opponent again")
    }
}
