import ExactNumbers
import SkillsScoring
import Yams

extension DefinitionReader {
    /// Reads the sections of a skills competition.
    func readSkills(_ top: MappingReader, info: CompetitionInfo) -> SkillsCompetition? {
        let defaults = top.optional("scoring").flatMap {
            MappingReader($0, context: "scoring", keys: Self.scoringKeys, diagnostics: diagnostics)
        }
        let trades = readTrades(top.required("trades"), defaults: defaults)
        let knownLevels = Set(written.awardLevels.map(AwardLevelID.init(rawValue:)))
        let titles = readTitles(top.optional("titles"), knownLevels: knownLevels)
        let organisations = readOrganisations(top.optional("organisations"))
        let standardisation = readStandardisation(top.optional("standardised"))
        guard let trades, let titles, let organisations else { return nil }
        return SkillsCompetition(info: info, trades: trades, titles: titles, organisations: organisations,
                                 standardisation: standardisation)
    }

    private func readTrades(_ node: Node?, defaults: MappingReader?) -> [Trade]? {
        guard let items = diagnostics.list(node, "trades") else { return nil }
        var trades: [Trade] = []
        var ids: [(TradeID, Node?)] = []
        for item in items {
            let label = item.mapping?["id"]?.text.map { "trade '\($0)'" } ?? "trade"
            guard let mapping = MappingReader(item, context: label, keys: ["id", "name", "scoring"],
                                              diagnostics: diagnostics)
            else { continue }
            let id = diagnostics.identifier(mapping.required("id"), "trade id")
            let name = diagnostics.string(mapping.required("name"), "trade name")
            let override = mapping.optional("scoring").flatMap {
                MappingReader($0, context: "scoring of \(label)", keys: Self.scoringKeys, diagnostics: diagnostics)
            }
            guard let id else { continue }
            ids.append((TradeID(id), mapping.optional("id")))
            let rules = readTradeRules(defaults: defaults, override: override, trade: id, at: item)
            guard let name, let rules else { continue }
            trades.append(Trade(id: TradeID(id), name: name, rules: rules))
        }
        diagnostics.rejectDuplicates(ids, "trade id")
        return trades.count == items.count ? trades : nil
    }

    private func readTitles(_ node: Node?, knownLevels: Set<AwardLevelID>) -> [TitleRule]? {
        guard let node else { return [] }
        guard let items = diagnostics.list(node, "titles", allowEmpty: true) else { return nil }
        var titles: [TitleRule] = []
        var ids: [(TitleID, Node?)] = []
        for item in items {
            let label = item.mapping?["id"]?.text.map { "title '\($0)'" } ?? "title"
            guard let mapping = MappingReader(item, context: label,
                                              keys: ["id", "name", "rank", "awards", "min-total"],
                                              diagnostics: diagnostics)
            else { continue }
            let id = diagnostics.identifier(mapping.required("id"), "title id")
            let name = diagnostics.string(mapping.optional("name"), "title name")
            let rank = diagnostics.integer(mapping.optional("rank"), "rank", in: 1...Int.max)
            let minimum = diagnostics.number(mapping.optional("min-total"), "min-total", minimum: 0)
            var awards: [AwardLevelID]?
            if let awardNodes = diagnostics.list(mapping.optional("awards"), "awards") {
                awards = awardNodes.compactMap { awardNode in
                    guard let level = diagnostics.string(awardNode, "award level") else { return nil }
                    if !knownLevels.contains(AwardLevelID(level)) {
                        let choices = allowedList(knownLevels.sorted().map(\.rawValue))
                        diagnostics.error("\(label) names unknown award level '\(level)'; expected one of: \(choices)",
                                          at: awardNode)
                        return nil
                    }
                    return AwardLevelID(level)
                }
                if awards?.count != awardNodes.count { continue }
            }
            if !mapping.has("rank") && !mapping.has("awards") && !mapping.has("min-total") {
                diagnostics.error("\(label) has no condition; give rank, awards or min-total", at: item)
                continue
            }
            guard let id else { continue }
            ids.append((TitleID(id), mapping.optional("id")))
            titles.append(TitleRule(id: TitleID(id), name: name, maximumRank: rank, awards: awards,
                                    minimumTotal: minimum))
        }
        diagnostics.rejectDuplicates(ids, "title id")
        return titles.count == items.count ? titles : nil
    }

    private func readOrganisations(_ node: Node?) -> OrganisationScoring? {
        guard let node else { return OrganisationScoring() }
        guard let mapping = MappingReader(node, context: "organisations", keys: ["score", "scope", "awards"],
                                          diagnostics: diagnostics)
        else { return nil }
        var best = 3
        if let scoreNode = mapping.optional("score"), let text = diagnostics.string(scoreNode, "organisation score") {
            if text.hasPrefix("best-"), let k = Int(text.dropFirst(5)), k >= 1 {
                best = k
            } else {
                diagnostics.error("unknown organisation score '\(text)'; expected best-K with K ≥ 1, e.g. best-3",
                                  at: scoreNode)
                return nil
            }
        }
        let scope = diagnostics.choice(mapping.optional("scope"), "organisation scope",
                                       as: OrganisationScoring.Scope.self) ?? .competition
        let awards = mapping.has("awards") ? readAwardLevels(mapping.optional("awards"), sharesAllowed: false) : []
        guard let awards else { return nil }
        return OrganisationScoring(best: best, scope: scope, awards: awards)
    }

    private func readStandardisation(_ node: Node?) -> Standardisation? {
        guard let node, let mapping = MappingReader(node, context: "standardised",
                                                    keys: ["centre", "spread", "factor", "excellence"],
                                                    diagnostics: diagnostics)
        else { return nil }
        return Standardisation(
            centre: diagnostics.choice(mapping.optional("centre"), "centre") ?? .median,
            spread: diagnostics.choice(mapping.optional("spread"), "spread") ?? .standardDeviation,
            factor: diagnostics.number(mapping.optional("factor"), "factor", minimum: 0, exclusive: true) ?? 20,
            excellence: diagnostics.number(mapping.optional("excellence"), "excellence", minimum: 0))
    }
}
