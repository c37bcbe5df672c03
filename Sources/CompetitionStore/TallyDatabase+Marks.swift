import CompetitionConfig
import CompetitionModel
import CSVReading
import Diagnostics
import Dispatch
import ExactNumbers
internal import GRDB
import SkillsScoring

extension TallyDatabase {
    /// Imports a marks file (`trade, code, component, [judge], [aspect], mark`), streaming it
    /// through one transaction with prepared statements: every row is checked against the
    /// definition and the registered codes, every bad row is reported, and nothing is written
    /// unless every row is good. The import is audited by one `marks.import` row and each mark
    /// by a row with its line (see `Schema.compactImportAudit`).
    public func importMarks(path: String, displayName: String, competition: StoredCompetition,
                            operator: String) throws -> ImportSummary {
        let skills = try competition.skills()
        let reader: CSVReader
        do { reader = try CSVReader(path: path, displayName: displayName) } catch {
            throw InputRejection([error])
        }
        return try write("import marks from \(displayName)", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            let lookup = try EntrantLookup(db, competition: competition.id, definition: skills)
            try audit(db, AuditEntry(operator: `operator`, action: "marks.import", competition: competition.id, source: displayName))
            let writer = try MarkImportWriter(db, importID: db.lastInsertedRowID)
            // The file is read and checked on another thread while this one writes.
            let fileReader = MarkFileReader(reader, lookup: lookup, officials: competition.definition.info.officials,
                                            operator: `operator`)
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
                throw RuleRefusal("\(displayName): \(fileReader.refusals.count) marks are not \(`operator`)'s to enter; nothing was imported",
                                  details: Array(fileReader.refusals.prefix(20)))
            }
            let lockedRows = fileReader.lockedRows
            if !lockedRows.isEmpty {
                let trades = lockedRows.keys.sorted().map { "'\($0)' (\(lockedRows[$0]!) rows)" }.joined(separator: ", ")
                throw RuleRefusal("\(displayName): marks for locked trades \(trades); nothing was imported")
            }
            var errors = fileReader.errors
            errors.merge(duplicates)
            guard errors.isEmpty else { throw errors.rejection }
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

    /// Enters one mark, or with `correcting` replaces an existing one (the old value stays in
    /// the audit trail with the reason).
    public func enterMark(_ entry: MarkEntry, correcting reason: String?, competition: StoredCompetition,
                          operator: String) throws {
        let skills = try competition.skills()
        guard let trade = skills.trade(entry.trade) else {
            throw InputRejection("unknown trade '\(entry.trade)'; expected one of: \(skills.trades.map(\.id.rawValue).joined(separator: ", "))")
        }
        do { try trade.rules.check(entry.slot, value: entry.value) } catch { throw InputRejection(error.message) }
        if let reason, reason.isEmpty { throw InputRejection("a correction needs a reason (--reason)") }
        try authorize(competition, `operator`,
                      reason == nil ? .enterMark(trade: entry.trade.rawValue, seat: entry.slot.judge) : .chiefJudgeDecision,
                      operation: reason == nil ? "enter a mark" : "correct a mark")
        try write("enter a mark", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            try requireUnlocked(db, competition: competition.id, trade: entry.trade)
            let entrant = try entrantRow(db, competition: competition.id, trade: entry.trade, code: entry.code)
            let status = EntrantStatus(rawValue: entrant["status"]) ?? .registered
            guard status.acceptsMarks else {
                throw RuleRefusal("\(entry.code) of \(entry.trade) is \(status.rawValue); marks are refused")
            }
            let entrantID: Int64 = entrant["id"]
            let key: StatementArguments = [entrantID, entry.slot.component.rawValue, entry.slot.judge ?? 0,
                                           entry.slot.aspect?.rawValue ?? ""]
            let old = try String.fetchOne(db, sql: "SELECT value FROM mark WHERE entrantId = ? AND component = ? AND judge = ? AND aspect = ?",
                                          arguments: key)
            let value = entry.value.exactDescription
            switch (old, reason) {
            case (let old?, nil):
                throw InputRejection("a mark is already stored for \(entry.code) \(entry.slot.component)\(entry.slot.judge.map { " J\($0)" } ?? "") (\(old)); change it with --correct --reason R")
            case (nil, _?):
                throw InputRejection("there is no mark to correct for \(entry.code) \(entry.slot.component)\(entry.slot.judge.map { " J\($0)" } ?? "")")
            case (nil, nil):
                try db.execute(sql: "INSERT INTO mark (entrantId, component, judge, aspect, value) VALUES (?, ?, ?, ?, ?)",
                               arguments: key + [value])
            case (_?, _?):
                try db.execute(sql: "UPDATE mark SET value = ? WHERE entrantId = ? AND component = ? AND judge = ? AND aspect = ?",
                               arguments: [value] + key)
                // A confirmation was of the old marks: the new ones must stand on their own.
                try db.execute(sql: "DELETE FROM confirmation WHERE entrantId = ? AND component = ? AND aspect = ?",
                               arguments: [entrantID, entry.slot.component.rawValue, entry.slot.aspect?.rawValue ?? ""])
            }
            try audit(db, AuditEntry(operator: `operator`, action: reason == nil ? "mark.enter" : "mark.correct",
                                     competition: competition.id, trade: entry.trade.rawValue, code: entry.code.rawValue,
                                     component: entry.slot.component.rawValue, judge: entry.slot.judge,
                                     aspect: entry.slot.aspect?.rawValue, oldValue: old, newValue: value, reason: reason))
        }
    }

    /// Imports time used (`trade, code, component, seconds`), all or none.
    public func importTimes(path: String, displayName: String, competition: StoredCompetition,
                            operator: String) throws -> ImportSummary {
        let skills = try competition.skills()
        try authorize(competition, `operator`, .deskWork, operation: "import times from \(displayName)")
        let reader: CSVReader
        do { reader = try CSVReader(path: path, displayName: displayName) } catch {
            throw InputRejection([error])
        }
        return try write("import times from \(displayName)", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            var errors = DiagnosticCollector(file: displayName)
            let lookup = try EntrantLookup(db, competition: competition.id, definition: skills)
            let insert = try db.makeStatement(sql: "INSERT INTO time (entrantId, component, seconds) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
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
                        guard let component = header.value("component", in: record) else { throw RowProblem("component is empty") }
                        guard trade.rules.markableIDs.contains(ComponentID(component)) else {
                            throw RowProblem("unknown component '\(component)'; expected one of: \(trade.rules.markableIDs.map(\.rawValue).joined(separator: ", "))")
                        }
                        guard let text = header.value("seconds", in: record), let seconds = Int(text), seconds >= 0 else {
                            throw RowProblem("seconds must be a whole number of seconds, 0 or more")
                        }
                        if entrant.locked { lockedTrades.insert(trade.id); continue }
                        try insert.execute(arguments: [entrant.id, component, seconds])
                        if db.changesCount == 0 { throw RowProblem("a time is already recorded for \(code) \(component)") }
                        try audit(db, AuditEntry(operator: `operator`, action: "time.enter", competition: competition.id,
                                                 trade: trade.id.rawValue, code: code.rawValue, component: component,
                                                 newValue: String(seconds), source: "\(displayName):\(record.line)"))
                    } catch let problem as RowProblem {
                        errors.add(record.line, problem.message)
                    } catch let error as CSVError {
                        errors.add(error.line, error.message)
                    }
                }
            } catch let error as CSVError {
                errors.add(error.line, error.message)
            }
            if !lockedTrades.isEmpty {
                throw RuleRefusal("\(displayName): times for locked trades \(lockedTrades.sorted().map { "'\($0)'" }.joined(separator: ", ")); nothing was imported")
            }
            guard errors.isEmpty else { throw errors.rejection }
            return ImportSummary(rows: rows)
        }
    }
}

/// A problem with one row of an import.
struct RowProblem: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
