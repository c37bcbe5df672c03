import CompetitionConfig
import CompetitionModel
import CompetitionStore
import CSVReading
import Diagnostics
import Dispatch
import ExactNumbers
import SkillsScoring

/// One mark as a person keys it in: text, checked here.
public struct MarkInput: Sendable {
    public var trade: TradeID
    public var code: EntrantCode
    public var component: ComponentID
    /// The panel seat as typed, `J3` or `3`.
    public var judge: String?
    public var aspect: AspectID?
    /// The mark as typed, e.g. `86.5`.
    public var value: String

    public init(trade: TradeID, code: EntrantCode, component: ComponentID, judge: String? = nil, aspect: AspectID? = nil,
                value: String) {
        self.trade = trade
        self.code = code
        self.component = component
        self.judge = judge
        self.aspect = aspect
        self.value = value
    }
}

extension CompetitionDesk {
    /// Imports a marks file (`trade, code, component, [judge], [aspect], mark`), all or
    /// nothing: streamed through one transaction with prepared statements, every row checked
    /// against the definition, the registered codes and who may enter it, every bad row
    /// reported. The import is audited by one `marks.import` row and each mark by a row with
    /// its line.
    public func importMarks(file: String, displayName: String? = nil, operator: String) throws -> ImportSummary {
        let displayName = displayName ?? file
        let skills = try competition.skills()
        let reader: CSVReader
        do { reader = try CSVReader(path: file, displayName: displayName) } catch {
            throw InputRejection([error])
        }
        return try change("import marks from \(displayName)", operator: `operator`) { store in
            let lookup = try EntrantLookup(store, definition: skills)
            let writer = try store.beginMarkImport(AuditEntry(operator: `operator`, action: "marks.import",
                                                              competition: competition.id, source: displayName))
            // The file is read and checked on another thread while this one writes.
            let fileReader = MarkFileReader(reader, lookup: lookup, officials: info.officials, operator: `operator`)
            let handoff = Handoff<[MarkFileReader.Pending]>(capacity: 8)
            let finished = DispatchSemaphore(value: 0)
            DispatchQueue.global(qos: .userInitiated).async {
                fileReader.read(into: handoff)
                finished.signal()
            }
            var duplicates = DiagnosticCollector(file: displayName)
            do {
                // However this ends, the reading thread stops before its results are read.
                defer {
                    handoff.cancel()
                    finished.wait()
                }
                while let batch = handoff.take() {
                    for mark in batch where try !writer.write(entrant: mark.entrant, slot: mark.slot, value: mark.text, line: mark.line) {
                        duplicates.add(mark.line, try duplicateMessage(writer, mark: mark, lookUp: duplicates.isShowingMore))
                    }
                }
            }
            if let failure = fileReader.failure { throw failure }
            if !fileReader.refusals.isEmpty {
                throw RuleRefusal("\(displayName): \(counted(fileReader.refusals.count, "mark")) \(fileReader.refusals.count == 1 ? "is" : "are") not \(`operator`)'s to enter; nothing was imported",
                                  details: Array(fileReader.refusals.prefix(20)))
            }
            let lockedRows = fileReader.lockedRows
            if !lockedRows.isEmpty {
                let trades = lockedRows.keys.sorted().map { "'\($0)' (\(counted(lockedRows[$0]!, "row")))" }.joined(separator: ", ")
                throw RuleRefusal("\(displayName): marks for locked trades \(trades); nothing was imported")
            }
            var errors = fileReader.errors
            errors.merge(duplicates)
            guard errors.isEmpty else { throw errors.rejection }
            try requireRows(fileReader.rows, in: displayName, what: "mark")
            return ImportSummary(rows: fileReader.rows)
        }
    }

    private func duplicateMessage(_ writer: MarkImportWriter, mark: MarkFileReader.Pending, lookUp: Bool) throws -> String {
        let what = "duplicate mark for \(mark.code) \(mark.slot.component)\(mark.slot.judge.map { " J\($0)" } ?? "")\(mark.slot.aspect.map { " aspect \($0)" } ?? "")"
        guard lookUp else { return what }
        if let line = try writer.lineOfStoredMark(entrant: mark.entrant, slot: mark.slot) {
            return "\(what) (also at line \(line))"
        }
        return "\(what): a mark is already stored; change it with tally mark … --correct --reason R"
    }

    /// Enters one mark, or with `correcting` replaces the stored one (the old value stays in
    /// the audit trail with the reason). Returns the mark as stored.
    @discardableResult
    public func enterMark(_ input: MarkInput, correcting reason: String?, operator: String) throws -> MarkEntry {
        do {
            return try enterMarks([input], correcting: reason, operator: `operator`)[0]
        } catch let batch as MarkBatchRejection {
            throw batch.errors[0].error
        }
    }

    /// Enters several marks in one transaction, all or nothing (a judge's row of a mark sheet,
    /// a batch of the API): every mark is checked, and every refused one is reported with its
    /// index. With `correcting`, each replaces the stored one.
    @discardableResult
    public func enterMarks(_ inputs: [MarkInput], correcting reason: String?, operator: String) throws -> [MarkEntry] {
        guard !inputs.isEmpty else { throw InputRejection("no marks given") }
        if let reason, reason.isEmpty { throw InputRejection("a correction needs a reason (--reason)") }
        _ = try competition.skills()
        var errors: [(index: Int, error: any Error)] = []
        var entries: [MarkEntry] = []
        for (index, input) in inputs.enumerated() {
            do { entries.append(try entry(of: input)) } catch { errors.append((index, error)) }
        }
        let operation = reason == nil ? (inputs.count == 1 ? "enter a mark" : "enter \(inputs.count) marks")
            : (inputs.count == 1 ? "correct a mark" : "correct \(inputs.count) marks")
        if errors.isEmpty {
            for (index, entry) in entries.enumerated() {
                let action: OfficialAction = reason == nil ? .enterMark(trade: entry.trade.rawValue, seat: entry.slot.judge) : .chiefJudgeDecision
                do { try authorize(`operator`, action, operation: operation) } catch { errors.append((index, error)) }
                if !errors.isEmpty { break }     // one refusal of who asks is enough (and audited once)
            }
        }
        guard errors.isEmpty else { throw MarkBatchRejection(errors: errors) }
        do {
            try change(operation, operator: `operator`) { store in
                for (index, entry) in entries.enumerated() {
                    do { try enter(entry, correcting: reason, operator: `operator`, in: store) } catch { errors.append((index, error)) }
                }
                if let refusal = errors.lazy.compactMap({ $0.error as? RuleRefusal }).first, inputs.count == 1 { throw refusal }
                guard errors.isEmpty else { throw MarkBatchRejection(errors: errors) }
            }
        } catch let batch as MarkBatchRejection {
            if let refusal = batch.errors.lazy.compactMap({ $0.error as? RuleRefusal }).first {
                database.recordRefusal(refusal, competition: competition.id, operator: `operator`, operation: operation, origin: origin)
            }
            throw batch
        } catch let refusal as RuleRefusal {
            throw MarkBatchRejection(errors: [(0, refusal)])
        }
        return entries
    }

    /// The mark `input` keys in, read and checked against the trade's marking scheme.
    private func entry(of input: MarkInput) throws -> MarkEntry {
        guard let value = Rational(decimal: input.value) else {
            throw InputRejection("invalid mark '\(input.value)'; expected a number such as 86 or 86.5")
        }
        let seat: Int?
        do { seat = try input.judge.map(JudgeSeat.parse) } catch { throw InputRejection([error]) }
        let entry = MarkEntry(trade: input.trade, code: input.code,
                              slot: MarkSlot(component: input.component, judge: seat, aspect: input.aspect), value: value)
        let trade = try trade(entry.trade)
        do { try trade.rules.check(entry.slot, value: entry.value) } catch { throw InputRejection(error.message) }
        return entry
    }

    /// Stores one checked mark inside `store`'s transaction, with its audit row.
    private func enter(_ entry: MarkEntry, correcting reason: String?, operator: String, in store: StoreTransaction) throws {
        try store.requireUnlocked(entry.trade)
        let entrant = try store.requireEntrant(trade: entry.trade, code: entry.code)
        guard entrant.status.acceptsMarks else {
            throw RuleRefusal("\(entry.code) of \(entry.trade) is \(entrant.status.rawValue); marks are refused")
        }
        let old = try store.mark(of: entrant.key, at: entry.slot)
        let seat = entry.slot.judge.map { " J\($0)" } ?? ""
        switch (old, reason) {
        case (let old?, nil):
            throw InputRejection("a mark is already stored for \(entry.code) \(entry.slot.component)\(seat) (\(old)); change it with --correct --reason R")
        case (nil, _?):
            throw InputRejection("there is no mark to correct for \(entry.code) \(entry.slot.component)\(seat)")
        case (nil, nil):
            try store.insertMark(entry.value, of: entrant.key, at: entry.slot)
        case (_?, _?):
            try store.replaceMark(with: entry.value, of: entrant.key, at: entry.slot)
            // A confirmation was of the old marks: the new ones must stand on their own.
            try store.removeConfirmation(component: entry.slot.component, aspect: entry.slot.aspect, of: entrant.key)
        }
        try store.audit(AuditEntry(operator: `operator`, action: reason == nil ? "mark.enter" : "mark.correct",
                                   competition: competition.id, trade: entry.trade.rawValue, code: entry.code.rawValue,
                                   component: entry.slot.component.rawValue, judge: entry.slot.judge,
                                   aspect: entry.slot.aspect?.rawValue, oldValue: old, newValue: entry.value.exactDescription,
                                   reason: reason))
    }

    /// Imports a times file (`trade, code, component, seconds`: time used), all or nothing.
    public func importTimes(file: String, displayName: String? = nil, operator: String) throws -> ImportSummary {
        let displayName = displayName ?? file
        let skills = try competition.skills()
        try authorize(`operator`, .deskWork, operation: "import times from \(displayName)")
        let reader: CSVReader
        do { reader = try CSVReader(path: file, displayName: displayName) } catch {
            throw InputRejection([error])
        }
        return try change("import times from \(displayName)", operator: `operator`) { store in
            var errors = DiagnosticCollector(file: displayName)
            let lookup = try EntrantLookup(store, definition: skills)
            var rows = 0
            var lockedTrades: Set<TradeID> = []
            do {
                guard let headerRecord = try reader.next() else { throw InputRejection("\(displayName): the file is empty") }
                let header = try CSVHeader(headerRecord, file: displayName, required: ["trade", "code", "component", "seconds"])
                let columns = EntrantLookup.Columns(header)
                while let record = try reader.next() {
                    rows += 1
                    do {
                        try header.checkWidth(of: record, file: displayName)
                        let (trade, entrant, code) = try lookup.entrant(record, columns: columns)
                        guard let component = header.value("component", in: record) else { throw Diagnostic("component is empty") }
                        guard trade.rules.markableIDs.contains(ComponentID(component)) else {
                            throw Diagnostic("unknown component '\(component)'; expected one of: \(trade.rules.markableIDs.map(\.rawValue).joined(separator: ", "))")
                        }
                        guard let text = header.value("seconds", in: record), let seconds = Int(text), seconds >= 0 else {
                            throw Diagnostic("seconds must be a whole number of seconds, 0 or more")
                        }
                        if entrant.locked { lockedTrades.insert(trade.id); continue }
                        guard try store.insertTime(seconds: seconds, of: entrant.key, component: ComponentID(component)) else {
                            throw Diagnostic("a time is already recorded for \(code) \(component)")
                        }
                        try store.audit(AuditEntry(operator: `operator`, action: "time.enter", competition: competition.id,
                                                   trade: trade.id.rawValue, code: code.rawValue, component: component,
                                                   newValue: String(seconds), source: "\(displayName):\(record.line)"))
                    } catch let problem as Diagnostic {
                        errors.add(problem.located(file: displayName, line: record.line))
                    }
                }
            } catch let error as CSVError {
                errors.add(error.line, error.message)
            }
            if !lockedTrades.isEmpty {
                throw RuleRefusal("\(displayName): times for locked trades \(lockedTrades.sorted().map { "'\($0)'" }.joined(separator: ", ")); nothing was imported")
            }
            guard errors.isEmpty else { throw errors.rejection }
            try requireRows(rows, in: displayName, what: "time")
            return ImportSummary(rows: rows)
        }
    }

    /// Deducts points from a component (扣分), with the reason; `points` as typed. Refused on a
    /// locked trade.
    @discardableResult
    public func deduct(points: String, component: ComponentID, code: EntrantCode, trade tradeID: TradeID, reason: String,
                       operator: String) throws -> Rational {
        guard let amount = Rational(decimal: points) else {
            throw InputRejection("invalid points '\(points)'; expected a number such as 2 or 0.5")
        }
        let trade = try self.trade(tradeID)
        guard trade.rules.markableIDs.contains(component) else {
            throw InputRejection("unknown component '\(component)'; expected one of: \(trade.rules.markableIDs.map(\.rawValue).joined(separator: ", "))")
        }
        guard amount > 0, amount <= 1_000, (amount * 10_000).isInteger else {
            throw InputRejection("a deduction is a positive number of points, at most 1000 with at most 4 decimals")
        }
        guard !reason.isEmpty else { throw InputRejection("a deduction needs a reason (--reason)") }
        try authorize(`operator`, .chiefJudgeDecision, operation: "record a deduction")
        try change("record a deduction", operator: `operator`) { store in
            try store.requireUnlocked(tradeID)
            let entrant = try store.requireEntrant(trade: tradeID, code: code)
            try store.insert(Deduction(component: component, points: amount, reason: reason), of: entrant.key)
            try store.audit(AuditEntry(operator: `operator`, action: "deduction.enter", competition: competition.id,
                                       trade: tradeID.rawValue, code: code.rawValue, component: component.rawValue,
                                       newValue: "-\(amount.exactDescription)", reason: reason))
        }
        return amount
    }
}
