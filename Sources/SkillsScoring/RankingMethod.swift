/// How entrants the tie-break chain cannot separate are ranked (skills spec §3).
public enum RankingMethod: String, Sendable, CaseIterable {
    /// Standard competition ranking: 1, 2, 2, 4.
    case standard
    /// Dense ranking: 1, 2, 2, 3.
    case dense
    /// Ordinal ranking: 1, 2, 3, 4, ties listed by competitor code.
    case ordinal
    /// 排名不并列: an unresolved tie needs a recorded ruling.
    case noShared = "no-shared"
}
