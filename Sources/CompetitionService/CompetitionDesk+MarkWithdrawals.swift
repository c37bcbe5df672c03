import CompetitionModel
import CompetitionStore
import Diagnostics
import SkillsScoring

/// Taking back marks keyed in by mistake: one mark, or a whole marks file imported by mistake
/// (the wrong station's file). Both are the chief judge's decisions, while the trade is
/// unlocked, with a reason; the audit trail keeps every mark removed and its value.
extension CompetitionDesk {
    /// Removes the stored mark at the slot `input` names (its value is not used), keyed in by
    /// mistake. Returns the value it held.
    @discardableResult
    public func withdrawMark(_ input: MarkInput, reason: String, operator: String) throws -> String {
        let trade = input.trade, code = input.code
        _ = try competition.skills()
        _ = try self.trade(trade)
        let reason = reason.trimmed
        guard !reason.isEmpty else { throw InputRejection("withdrawing a mark needs a reason (--reason)") }
        let seat: Int?
        do { seat = try input.judge.map(JudgeSeat.parse) } catch { throw InputRejection([error]) }
        let slot = MarkSlot(component: input.component, judge: seat, aspect: input.aspect)
        try authorize(`operator`, .chiefJudgeDecision, operation: "withdraw a mark")
        return try change("withdraw a mark", operator: `operator`) { store in
            try store.requireUnlocked(trade)
            let entrant = try store.requireEntrant(trade: trade, code: code)
            guard let old = try store.mark(of: entrant.key, at: slot) else {
                throw InputRejection("there is no mark to withdraw for \(entrant.code) \(slot.component)\(seat.map { " J\($0)" } ?? "")"
                                     + "\(slot.aspect.map { " \($0)" } ?? "")")
            }
            try withdraw(entrant, slot: slot, value: old, reason: reason, source: nil, operator: `operator`, in: store)
            return old
        }
    }

    /// Removes every mark a marks import stored (the latest import of `source`, the file as
    /// `tally audit` names it), in one step. Refused while a trade it touched is locked, and
    /// when one of its marks has been corrected since (withdraw those one by one first).
    public func undoMarkImport(source: String, reason: String, operator: String) throws -> ImportSummary {
        _ = try competition.skills()
        let reason = reason.trimmed
        guard !reason.isEmpty else { throw InputRejection("undoing an import needs a reason (--reason)") }
        try authorize(`operator`, .chiefJudgeDecision, operation: "undo the marks import of \(source)")
        return try change("undo the marks import of \(source)", operator: `operator`) { store in
            guard let importID = try store.latestMarkImport(source: source) else {
                throw InputRejection("no marks imported from '\(source)' are stored; `tally audit` names each import's file")
            }
            let marks = try store.marks(ofImport: importID)
            let locked = Set(marks.filter(\.entrant.locked).map(\.entrant.trade.rawValue)).sorted()
            guard locked.isEmpty else {
                throw RuleRefusal("the import of \(source) has marks in locked trades \(locked.joined(separator: ", ")); "
                                  + "the chief judge unlocks them first, with a reason")
            }
            let corrected = marks.filter { $0.current != $0.imported }
            guard corrected.isEmpty else {
                throw RuleRefusal("\(counted(corrected.count, "mark")) of the import of \(source) \(corrected.count == 1 ? "was" : "were") corrected since; "
                                  + "withdraw them one by one (tally mark … --withdraw)",
                                  details: corrected.prefix(20).map {
                                      "\(source):\($0.line): \($0.entrant.code) \($0.slot.component) is \($0.current), imported as \($0.imported)"
                                  })
            }
            try store.audit(AuditEntry(operator: `operator`, action: "marks.undo-import", competition: competition.id,
                                       oldValue: counted(marks.count, "mark"), reason: reason, source: source))
            for mark in marks {
                try withdraw(mark.entrant, slot: mark.slot, value: mark.current, reason: reason, source: "\(source):\(mark.line)",
                             operator: `operator`, in: store)
            }
            return ImportSummary(rows: marks.count)
        }
    }

    /// Deletes one mark and writes its `mark.withdraw` audit row; a confirmation of the panel
    /// it belonged to was of the old marks and goes too.
    private func withdraw(_ entrant: StoredEntrant, slot: MarkSlot, value: String, reason: String, source: String?,
                          operator: String, in store: StoreTransaction) throws {
        try store.deleteMark(of: entrant.key, at: slot)
        try store.removeConfirmation(component: slot.component, aspect: slot.aspect, of: entrant.key)
        try store.audit(AuditEntry(operator: `operator`, action: "mark.withdraw", competition: competition.id,
                                   trade: entrant.trade.rawValue, code: entrant.code.rawValue,
                                   component: slot.component.rawValue, judge: slot.judge, aspect: slot.aspect?.rawValue,
                                   oldValue: value, newValue: nil, reason: reason, source: source))
    }
}
