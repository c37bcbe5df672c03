import CompetitionModel
import CSVReading
import CompetitionConfig
import Diagnostics
internal import GRDB
import SeededRandom
import SkillsScoring

extension TallyDatabase {
    /// Registers the entrants of an entrants file (`trade, name, organisation, [code],
    /// [station], [id-number]`), all or none.
    ///
    /// A trade whose rows give no codes has its codes (and, when none are given, its
    /// stations) drawn with `seed`, which is recorded; a trade must give all its codes or none.
    public func importEntrants(path: String, displayName: String, competition: StoredCompetition,
                               seed: UInt64?, operator: String) throws -> ImportSummary {
        let skills = try competition.skills()
        try authorize(competition, `operator`, .deskWork, operation: "import entrants from \(displayName)")
        var rows: [(line: Int, entrant: EntrantRow)] = []
        var errors = DiagnosticCollector(file: displayName)
        let reader: CSVReader
        do { reader = try CSVReader(path: path, displayName: displayName) } catch {
            throw InputRejection([error])
        }
        do {
            guard let headerRecord = try reader.next() else { throw InputRejection("\(displayName): the file is empty") }
            let header = try CSVHeader(headerRecord, file: displayName, required: ["trade", "name", "organisation"],
                                       optional: ["code", "station", "id-number"])
            while let record = try reader.next() {
                do { try header.checkWidth(of: record, file: displayName) } catch {
                    errors.add(error.line, error.message)
                    continue
                }
                guard let tradeText = header.value("trade", in: record) else { errors.add(record.line, "trade is empty"); continue }
                guard let trade = skills.trade(TradeID(tradeText)) else {
                    errors.add(record.line, "unknown trade '\(tradeText)'; expected one of: \(skills.trades.map(\.id.rawValue).joined(separator: ", "))")
                    continue
                }
                guard let name = header.value("name", in: record) else { errors.add(record.line, "name is empty"); continue }
                guard let organisation = header.value("organisation", in: record) else {
                    errors.add(record.line, "organisation is empty")
                    continue
                }
                rows.append((record.line, EntrantRow(
                    trade: trade.id, code: EntrantCode(header.value("code", in: record) ?? ""), name: name,
                    organisation: organisation, station: header.value("station", in: record),
                    idNumber: header.value("id-number", in: record))))
            }
        } catch let error as CSVError {
            errors.add(error.line, error.message)
        }
        return try write("import entrants from \(displayName)", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
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
                    let existing = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entrant WHERE competitionId = ? AND tradeId = ?",
                                                    arguments: [competition.id, trade.id.rawValue]) ?? 0
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
                        try db.execute(sql: "INSERT INTO draw (competitionId, tradeId, kind, seed, drawnAt) VALUES (?, ?, ?, ?, ?)",
                                       arguments: [competition.id, trade.id.rawValue, kind, String(tradeSeed), now()])
                    }
                    try audit(db, AuditEntry(operator: `operator`, action: "draw", competition: competition.id,
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
            for row in rows {
                do {
                    try insert(db, row.entrant, competition: competition.id, operator: `operator`,
                               source: "\(displayName):\(row.line)")
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    errors.add(row.line, "code '\(row.entrant.code)' is already registered in trade '\(row.entrant.trade)'")
                }
            }
            guard errors.isEmpty else { throw errors.rejection }
            return ImportSummary(rows: rows.count, draws: draws)
        }
    }

    /// Registers one entrant; without a code, the next free `A` number of the trade is used.
    public func addEntrant(_ entrant: EntrantRow, competition: StoredCompetition, operator: String) throws -> EntrantRow {
        let skills = try competition.skills()
        try authorize(competition, `operator`, .deskWork, operation: "register an entrant")
        guard skills.trade(entrant.trade) != nil else {
            throw InputRejection("unknown trade '\(entrant.trade)'; expected one of: \(skills.trades.map(\.id.rawValue).joined(separator: ", "))")
        }
        return try write("register an entrant", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            var entrant = entrant
            if entrant.code.rawValue.isEmpty {
                let codes = try String.fetchAll(db, sql: "SELECT code FROM entrant WHERE competitionId = ? AND tradeId = ?",
                                                arguments: [competition.id, entrant.trade.rawValue])
                entrant.code = Draw.nextCode(after: codes.map(EntrantCode.init(rawValue:)))
            }
            do {
                try insert(db, entrant, competition: competition.id, operator: `operator`, source: nil)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw InputRejection("code '\(entrant.code)' is already registered in trade '\(entrant.trade)'")
            }
            return entrant
        }
    }

    private func insert(_ db: Database, _ entrant: EntrantRow, competition: String, operator: String, source: String?) throws {
        if let organisation = entrant.organisation {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO organisation (competitionId, name) VALUES (?, ?)")
                .execute(arguments: [competition, organisation])
        }
        try db.cachedStatement(sql: """
            INSERT INTO entrant (competitionId, tradeId, code, name, organisation, station, idNumber, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [competition, entrant.trade.rawValue, entrant.code.rawValue, entrant.name,
                                     entrant.organisation, entrant.station, entrant.idNumber, entrant.status.rawValue])
        try audit(db, AuditEntry(operator: `operator`, action: "entrant.add", competition: competition,
                                 trade: entrant.trade.rawValue, code: entrant.code.rawValue,
                                 newValue: [entrant.name, entrant.organisation ?? "", entrant.station ?? ""].joined(separator: " / "),
                                 source: source))
    }

    /// The entrants of a competition (or one trade), by trade order then code, with their
    /// effective status (registered entrants with a mark have competed).
    public func entrants(competition: StoredCompetition, trade: TradeID? = nil) throws -> [EntrantRow] {
        let rows = try read("read the entrants") { db in
            try Row.fetchAll(db, sql: """
                SELECT e.*, CASE WHEN e.status = 'registered' AND EXISTS (SELECT 1 FROM mark m WHERE m.entrantId = e.id)
                                 THEN 'competed' ELSE e.status END AS effectiveStatus
                FROM entrant e JOIN trade t ON t.competitionId = e.competitionId AND t.id = e.tradeId
                WHERE e.competitionId = ? AND (? IS NULL OR e.tradeId = ?) ORDER BY t.position
                """, arguments: [competition.id, trade?.rawValue, trade?.rawValue])
        }
        let entrants = rows.map { row in
            EntrantRow(trade: TradeID(row["tradeId"] as String), code: EntrantCode(row["code"] as String),
                       name: row["name"], organisation: row["organisation"], station: row["station"],
                       idNumber: row["idNumber"], status: EntrantStatus(rawValue: row["effectiveStatus"]) ?? .registered,
                       statusReason: row["statusReason"])
        }
        let order = try competition.skills().trades.map(\.id)
        return entrants.sorted { a, b in
            a.trade == b.trade ? a.code < b.code : order.firstIndex(of: a.trade)! < order.firstIndex(of: b.trade)!
        }
    }

    /// Changes an entrant's status, with a reason (required to disqualify). Refused on a
    /// locked trade, and for absent or withdrawn while the entrant has marks.
    public func setStatus(_ status: EntrantStatus, code: EntrantCode, trade: TradeID, reason: String?,
                          competition: StoredCompetition, operator: String) throws {
        if status == .disqualified && (reason ?? "").isEmpty {
            throw InputRejection("disqualifying needs a reason (--reason)")
        }
        try authorize(competition, `operator`, status == .disqualified ? .chiefJudgeDecision : .deskWork,
                      operation: "change the status of \(code)")
        try write("change the status of \(code)", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            try requireUnlocked(db, competition: competition.id, trade: trade)
            let entrant = try entrantRow(db, competition: competition.id, trade: trade, code: code)
            let old: String = entrant["status"]
            if !status.acceptsMarks {
                let marks = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mark WHERE entrantId = ?", arguments: [entrant["id"] as Int64]) ?? 0
                if marks > 0 {
                    throw RuleRefusal("\(code) of \(trade) has \(marks) marks; an entrant with marks cannot be \(status.rawValue) (disqualify instead, with a reason)")
                }
            }
            try db.execute(sql: "UPDATE entrant SET status = ?, statusReason = ? WHERE id = ?",
                           arguments: [status.rawValue, reason, entrant["id"] as Int64])
            try audit(db, AuditEntry(operator: `operator`, action: "entrant.status", competition: competition.id,
                                     trade: trade.rawValue, code: code.rawValue, oldValue: old, newValue: status.rawValue,
                                     reason: reason))
        }
    }

    /// The stored row of an entrant, or an input rejection naming the trade and code.
    func entrantRow(_ db: Database, competition: String, trade: TradeID, code: EntrantCode) throws -> Row {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM entrant WHERE competitionId = ? AND tradeId = ? AND code = ?",
                                         arguments: [competition, trade.rawValue, code.rawValue]) else {
            throw InputRejection("unknown code '\(code)' in trade '\(trade)'")
        }
        return row
    }

}
