import BridgeInterchange
import BridgeScoring
import CompetitionModel
import CSVReading
import CompetitionConfig
import Diagnostics
import Foundation
internal import GRDB

extension TallyDatabase {
    /// Imports bridge results (robot: `round, board, team, seat, …`; teams of four:
    /// `round, board, table, room, …`; then `contract, declarer, tricks`, or `score`, or
    /// `adjusted`), or PBN when the file name ends in `.pbn`. All or nothing; each result is
    /// checked against the stored pairings and audited with its line.
    public func importResults(path: String, displayName: String, competition: StoredCompetition,
                              operator: String) throws -> ImportSummary {
        let bridge = try competition.bridge()
        try authorize(competition, `operator`, .deskWork, operation: "import results from \(displayName)")
        let entries: [ResultEntry]
        if path.lowercased().hasSuffix(".pbn") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw InputRejection([Diagnostic(file: displayName, message: "cannot open the file")])
            }
            let parsed = PBNReader.entries(in: String(decoding: data, as: UTF8.self), file: displayName, form: bridge.rules.form)
            if !parsed.errors.isEmpty {
                var errors = DiagnosticCollector(file: displayName)
                for problem in parsed.errors { errors.add(problem) }
                throw errors.rejection
            }
            entries = parsed.entries
        } else {
            entries = try resultEntries(csv: path, displayName: displayName, form: bridge.rules.form)
        }
        return try write("import results from \(displayName)", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            let snapshot = try bridgeSnapshot(db, competition: competition.id, definition: bridge)
            var errors = DiagnosticCollector(file: displayName)
            for entry in entries {
                do {
                    try store(db, entry, snapshot: snapshot, competition: competition.id, operator: `operator`, correcting: nil)
                } catch let problem as EntryProblem {
                    errors.add(entry.line, problem.message)
                }
            }
            guard errors.isEmpty else { throw errors.rejection }
            return ImportSummary(rows: entries.count)
        }
    }

    /// Enters one result, or with `correcting` replaces the stored one (the old one stays in
    /// the audit trail with the reason).
    public func enterResult(_ entry: ResultEntry, correcting reason: String?, competition: StoredCompetition,
                            operator: String) throws {
        let bridge = try competition.bridge()
        if let reason, reason.isEmpty { throw InputRejection("a correction needs a reason (--reason)") }
        try authorize(competition, `operator`, reason == nil ? .deskWork : .chiefJudgeDecision,
                      operation: reason == nil ? "enter a result" : "correct a result")
        try write("enter a result", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            let snapshot = try bridgeSnapshot(db, competition: competition.id, definition: bridge)
            do {
                try store(db, entry, snapshot: snapshot, competition: competition.id, operator: `operator`, correcting: reason)
            } catch let problem as EntryProblem {
                throw InputRejection(problem.message)
            }
        }
    }

    /// Checks one entry against the pairings and stores it.
    private func store(_ db: Database, _ entry: ResultEntry, snapshot: BridgeSnapshot, competition: String,
                       operator: String, correcting reason: String?) throws {
        let rules = snapshot.rules
        guard let round = snapshot.rounds.first(where: { $0.number == entry.round }) else {
            throw EntryProblem("round \(entry.round) is not paired yet")
        }
        guard rules.boards(inRound: entry.round).contains(entry.board) else {
            let boards = rules.boards(inRound: entry.round)
            throw EntryProblem("board \(entry.board) is not played in round \(entry.round); expected \(boards.lowerBound)–\(boards.upperBound)")
        }
        var key: (team: Int, seat: String, table: Int, room: String)
        switch rules.form {
        case .robot:
            guard let team = entry.team, let seat = entry.seat else { throw EntryProblem("a robot-form result names a team and its seat (NS or EW)") }
            guard let table = round.pairing.tables.first(where: { $0.home == team || $0.away == team }) else {
                throw EntryProblem("team \(team) is not paired in round \(entry.round)")
            }
            if let given = entry.table, given != table.number {
                throw EntryProblem("team \(team) plays at table \(table.number) in round \(entry.round), not \(given)")
            }
            key = (team.rawValue, seat.rawValue, 0, "")
        case .teamsOfFour:
            guard let table = entry.table, let room = entry.room else { throw EntryProblem("a teams-of-four result names a table and a room") }
            guard round.pairing.tables.contains(where: { $0.number == table }) else {
                throw EntryProblem("there is no table \(table) in round \(entry.round)")
            }
            key = (0, "", table, room.rawValue)
        }
        let score = try entry.computedNorthSouthScore()
        let arguments: StatementArguments = [competition, entry.round, entry.board, key.team, key.seat, key.table, key.room]
        let old = try Row.fetchOne(db, sql: """
            SELECT contract, declarer, tricks, northSouthScore, adjusted FROM boardResult
            WHERE competitionId = ? AND round = ? AND board = ? AND team = ? AND seat = ? AND tableNumber = ? AND room = ?
            """, arguments: arguments)
        let where_ = "team \(key.team == 0 ? "" : String(key.team))\(key.seat)\(key.table == 0 ? "" : "table \(key.table)") \(key.room)"
            .trimmingCharacters(in: .whitespaces)
        let describe = { (row: Row) -> String in
            if let adjusted = row["adjusted"] as String? { return adjusted }
            return "\(row["contract"] as String? ?? "") \(row["declarer"] as String? ?? "") \(row["tricks"].map { "\($0)" } ?? "") NS \(row["northSouthScore"] as Int? ?? 0)"
        }
        switch (old, reason) {
        case (let old?, nil):
            throw EntryProblem("a result is already stored for round \(entry.round) board \(entry.board) \(where_) (\(describe(old))); correct it with tally result … --correct --reason R")
        case (nil, _?):
            throw EntryProblem("there is no result to correct for round \(entry.round) board \(entry.board) \(where_)")
        case (_?, _?):
            try db.execute(sql: """
                DELETE FROM boardResult
                WHERE competitionId = ? AND round = ? AND board = ? AND team = ? AND seat = ? AND tableNumber = ? AND room = ?
                """, arguments: arguments)
        case (nil, nil):
            break
        }
        try db.execute(sql: """
            INSERT INTO boardResult (competitionId, round, board, team, seat, tableNumber, room, contract, declarer, tricks,
                                     northSouthScore, adjusted)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: arguments + [entry.adjustment == nil ? entry.contract?.description : nil,
                                         entry.adjustment == nil ? entry.declarer?.rawValue : nil,
                                         entry.adjustment == nil ? entry.tricks : nil, score, entry.adjustment?.rawValue])
        if let deal = entry.deal {
            let stored = try String.fetchOne(db, sql: "SELECT deal FROM deal WHERE competitionId = ? AND board = ?",
                                             arguments: [competition, entry.board])
            if let stored, stored != deal { throw EntryProblem("board \(entry.board) has another deal stored already") }
            if stored == nil {
                try db.execute(sql: "INSERT INTO deal (competitionId, board, deal) VALUES (?, ?, ?)",
                               arguments: [competition, entry.board, deal])
            }
        }
        let new = entry.adjustment?.rawValue
            ?? "\(entry.contract?.description ?? "") \(entry.declarer?.rawValue ?? "") \(entry.tricks.map(String.init) ?? "") NS \(score ?? 0)"
        try audit(db, AuditEntry(operator: `operator`, action: reason == nil ? "result.enter" : "result.correct",
                                 competition: competition, code: key.team == 0 ? nil : String(key.team),
                                 component: "round \(entry.round) board \(entry.board)",
                                 aspect: [key.seat, key.table == 0 ? "" : "table \(key.table)", key.room]
                                     .filter { !$0.isEmpty }.joined(separator: " "),
                                 oldValue: old.map(describe), newValue: new, reason: reason, source: entry.source))
    }

    /// Reads a results CSV into entries; every bad row is reported.
    private func resultEntries(csv path: String, displayName: String, form: MatchForm) throws -> [ResultEntry] {
        var errors = DiagnosticCollector(file: displayName)
        var entries: [ResultEntry] = []
        do {
            let reader = try CSVReader(path: path, displayName: displayName)
            guard let headerRecord = try reader.next() else { throw InputRejection("\(displayName): the file is empty") }
            let place = form == .robot ? ["team", "seat"] : ["table", "room"]
            let header = try CSVHeader(headerRecord, file: displayName, required: ["round", "board"] + place,
                                       optional: ["contract", "declarer", "tricks", "score", "adjusted"])
            while let record = try reader.next() {
                do {
                    try header.checkWidth(of: record, file: displayName)
                    entries.append(try resultEntry(record, header: header, file: displayName, form: form))
                } catch {
                    errors.add(error.located(file: displayName, line: record.line))
                }
            }
        } catch let error as CSVError {
            errors.add(error.line, error.message)
        }
        guard errors.isEmpty else { throw errors.rejection }
        return entries
    }

    private func resultEntry(_ record: CSVRecord, header: CSVHeader, file: String, form: MatchForm) throws(EntryProblem) -> ResultEntry {
        func number(_ column: String) throws(EntryProblem) -> Int? {
            guard let text = header.value(column, in: record) else { return nil }
            guard let value = Int(text) else { throw EntryProblem("\(column) '\(text)' is not a whole number") }
            return value
        }
        guard let round = try number("round"), let board = try number("board") else {
            throw EntryProblem("round and board are required")
        }
        var entry = ResultEntry(source: "\(file):\(record.line)", line: record.line, round: round, board: board)
        switch form {
        case .robot:
            guard let team = try number("team") else { throw EntryProblem("team is empty") }
            guard let seat = header.value("seat", in: record).flatMap({ Partnership(rawValue: $0.uppercased()) }) else {
                throw EntryProblem("seat must be NS or EW")
            }
            entry.team = TeamNumber(team)
            entry.seat = seat
        case .teamsOfFour:
            guard let table = try number("table") else { throw EntryProblem("table is empty") }
            guard let room = header.value("room", in: record).flatMap({ Room(rawValue: $0.lowercased()) }) else {
                throw EntryProblem("room must be open or closed")
            }
            entry.table = table
            entry.room = room
        }
        if let adjusted = header.value("adjusted", in: record) {
            entry.adjustment = try ResultEntry.adjustment(adjusted)
            return entry
        }
        if let contract = header.value("contract", in: record) {
            entry.contract = try ResultEntry.contract(contract)
            entry.declarer = try header.value("declarer", in: record).map { text throws(EntryProblem) in try ResultEntry.declarer(text) }
            entry.tricks = try header.value("tricks", in: record).map { text throws(EntryProblem) in try ResultEntry.tricks(text) }
        }
        if let score = try number("score") {
            // Robot form: the team's own side's score; teams of four: North-South's.
            entry.northSouthScore = form == .robot && entry.seat == .eastWest ? -score : score
        }
        return entry
    }
}

extension TallyDatabase {
    /// Stores the deals (hands) of a PBN file, all or none; a board whose stored deal differs
    /// is refused.
    public func importDeals(path: String, displayName: String, competition: StoredCompetition,
                            operator: String) throws -> ImportSummary {
        _ = try competition.bridge()
        try authorize(competition, `operator`, .deskWork, operation: "import deals from \(displayName)")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputRejection([Diagnostic(file: displayName, message: "cannot open the file")])
        }
        let (deals, problems) = PBNReader.deals(in: String(decoding: data, as: UTF8.self), file: displayName)
        var errors = DiagnosticCollector(file: displayName)
        for problem in problems { errors.add(problem) }
        guard errors.isEmpty else { throw errors.rejection }
        return try write("import deals from \(displayName)", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            for (board, deal) in deals.sorted(by: { $0.key < $1.key }) {
                let stored = try String.fetchOne(db, sql: "SELECT deal FROM deal WHERE competitionId = ? AND board = ?",
                                                 arguments: [competition.id, board])
                if let stored, stored != deal { errors.add(0, "board \(board) has another deal stored already") }
                if stored == nil {
                    try db.execute(sql: "INSERT INTO deal (competitionId, board, deal) VALUES (?, ?, ?)",
                                   arguments: [competition.id, board, deal])
                }
            }
            guard errors.isEmpty else { throw errors.rejection }
            try audit(db, AuditEntry(operator: `operator`, action: "deals.import", competition: competition.id,
                                     newValue: "\(deals.count) deals", source: displayName))
            return ImportSummary(rows: deals.count)
        }
    }
}
