/// A title earned by one entrant of one trade.
public struct TitleAward: Sendable, Hashable {
    public var title: TitleID
    public var trade: TradeID
    public var code: EntrantCode

    public init(title: TitleID, trade: TradeID, code: EntrantCode) {
        self.title = title
        self.trade = trade
        self.code = code
    }
}

extension TitleRule {
    /// Whether a ranked entrant meets every condition of the title.
    public func isEarned(by entrant: EntrantResult) -> Bool {
        guard entrant.status.isRanked, let rank = entrant.rank else { return false }
        if let maximumRank, rank > maximumRank { return false }
        if let awards, !(entrant.award.map(awards.contains) ?? false) { return false }
        if let minimumTotal, !((entrant.publishedTotal ?? -1) >= minimumTotal) { return false }
        return true
    }

    /// The titles earned across trades, by title in rule order, then trade order, then rank.
    public static func awards(_ rules: [TitleRule], results: [TradeResult]) -> [TitleAward] {
        rules.flatMap { rule in
            results.flatMap { result in
                result.entries.filter(rule.isEarned).map { TitleAward(title: rule.id, trade: result.trade, code: $0.code) }
            }
        }
    }
}
