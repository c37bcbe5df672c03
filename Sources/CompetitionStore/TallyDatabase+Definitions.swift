import CompetitionConfig
import CompetitionModel
import Diagnostics
import ExactNumbers
internal import GRDB
import SkillsScoring

extension TallyDatabase {
    /// Loads a definition into the database, or updates the stored one.
    ///
    /// An update is refused (nothing written) when stored data contradicts it: a trade that
    /// has entrants is gone, a mark no longer fits (component, judge seat, aspect or max), a
    /// time or deduction names a component that is gone, or the kind changed.
    public func store(_ definition: CompetitionDefinition, source: String, operator: String) throws -> DefinitionLoadOutcome {
        let id = definition.info.id.rawValue
        if let reason = definition.info.officials.refusal(of: `operator`, for: .chiefJudgeDecision) {
            throw RuleRefusal("loading the definition: \(reason)")
        }
        return try write("load the definition of '\(id)'") { db in
            let existing = try Row.fetchOne(db, sql: "SELECT kind, definition FROM competition WHERE id = ?", arguments: [id])
            if let existing {
                let storedSource: String = existing["definition"]
                if storedSource == source { return .unchanged }
                let storedKind: String = existing["kind"]
                guard storedKind == definition.info.kind.rawValue else {
                    throw RuleRefusal("competition '\(id)' is stored as \(storedKind); it cannot become \(definition.info.kind.rawValue)")
                }
                if case .skills(let skills) = definition {
                    let contradictions = try self.contradictions(db, competition: id, with: skills)
                    if !contradictions.isEmpty {
                        throw RuleRefusal("the edited definition contradicts what is stored for '\(id)'; nothing was changed",
                                          details: contradictions)
                    }
                }
                try db.execute(sql: "UPDATE competition SET name = ?, definition = ?, loadedAt = ? WHERE id = ?",
                               arguments: [definition.info.name, source, now(), id])
            } else {
                try db.execute(sql: "INSERT INTO competition (id, kind, name, definition, loadedAt) VALUES (?, ?, ?, ?, ?)",
                               arguments: [id, definition.info.kind.rawValue, definition.info.name, source, now()])
            }
            if case .skills(let skills) = definition { try syncTrades(db, competition: id, with: skills) }
            try audit(db, AuditEntry(operator: `operator`, action: existing == nil ? "definition.load" : "definition.update",
                                     competition: id, newValue: definition.summary))
            return existing == nil ? .created : .updated
        }
    }

    /// The competition `id`, or the only one when `id` is nil.
    public func competition(_ id: String?) throws -> StoredCompetition {
        let rows = try read("read the competitions") { db in
            try Row.fetchAll(db, sql: "SELECT id, definition FROM competition ORDER BY id")
        }
        let ids = rows.map { $0["id"] as String }
        let row: Row
        if let id {
            guard let match = rows.first(where: { $0["id"] == id }) else {
                throw InputRejection(ids.isEmpty ? "no competition '\(id)'; the database holds none (load one with tally init FILE)"
                                                 : "no competition '\(id)'; expected one of: \(ids.joined(separator: ", "))")
            }
            row = match
        } else {
            guard rows.count == 1 else {
                throw InputRejection(rows.isEmpty ? "the database holds no competition; load one with tally init FILE"
                                                  : "the database holds several competitions; choose one with --competition (\(ids.joined(separator: ", ")))")
            }
            row = rows[0]
        }
        let source: String = row["definition"]
        let competitionID: String = row["id"]
        do {
            let definition = try DefinitionLoader.parse(yaml: source, file: "stored definition of \(competitionID)")
            return StoredCompetition(id: competitionID, definition: definition, source: source)
        } catch {
            throw InputRejection(error.diagnostics)
        }
    }

    private func contradictions(_ db: Database, competition: String, with definition: SkillsCompetition) throws -> [String] {
        var problems: [String] = []
        let trades = Dictionary(uniqueKeysWithValues: definition.trades.map { ($0.id.rawValue, $0) })
        let counts = try Row.fetchAll(db, sql: "SELECT tradeId, COUNT(*) AS n FROM entrant WHERE competitionId = ? GROUP BY tradeId",
                                      arguments: [competition])
        for row in counts where trades[row["tradeId"] as String] == nil {
            problems.append("trade '\(row["tradeId"] as String)' has \(row["n"] as Int) entrants and is not in the edited definition")
        }
        let marks = try Row.fetchCursor(db, sql: """
            SELECT e.tradeId, m.component, m.judge, m.aspect, m.value FROM mark m JOIN entrant e ON e.id = m.entrantId
            WHERE e.competitionId = ?
            """, arguments: [competition])
        var seen: Set<String> = []
        while let row = try marks.next() {
            guard let trade = trades[row["tradeId"] as String] else { continue }
            let judge: Int = row["judge"], aspect: String = row["aspect"]
            let slot = MarkSlot(component: ComponentID(row["component"] as String), judge: judge == 0 ? nil : judge,
                                aspect: aspect.isEmpty ? nil : AspectID(aspect))
            do {
                try trade.rules.check(slot, value: Rational(decimal: row["value"] as String) ?? .zero)
            } catch {
                let message = "trade '\(trade.id)': a stored mark no longer fits: \(error.message)"
                if seen.insert(message).inserted { problems.append(message) }
            }
        }
        for table in ["time", "deduction"] {
            let rows = try Row.fetchAll(db, sql: """
                SELECT DISTINCT e.tradeId, t.component FROM \(table) t JOIN entrant e ON e.id = t.entrantId
                WHERE e.competitionId = ?
                """, arguments: [competition])
            for row in rows {
                guard let trade = trades[row["tradeId"] as String] else { continue }
                let component: String = row["component"]
                if !trade.rules.markableIDs.contains(ComponentID(component)) {
                    problems.append("trade '\(trade.id)': a stored \(table) names component '\(component)', which is gone")
                }
            }
        }
        return problems
    }

    private func syncTrades(_ db: Database, competition: String, with definition: SkillsCompetition) throws {
        for (position, trade) in definition.trades.enumerated() {
            try db.execute(sql: """
                INSERT INTO trade (competitionId, id, name, position) VALUES (?, ?, ?, ?)
                ON CONFLICT (competitionId, id) DO UPDATE SET name = excluded.name, position = excluded.position
                """, arguments: [competition, trade.id.rawValue, trade.name, position])
        }
        let kept = definition.trades.map(\.id.rawValue)
        let placeholders = Array(repeating: "?", count: kept.count).joined(separator: ", ")
        try db.execute(sql: "DELETE FROM trade WHERE competitionId = ? AND id NOT IN (\(placeholders))",
                       arguments: StatementArguments([competition] + kept))
    }
}
