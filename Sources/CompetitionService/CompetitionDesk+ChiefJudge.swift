import CompetitionModel
import CompetitionStore
import Diagnostics
import SkillsScoring

extension CompetitionDesk {
    /// Freezes a trade's marks; refused while an entrant is incomplete or a discrepancy is
    /// open (the refusal lists them all).
    public func lock(trade id: TradeID, operator: String) throws {
        try authorize(`operator`, .chiefJudgeDecision, operation: "lock trade \(id)")
        let trade = try trade(id)
        try change("lock trade \(id)", operator: `operator`) { store in
            try store.requireUnlocked(id)
            let snapshot = try store.tradeSnapshot(trade)
            let blockers = snapshot.result(decimals: info.decimals).lockBlockers(confirmed: snapshot.confirmed)
            guard blockers.isEmpty else {
                throw RuleRefusal("trade '\(id)' cannot be locked yet:", details: blockers)
            }
            try store.setLocked(true, trade: id)
            try store.audit(AuditEntry(operator: `operator`, action: "trade.lock", competition: competition.id, trade: id.rawValue))
        }
    }

    /// Reopens a locked trade; the reason is required and logged.
    public func unlock(trade: TradeID, reason: String, operator: String) throws {
        guard !reason.isEmpty else { throw InputRejection("unlocking needs a reason (--reason)") }
        try authorize(`operator`, .chiefJudgeDecision, operation: "unlock trade \(trade)")
        try change("unlock trade \(trade)", operator: `operator`) { store in
            guard try requireState(trade, in: store).locked else { throw RuleRefusal("trade '\(trade)' is not locked") }
            try store.setLocked(false, trade: trade)
            try store.audit(AuditEntry(operator: `operator`, action: "trade.unlock", competition: competition.id,
                                       trade: trade.rawValue, reason: reason))
        }
    }

    /// Decrypts a locked trade's codes to names (解密), logged. Refused before the lock.
    public func reveal(trade: TradeID, operator: String) throws {
        try authorize(`operator`, .chiefJudgeDecision, operation: "reveal trade \(trade)")
        try change("reveal trade \(trade)", operator: `operator`) { store in
            let state = try requireState(trade, in: store)
            guard state.locked else {
                throw RuleRefusal("trade '\(trade)' is not locked; names are revealed only after the lock")
            }
            guard !state.revealed else { return }
            try store.setRevealed(trade: trade)
            try store.audit(AuditEntry(operator: `operator`, action: "trade.reveal", competition: competition.id,
                                       trade: trade.rawValue))
        }
    }

    private func requireState(_ trade: TradeID, in store: StoreTransaction) throws -> TradeState {
        guard let state = try store.tradeState(trade) else { throw UnknownReference("unknown trade '\(trade)'") }
        return state
    }

    /// Records a ruling (a drawn lot, say) that orders tied entrants of a trade, best first.
    public func recordRuling(_ codes: [EntrantCode], trade: TradeID, reason: String, operator: String) throws {
        guard codes.count >= 2 else { throw InputRejection("a ruling orders at least two tied entrants") }
        guard !reason.isEmpty else { throw InputRejection("a ruling needs a reason (--reason)") }
        try authorize(`operator`, .chiefJudgeDecision, operation: "record a ruling")
        try change("record a ruling", operator: `operator`) { store in
            try store.requireUnlocked(trade)
            for code in codes { _ = try store.requireEntrant(trade: trade, code: code) }
            try store.insertRuling(codes, trade: trade, reason: reason)
            try store.audit(AuditEntry(operator: `operator`, action: "ruling.record", competition: competition.id,
                                       trade: trade.rawValue, newValue: codes.map(\.rawValue).joined(separator: ","), reason: reason))
        }
    }

    /// Confirms a discrepancy as it stands (the chief judge), with the reason. Refused when
    /// there is no such open discrepancy.
    public func confirmDiscrepancy(_ key: DiscrepancyKey, trade id: TradeID, reason: String, operator: String) throws {
        guard !reason.isEmpty else { throw InputRejection("confirming a discrepancy needs a reason (--reason)") }
        try authorize(`operator`, .chiefJudgeDecision, operation: "confirm a discrepancy")
        let trade = try self.trade(id)
        try change("confirm a discrepancy", operator: `operator`) { store in
            try store.requireUnlocked(id)
            let entrant = try store.requireEntrant(trade: id, code: key.code)
            let snapshot = try store.tradeSnapshot(trade)
            guard let open = snapshot.result(decimals: info.decimals).discrepancies.first(where: { $0.key == key }) else {
                throw RuleRefusal("there is no discrepancy on \(key.component)\(key.aspect.map { " aspect \($0)" } ?? "") for \(key.code)")
            }
            try store.confirm(component: key.component, aspect: key.aspect, of: entrant.key, reason: reason)
            let marks = open.marks.keys.sorted().map { "J\($0) \(open.marks[$0]!)" }.joined(separator: ", ")
            try store.audit(AuditEntry(operator: `operator`, action: "discrepancy.confirm", competition: competition.id,
                                       trade: id.rawValue, code: key.code.rawValue, component: key.component.rawValue,
                                       aspect: key.aspect?.rawValue, newValue: marks, reason: reason))
        }
    }

    /// Draws the recheck list (复核) of a trade — the award winners (or the top `top`) plus at
    /// least 15 % of the rest, by `seed` — and records the draw (its seed and the codes drawn).
    public func recheck(trade: TradeID, seed: UInt64, top: Int?, operator: String) throws -> RecheckDraw {
        let published = try published(trade: trade)[0]
        let codes = RecheckList.entrants(of: published.result, core: top.map { .top($0) } ?? .awardWinners, seed: seed)
        try change("record a recheck draw", operator: `operator`) { store in
            try store.audit(AuditEntry(operator: `operator`, action: "recheck.draw", competition: competition.id,
                                       trade: trade.rawValue, newValue: codes.map(\.rawValue).joined(separator: ","),
                                       reason: "seed \(seed)"))
        }
        return RecheckDraw(trade: published, seed: seed, codes: codes)
    }
}

/// A drawn recheck list: the codes in the order drawn, with the trade they belong to.
public struct RecheckDraw: Sendable {
    public var trade: PublishedTrade
    public var seed: UInt64
    public var codes: [EntrantCode]
}
