import CompetitionConfig
import CompetitionModel
import CompetitionStore
import Diagnostics
import ExactNumbers
import SkillsScoring

/// Loading a definition into the database, or updating the stored one.
enum DefinitionUpdate {
    /// Stores `definition` (its YAML text `source`) as a new competition or as the new version
    /// of the stored one. An update is refused (nothing written) when the kind changed or
    /// stored data contradicts it: a trade that has entrants is gone, a mark no longer fits
    /// (component, judge seat, aspect or maximum), a time or deduction names a component that
    /// is gone.
    static func store(_ definition: CompetitionDefinition, source: String, operator: String,
                      in database: TallyDatabase) throws -> DefinitionLoadOutcome {
        let id = definition.info.id.rawValue
        if let reason = definition.info.officials.refusal(of: `operator`, for: .chiefJudgeDecision) {
            throw RuleRefusal("loading the definition: \(reason)")
        }
        return try database.write("load the definition of '\(id)'", competition: id) { store in
            let existing = try store.storedDefinition()
            if let existing {
                if existing.source == source { return .unchanged }
                guard existing.kind == definition.info.kind.rawValue else {
                    throw RuleRefusal("competition '\(id)' is stored as \(existing.kind); it cannot become \(definition.info.kind.rawValue)")
                }
                if case .skills(let skills) = definition {
                    let contradictions = try self.contradictions(in: store, with: skills)
                    if !contradictions.isEmpty {
                        throw RuleRefusal("the edited definition contradicts what is stored for '\(id)'; nothing was changed",
                                          details: contradictions)
                    }
                }
            }
            try store.storeDefinition(kind: definition.info.kind.rawValue, name: definition.info.name, source: source)
            if case .skills(let skills) = definition { try store.setTrades(skills.trades.map { ($0.id, $0.name) }) }
            try store.audit(AuditEntry(operator: `operator`, action: existing == nil ? "definition.load" : "definition.update",
                                       competition: id, newValue: definition.summary))
            return existing == nil ? .created : .updated
        }
    }

    /// What is stored that `definition` no longer allows.
    private static func contradictions(in store: StoreTransaction, with definition: SkillsCompetition) throws -> [String] {
        var problems: [String] = []
        let trades = Dictionary(uniqueKeysWithValues: definition.trades.map { ($0.id, $0) })
        for (trade, count) in try store.entrantCounts() where trades[trade] == nil {
            problems.append("trade '\(trade)' has \(count) entrants and is not in the edited definition")
        }
        var seen: Set<String> = []
        try store.forEachMark { tradeID, slot, value in
            guard let trade = trades[tradeID] else { return }
            do {
                try trade.rules.check(slot, value: Rational(decimal: value) ?? .zero)
            } catch let error as MarkProblem {
                let message = "trade '\(trade.id)': a stored mark no longer fits: \(error.message)"
                if seen.insert(message).inserted { problems.append(message) }
            }
        }
        for (deductions, name) in [(false, "time"), (true, "deduction")] {
            for (tradeID, component) in try store.componentsWithStored(deductions: deductions) {
                guard let trade = trades[tradeID] else { continue }
                if !trade.rules.markableIDs.contains(component) {
                    problems.append("trade '\(trade.id)': a stored \(name) names component '\(component)', which is gone")
                }
            }
        }
        return problems
    }
}
