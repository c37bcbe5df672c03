import Foundation
import CompetitionModel
import CompetitionStore
import Diagnostics
import SkillsScoring

extension CompetitionDesk {
    /// Registers the entrants of a CSV file or an Excel workbook (`.xlsx`: its first sheet, or
    /// `sheet`), all or none; trades without codes have codes (and stations) drawn with `seed`,
    /// which is recorded. A trade gives all its codes or none.
    public func importEntrants(file: String, displayName: String? = nil, sheet: String? = nil, seed: UInt64?,
                               operator: String) throws -> ImportSummary {
        let displayName = displayName ?? file
        return try WorkbookInput.reading(file, displayName: displayName, sheet: sheet) { path in
            try importEntrantRows(file: path, displayName: displayName, seed: seed, operator: `operator`)
        }
    }

    private func importEntrantRows(file: String, displayName: String, seed: UInt64?, operator: String) throws -> ImportSummary {
        let skills = try competition.skills()
        try authorize(`operator`, .deskWork, operation: "import entrants from \(displayName)")
        let read = try EntrantsFile(path: file, displayName: displayName, skills: skills)
        return try change("import entrants from \(displayName)", operator: `operator`) { store in
            var rows = read.rows
            var errors = read.errors
            var draws: [TradeID: UInt64] = [:]
            for (position, trade) in skills.trades.enumerated() {
                let indices = rows.indices.filter { rows[$0].entrant.trade == trade.id }
                guard !indices.isEmpty else { continue }
                let coded = indices.filter { !rows[$0].entrant.code.rawValue.isEmpty }
                if coded.isEmpty {
                    guard let seed else {
                        errors.add(rows[indices[0]].line, "trade '\(trade.id)' has no codes; give --seed N to draw them")
                        continue
                    }
                    let existing = try store.codes(trade: trade.id).count
                    if existing > 0 {
                        errors.add(rows[indices[0]].line, "trade '\(trade.id)' already has \(existing) entrants; a draw is for a whole trade, so give codes")
                        continue
                    }
                    let tradeSeed = seed &+ UInt64(position)
                    let drawn = Draw.codes(count: indices.count, seed: tradeSeed)
                    let stations = indices.allSatisfy { rows[$0].entrant.station == nil }
                        ? Draw.stations(count: indices.count, seed: tradeSeed) : nil
                    for (offset, index) in indices.enumerated() {
                        rows[index].entrant.code = drawn[offset]
                        if let stations { rows[index].entrant.station = stations[offset] }
                    }
                    draws[trade.id] = tradeSeed
                    for kind in stations == nil ? ["codes"] : ["codes", "stations"] {
                        try store.recordDraw(trade: trade.id, kind: kind, seed: tradeSeed)
                    }
                    try store.audit(AuditEntry(operator: `operator`, action: "draw", competition: competition.id,
                                               trade: trade.id.rawValue, newValue: "seed \(tradeSeed)", source: displayName))
                } else if coded.count != indices.count {
                    for index in indices where rows[index].entrant.code.rawValue.isEmpty {
                        errors.add(rows[index].line, "code is empty while other rows of trade '\(trade.id)' give codes; give all codes or none")
                    }
                }
            }
            var seen: [String: Int] = [:]
            for row in rows where !row.entrant.code.rawValue.isEmpty {
                let key = "\(row.entrant.trade)\u{1}\(row.entrant.code)"
                if let first = seen[key] {
                    errors.add(row.line, "duplicate code '\(row.entrant.code)' in trade '\(row.entrant.trade)' (also at line \(first))")
                } else {
                    seen[key] = row.line
                }
            }
            guard errors.isEmpty else { throw errors.rejection }
            for row in rows where try !register(row.entrant, in: store, operator: `operator`, source: "\(displayName):\(row.line)") {
                errors.add(row.line, "code '\(row.entrant.code)' is already registered in trade '\(row.entrant.trade)'")
            }
            guard errors.isEmpty else { throw errors.rejection }
            try requireRows(rows.count, in: displayName, what: "entrant")
            return ImportSummary(rows: rows.count, draws: draws)
        }
    }

    /// Registers one entrant (the next free A number when the code is empty). Its details are
    /// trimmed as an import trims them: `'东湖茶业公司 '` is `东湖茶业公司`, one organisation.
    public func addEntrant(_ entrant: EntrantRow, operator: String) throws -> EntrantRow {
        _ = try competition.skills()
        try authorize(`operator`, .deskWork, operation: "register an entrant")
        _ = try trade(entrant.trade)
        var entrant = entrant
        entrant.code = EntrantCode(entrant.code.rawValue.trimmed)
        entrant.name = entrant.name.trimmed
        entrant.organisation = entrant.organisation?.trimmedOrNil
        entrant.station = entrant.station?.trimmedOrNil
        guard !entrant.name.isEmpty else { throw InputRejection("an entrant needs a name (--name)") }
        return try change("register an entrant", operator: `operator`) { store in
            if entrant.code.rawValue.isEmpty { entrant.code = Draw.nextCode(after: try store.codes(trade: entrant.trade)) }
            guard try register(entrant, in: store, operator: `operator`, source: nil) else {
                throw InputRejection("code '\(entrant.code)' is already registered in trade '\(entrant.trade)'")
            }
            return entrant
        }
    }

    /// Stores an entrant with its audit row; `false` when its code is taken.
    private func register(_ entrant: EntrantRow, in store: StoreTransaction, operator: String, source: String?) throws -> Bool {
        guard try store.insert(entrant) else { return false }
        try store.audit(AuditEntry(operator: `operator`, action: "entrant.add", competition: competition.id,
                                   trade: entrant.trade.rawValue, code: entrant.code.rawValue,
                                   newValue: Self.details(entrant),
                                   source: source))
        return true
    }

    /// The definition of `trade` and the codes its judges mark — every entrant who may still
    /// be marked (`EntrantStatus.acceptsMarks`), in draw order: what the score sheets list.
    public func markableCodes(trade id: TradeID) throws -> (trade: Trade, codes: [EntrantCode]) {
        let definition = try trade(id)
        return (definition, try entrants(trade: id).filter { $0.status.acceptsMarks }.map(\.code).sorted())
    }

    /// Corrects a registered entrant's name, organisation or station (a misspelt name must not
    /// reach the award list), with a reason; the audit row keeps the old details.
    ///
    /// Before the trade's reveal the names are the desk's (the judges see codes only): the desk
    /// or the chief judge may correct them. Once revealed they are public, on standings and
    /// award lists: only the chief judge may. A locked trade may be corrected: details are not
    /// marks.
    public func editEntrant(code: EntrantCode, trade: TradeID, _ edit: EntrantEdit, reason: String, operator: String) throws -> EntrantRow {
        _ = try competition.skills()
        _ = try self.trade(trade)
        let reason = reason.trimmed
        guard !reason.isEmpty else { throw InputRejection("a correction of an entrant's details needs a reason (--reason)") }
        guard edit.name != nil || edit.organisation != nil || edit.station != nil else {
            throw InputRejection("nothing to correct: give --name, --organisation or --station")
        }
        if let name = edit.name, name.trimmed.isEmpty { throw InputRejection("the name cannot be empty") }
        try authorize(`operator`, .deskWork, operation: "correct the details of \(code)")
        return try change("correct the details of \(code)", operator: `operator`) { store in
            if try store.tradeState(trade)?.revealed == true,
               let refusal = info.officials.refusal(of: `operator`, for: .chiefJudgeDecision) {
                throw RuleRefusal("trade '\(trade)' is revealed, so its names are public: \(refusal)")
            }
            let entrant = try store.requireEntrant(trade: trade, code: code)
            let old = try store.details(of: entrant)
            var new = old
            if let name = edit.name { new.name = name.trimmed }
            if let organisation = edit.organisation { new.organisation = organisation.trimmedOrNil }
            if let station = edit.station { new.station = station.trimmedOrNil }
            guard new != old else { throw InputRejection("\(entrant.code) of \(trade) already has these details") }
            try store.updateDetails(of: entrant.key, name: new.name, organisation: new.organisation, station: new.station)
            try store.audit(AuditEntry(operator: `operator`, action: "entrant.edit", competition: competition.id,
                                       trade: trade.rawValue, code: entrant.code.rawValue, oldValue: Self.details(old),
                                       newValue: Self.details(new), reason: reason))
            return new
        }
    }

    /// Name / organisation / station, as the audit trail shows an entrant's details.
    static func details(_ entrant: EntrantRow) -> String {
        [entrant.name, entrant.organisation ?? "", entrant.station ?? ""].joined(separator: " / ")
    }

    /// The registered entrants (names included: for the organiser's desk), of one trade or all.
    public func entrants(trade: TradeID? = nil) throws -> [EntrantRow] {
        _ = try competition.skills()
        return try database.entrants(competition: competition, trade: trade)
    }

    /// Marks an entrant absent, withdrawn, disqualified or competed, with a reason (required to
    /// disqualify). Refused on a locked trade, and for absent or withdrawn while the entrant
    /// has marks.
    public func setStatus(_ status: EntrantStatus, code: EntrantCode, trade: TradeID, reason: String?, operator: String) throws {
        if status == .disqualified && (reason ?? "").isEmpty {
            throw InputRejection("disqualifying needs a reason (--reason)")
        }
        try authorize(`operator`, status == .disqualified ? .chiefJudgeDecision : .deskWork,
                      operation: "change the status of \(code)")
        try change("change the status of \(code)", operator: `operator`) { store in
            try store.requireUnlocked(trade)
            let entrant = try store.requireEntrant(trade: trade, code: code)
            if !status.acceptsMarks {
                let marks = try store.markCount(of: entrant.key)
                if marks > 0 {
                    throw RuleRefusal("\(code) of \(trade) has \(marks) marks; an entrant with marks cannot be \(status.rawValue) (disqualify instead, with a reason)")
                }
            }
            try store.setStatus(status, reason: reason, of: entrant.key)
            try store.audit(AuditEntry(operator: `operator`, action: "entrant.status", competition: competition.id,
                                       trade: trade.rawValue, code: code.rawValue, oldValue: entrant.status.rawValue,
                                       newValue: status.rawValue, reason: reason))
        }
    }
}

/// A correction of an entrant's registered details: each field given replaces the stored one
/// (an empty organisation or station clears it).
public struct EntrantEdit: Sendable, Hashable {
    public var name: String?
    public var organisation: String?
    public var station: String?

    public init(name: String? = nil, organisation: String? = nil, station: String? = nil) {
        self.name = name
        self.organisation = organisation
        self.station = station
    }
}

extension String {
    /// Without leading and trailing white space (full-width spaces included).
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
    /// Trimmed, or `nil` when nothing is left.
    var trimmedOrNil: String? {
        let text = trimmed
        return text.isEmpty ? nil : text
    }
}
