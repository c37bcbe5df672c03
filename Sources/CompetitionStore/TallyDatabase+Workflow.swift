import CompetitionConfig
import CompetitionModel
import Diagnostics
import ExactNumbers
internal import GRDB
import SkillsScoring

extension TallyDatabase {
    /// Refuses when `trade` is locked.
    func requireUnlocked(_ db: Database, competition: String, trade: TradeID) throws {
        let locked = try String.fetchOne(db, sql: "SELECT lockedAt FROM trade WHERE competitionId = ? AND id = ?",
                                         arguments: [competition, trade.rawValue])
        if locked != nil {
            throw RuleRefusal("trade '\(trade)' is locked; its marks cannot change (the chief judge can unlock it with a reason)")
        }
    }

    /// Locks a trade: refused while an entrant is incomplete or a discrepancy is open.
    public func lock(trade: TradeID, competition: StoredCompetition, decimals: Int, operator: String) throws {
        try authorize(competition, `operator`, .chiefJudgeDecision, operation: "lock trade \(trade)")
        let skills = try competition.skills()
        guard let definition = skills.trade(trade) else {
            throw InputRejection("unknown trade '\(trade)'; expected one of: \(skills.trades.map(\.id.rawValue).joined(separator: ", "))")
        }
        try write("lock trade \(trade)", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            try requireUnlocked(db, competition: competition.id, trade: trade)
            let snapshot = try snapshot(db, competition: competition.id, trade: definition)
            let blockers = snapshot.result(decimals: decimals).lockBlockers(confirmed: snapshot.confirmed)
            guard blockers.isEmpty else {
                throw RuleRefusal("trade '\(trade)' cannot be locked yet:", details: blockers)
            }
            try db.execute(sql: "UPDATE trade SET lockedAt = ? WHERE competitionId = ? AND id = ?",
                           arguments: [now(), competition.id, trade.rawValue])
            try audit(db, AuditEntry(operator: `operator`, action: "trade.lock", competition: competition.id,
                                     trade: trade.rawValue))
        }
    }

    /// Reopens a locked trade; the reason is required and logged.
    public func unlock(trade: TradeID, reason: String, competition: StoredCompetition, operator: String) throws {
        guard !reason.isEmpty else { throw InputRejection("unlocking needs a reason (--reason)") }
        try authorize(competition, `operator`, .chiefJudgeDecision, operation: "unlock trade \(trade)")
        try write("unlock trade \(trade)", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            let state = try tradeState(db, competition: competition.id, trade: trade)
            guard state.locked else { throw RuleRefusal("trade '\(trade)' is not locked") }
            try db.execute(sql: "UPDATE trade SET lockedAt = NULL WHERE competitionId = ? AND id = ?",
                           arguments: [competition.id, trade.rawValue])
            try audit(db, AuditEntry(operator: `operator`, action: "trade.unlock", competition: competition.id,
                                     trade: trade.rawValue, reason: reason))
        }
    }

    /// Decrypts a locked trade's codes to names (解密), logged. Refused before the lock.
    public func reveal(trade: TradeID, competition: StoredCompetition, operator: String) throws {
        try authorize(competition, `operator`, .chiefJudgeDecision, operation: "reveal trade \(trade)")
        try write("reveal trade \(trade)", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            let state = try tradeState(db, competition: competition.id, trade: trade)
            guard state.locked else {
                throw RuleRefusal("trade '\(trade)' is not locked; names are revealed only after the lock")
            }
            guard !state.revealed else { return }
            try db.execute(sql: "UPDATE trade SET revealedAt = ? WHERE competitionId = ? AND id = ?",
                           arguments: [now(), competition.id, trade.rawValue])
            try audit(db, AuditEntry(operator: `operator`, action: "trade.reveal", competition: competition.id,
                                     trade: trade.rawValue))
        }
    }

    /// Records the chief judge's confirmation of a discrepancy as it stands, with a reason.
    /// Refused when there is no such open discrepancy.
    public func confirmDiscrepancy(_ key: DiscrepancyKey, trade: TradeID, reason: String, competition: StoredCompetition,
                                   decimals: Int, operator: String) throws {
        guard !reason.isEmpty else { throw InputRejection("confirming a discrepancy needs a reason (--reason)") }
        try authorize(competition, `operator`, .chiefJudgeDecision, operation: "confirm a discrepancy")
        let skills = try competition.skills()
        guard let definition = skills.trade(trade) else { throw InputRejection("unknown trade '\(trade)'") }
        try write("confirm a discrepancy", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            try requireUnlocked(db, competition: competition.id, trade: trade)
            let entrant = try entrantRow(db, competition: competition.id, trade: trade, code: key.code)
            let snapshot = try snapshot(db, competition: competition.id, trade: definition)
            let open = snapshot.result(decimals: decimals).discrepancies.first { $0.key == key }
            guard let open else {
                throw RuleRefusal("there is no discrepancy on \(key.component)\(key.aspect.map { " aspect \($0)" } ?? "") for \(key.code)")
            }
            try db.execute(sql: """
                INSERT INTO confirmation (entrantId, component, aspect, reason) VALUES (?, ?, ?, ?)
                ON CONFLICT DO UPDATE SET reason = excluded.reason
                """, arguments: [entrant["id"] as Int64, key.component.rawValue, key.aspect?.rawValue ?? "", reason])
            let marks = open.marks.keys.sorted().map { "J\($0) \(open.marks[$0]!)" }.joined(separator: ", ")
            try audit(db, AuditEntry(operator: `operator`, action: "discrepancy.confirm", competition: competition.id,
                                     trade: trade.rawValue, code: key.code.rawValue, component: key.component.rawValue,
                                     aspect: key.aspect?.rawValue, newValue: marks, reason: reason))
        }
    }

    /// Records a ruling (e.g. a drawn lot) that orders tied entrants, best first.
    public func recordRuling(_ codes: [EntrantCode], trade: TradeID, reason: String, competition: StoredCompetition,
                             operator: String) throws {
        guard codes.count >= 2 else { throw InputRejection("a ruling orders at least two tied entrants") }
        guard !reason.isEmpty else { throw InputRejection("a ruling needs a reason (--reason)") }
        try authorize(competition, `operator`, .chiefJudgeDecision, operation: "record a ruling")
        try write("record a ruling", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            try requireUnlocked(db, competition: competition.id, trade: trade)
            for code in codes { _ = try entrantRow(db, competition: competition.id, trade: trade, code: code) }
            let list = codes.map(\.rawValue).joined(separator: ",")
            try db.execute(sql: "INSERT INTO ruling (competitionId, tradeId, codes, reason) VALUES (?, ?, ?, ?)",
                           arguments: [competition.id, trade.rawValue, list, reason])
            try audit(db, AuditEntry(operator: `operator`, action: "ruling.record", competition: competition.id,
                                     trade: trade.rawValue, newValue: list, reason: reason))
        }
    }

    /// Records a deduction (扣分) from a component, with its reason.
    public func deduct(_ deduction: Deduction, code: EntrantCode, trade: TradeID, competition: StoredCompetition,
                       operator: String) throws {
        let skills = try competition.skills()
        guard let definition = skills.trade(trade) else { throw InputRejection("unknown trade '\(trade)'") }
        guard definition.rules.markableIDs.contains(deduction.component) else {
            throw InputRejection("unknown component '\(deduction.component)'; expected one of: \(definition.rules.markableIDs.map(\.rawValue).joined(separator: ", "))")
        }
        guard deduction.points > 0, deduction.points <= 1_000, (deduction.points * 10_000).isInteger else {
            throw InputRejection("a deduction is a positive number of points, at most 1000 with at most 4 decimals")
        }
        guard !deduction.reason.isEmpty else { throw InputRejection("a deduction needs a reason (--reason)") }
        try authorize(competition, `operator`, .chiefJudgeDecision, operation: "record a deduction")
        try write("record a deduction", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            try requireUnlocked(db, competition: competition.id, trade: trade)
            let entrant = try entrantRow(db, competition: competition.id, trade: trade, code: code)
            try db.execute(sql: "INSERT INTO deduction (entrantId, component, points, reason) VALUES (?, ?, ?, ?)",
                           arguments: [entrant["id"] as Int64, deduction.component.rawValue,
                                       deduction.points.exactDescription, deduction.reason])
            try audit(db, AuditEntry(operator: `operator`, action: "deduction.enter", competition: competition.id,
                                     trade: trade.rawValue, code: code.rawValue, component: deduction.component.rawValue,
                                     newValue: "-\(deduction.points.exactDescription)", reason: deduction.reason))
        }
    }

    func tradeState(_ db: Database, competition: String, trade: TradeID) throws -> (locked: Bool, revealed: Bool) {
        guard let row = try Row.fetchOne(db, sql: "SELECT lockedAt, revealedAt FROM trade WHERE competitionId = ? AND id = ?",
                                         arguments: [competition, trade.rawValue]) else {
            throw InputRejection("unknown trade '\(trade)'")
        }
        return (row["lockedAt"] as String? != nil, row["revealedAt"] as String? != nil)
    }
}

extension TallyDatabase {
    /// Records a recheck draw (复核) — its seed and the entrants drawn — in the audit trail.
    public func recordRecheck(_ codes: [EntrantCode], seed: UInt64, trade: TradeID, competition: StoredCompetition,
                              operator: String) throws {
        try write("record a recheck draw", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            try audit(db, AuditEntry(operator: `operator`, action: "recheck.draw", competition: competition.id,
                                     trade: trade.rawValue, newValue: codes.map(\.rawValue).joined(separator: ","),
                                     reason: "seed \(seed)"))
        }
    }
}
