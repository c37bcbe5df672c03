import SeededRandom

/// The entrants to recheck before results are published (复核, skills spec §6).
public enum RecheckList {
    /// Who is always rechecked.
    public enum Core: Sendable, Hashable {
        /// Every award winner.
        case awardWinners
        /// The top n by rank.
        case top(Int)
    }

    /// The core entrants plus a random sample of at least `share` (15% by default, rounded
    /// up) of the other ranked entrants, drawn with `seed`; sorted by code.
    public static func entrants(of result: TradeResult, core: Core = .awardWinners, share: (Int, Int) = (15, 100),
                                seed: UInt64) -> [EntrantCode] {
        let ranked = result.entries.filter { $0.status.isRanked }
        let chosen: [EntrantResult] = switch core {
        case .awardWinners: ranked.filter { $0.award != nil }
        case .top(let n): ranked.filter { ($0.rank ?? .max) <= n }
        }
        let chosenCodes = Set(chosen.map(\.code))
        let rest = ranked.map(\.code).filter { !chosenCodes.contains($0) }.sorted()
        let sample = (rest.count * share.0 + share.1 - 1) / share.1
        var generator = SplitMix64(seed: seed)
        let drawn = rest.deterministicallyShuffled(using: &generator).prefix(sample)
        return (Array(chosenCodes) + drawn).sorted()
    }
}
