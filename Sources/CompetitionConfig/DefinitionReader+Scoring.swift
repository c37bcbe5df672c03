import ExactNumbers
import SkillsScoring
import Yams

extension DefinitionReader {
    static let scoringKeys = ["components", "tie-breaks", "ranking", "awards"]

    /// Resolves a trade's rules: each key of the trade's `scoring` replaces the default key
    /// whole. `nil` when the rules are unusable (the reasons are already reported).
    func readTradeRules(defaults: MappingReader?, override: MappingReader?, trade: String,
                        at tradeNode: Node) -> TradeRules? {
        func pick(_ key: String) -> (node: Node?, owner: String) {
            if let node = override?.optional(key) { return (node, "trade '\(trade)'") }
            return (defaults?.optional(key), "the default scoring")
        }
        let componentsSource = pick("components")
        guard let componentsNode = componentsSource.node else {
            diagnostics.error("trade '\(trade)' has no components; give scoring.components by default or in the trade",
                              at: tradeNode)
            return nil
        }
        let components = readComponents(componentsNode, owner: componentsSource.owner)
        let tieBreakSource = pick("tie-breaks")
        let owner = componentsSource.owner == tieBreakSource.owner ? componentsSource.owner : "trade '\(trade)'"
        let tieBreaks = readTieBreaks(tieBreakSource.node, known: writtenComponentIDs(componentsNode), owner: owner)
        let ranking = diagnostics.choice(pick("ranking").node, "ranking", as: RankingMethod.self) ?? .standard
        let awards = readAwardScheme(pick("awards").node)
        guard let components, let tieBreaks, let awards else { return nil }
        return TradeRules(components: components, tieBreaks: tieBreaks, ranking: ranking, awards: awards)
    }

    /// The component and module ids written in a components list, valid or not.
    private func writtenComponentIDs(_ node: Node) -> Set<String> {
        var ids: Set<String> = []
        for item in node.sequence.map(Array.init) ?? [] {
            if let id = item.mapping?["id"]?.text { ids.insert(id) }
            for module in item.mapping?["modules"]?.sequence.map(Array.init) ?? [] {
                if let id = module.mapping?["id"]?.text { ids.insert(id) }
            }
        }
        return ids
    }

    private func readTieBreaks(_ node: Node?, known: Set<String>, owner: String) -> [TieBreakKey]? {
        guard let node else { return [] }
        guard let items = diagnostics.list(node, "tie-breaks", allowEmpty: true) else { return nil }
        var keys: [TieBreakKey] = []
        for item in items {
            var keyNode: Node? = item
            var prefer: TieBreakKey.Preference?
            if item.mapping != nil {
                guard let mapping = MappingReader(item, context: "tie-break", keys: ["key", "prefer"],
                                                  diagnostics: diagnostics)
                else { continue }
                keyNode = mapping.required("key")
                prefer = diagnostics.choice(mapping.optional("prefer"), "tie-break preference")
            }
            guard let keyNode, let name = diagnostics.string(keyNode, "tie-break key") else { continue }
            if name == "time" {
                keys.append(TieBreakKey(.time, prefer: prefer))
            } else if known.contains(name) {
                keys.append(TieBreakKey(.component(ComponentID(name)), prefer: prefer))
            } else {
                let choices = allowedList(known.sorted() + ["time"])
                diagnostics.error("tie-break '\(name)' names no component of \(owner); expected one of: \(choices)",
                                  at: keyNode)
            }
        }
        return keys.count == items.count ? keys : nil
    }

    /// Reads `awards:` of skills scoring; absent means the standard 10/20/30% scheme.
    func readAwardScheme(_ node: Node?) -> AwardScheme? {
        let standardIDs = AwardScheme.standard.levels.map(\.id.rawValue)
        guard let node else {
            written.awardLevels.formUnion(standardIDs)
            return .standard
        }
        let keys = ["levels", "gate", "rounding", "boundary-ties", "quota-base", "minimum-competitors"]
        guard let mapping = MappingReader(node, context: "awards", keys: keys, diagnostics: diagnostics)
        else { return nil }
        if !mapping.has("levels") { written.awardLevels.formUnion(standardIDs) }
        let levels = mapping.has("levels") ? readAwardLevels(mapping.optional("levels"), sharesAllowed: true)
                                           : AwardScheme.standard.levels
        let gate = diagnostics.choice(mapping.optional("gate"), "gate", as: EligibilityGate.self) ?? .allComponentsPass
        let rounding = diagnostics.choice(mapping.optional("rounding"), "rounding", as: RoundingRule.self) ?? .halfUp
        let boundary = diagnostics.choice(mapping.optional("boundary-ties"), "boundary-ties", as: BoundaryTies.self)
            ?? .promote
        let base = diagnostics.choice(mapping.optional("quota-base"), "quota-base", as: QuotaBase.self) ?? .competed
        let minimum = mapping.optional("minimum-competitors").map {
            readMinimumCompetitors($0, levels: levels?.count ?? 0)
        } ?? .standard
        guard let levels, let minimum else { return nil }
        return AwardScheme(levels: levels, gate: gate, rounding: rounding, boundaryTies: boundary,
                           quotaBase: base, minimumCompetitors: minimum)
    }

    /// Reads award levels, each with a `share` or (when allowed) a `count`.
    func readAwardLevels(_ node: Node?, sharesAllowed: Bool) -> [AwardLevel]? {
        guard let items = diagnostics.list(node, "award levels") else { return nil }
        var levels: [AwardLevel] = []
        var ids: [(AwardLevelID, Node?)] = []
        for item in items {
            let label = item.mapping?["id"]?.text.map { "award level '\($0)'" } ?? "award level"
            if sharesAllowed, let written = item.mapping?["id"]?.text { self.written.awardLevels.insert(written) }
            let keys = sharesAllowed ? ["id", "name", "share", "count"] : ["id", "name", "count"]
            guard let mapping = MappingReader(item, context: label, keys: keys, diagnostics: diagnostics)
            else { continue }
            let id = diagnostics.identifier(mapping.required("id"), "award level id")
            let name = diagnostics.string(mapping.optional("name"), "award level name")
            var quota: Quota?
            switch (mapping.optional("share"), mapping.optional("count")) {
            case (let share?, nil):
                quota = diagnostics.share(share, "share").map(Quota.share)
            case (nil, let count?):
                quota = diagnostics.integer(count, "count", in: 1...Int.max).map(Quota.count)
            case (_?, _?):
                diagnostics.error("\(label) gives both share and count; give one", at: mapping.keyNode("count"))
            case (nil, nil):
                diagnostics.error("\(label) needs \(sharesAllowed ? "a share or a count" : "a count")", at: item)
            }
            guard let id, let quota else { continue }
            ids.append((AwardLevelID(id), mapping.optional("id")))
            levels.append(AwardLevel(id: AwardLevelID(id), name: name, quota: quota))
        }
        diagnostics.rejectDuplicates(ids, "award level id")
        guard levels.count == items.count else { return nil }
        let shares = levels.compactMap { if case .share(let s) = $0.quota { s } else { nil } }
        if !shares.isEmpty && shares.count != levels.count {
            diagnostics.error("award levels mix shares and counts; use one form for every level", at: node)
            return nil
        }
        let total = shares.sum()
        if total > 1 {
            diagnostics.error("award shares add up to \((total * 100).exactDescription)%; expected at most 100%", at: node)
            return nil
        }
        return levels
    }

    private func readMinimumCompetitors(_ node: Node, levels: Int) -> MinimumCompetitors? {
        guard let mapping = node.mapping else {
            diagnostics.error("expected a mapping like { 3: 6, 2: 5, 1: 4 } for minimum-competitors, found \(node.kindDescription)", at: node)
            return nil
        }
        var thresholds: [Int: Int] = [:]
        var valid = true
        for (key, value) in mapping {
            let count = diagnostics.integer(key, "number of levels", in: 1...max(1, levels))
            let needed = diagnostics.integer(value, "competitors needed", in: 1...Int.max)
            if let count, let needed { thresholds[count] = needed } else { valid = false }
        }
        let ordered = thresholds.sorted { $0.key < $1.key }
        for (fewer, more) in zip(ordered, ordered.dropFirst()) where more.value < fewer.value {
            diagnostics.error("minimum-competitors: \(more.key) levels need \(more.value) competitors, fewer than \(fewer.key) levels need (\(fewer.value))", at: node)
            valid = false
        }
        return valid ? MinimumCompetitors(thresholds) : nil
    }
}
