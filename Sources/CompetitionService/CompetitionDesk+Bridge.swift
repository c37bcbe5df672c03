import BridgeInterchange
import BridgeScoring
import CompetitionConfig
import CompetitionModel
import CompetitionStore
import Diagnostics
import ExactNumbers
import Foundation

/// One table's result as a person keys it in: the place, then the contract, declarer and
/// tricks as typed (`4HX S 10`), or an adjusted score.
public struct ResultInput: Sendable {
    public var round: Int
    public var board: Int
    /// Robot form: the team and its seat (`NS`, `EW`).
    public var team: Int?
    public var seat: String?
    /// Teams of four: the match's table and the room (`open`, `closed`).
    public var table: Int?
    public var room: String?
    /// `A+`, `A` or `A-` instead of a result.
    public var adjusted: String?
    /// Contract, declarer and tricks as typed.
    public var words: [String]
    /// North-South's score instead of (or checked against) the contract.
    public var score: Int?

    public init(round: Int, board: Int, team: Int? = nil, seat: String? = nil, table: Int? = nil, room: String? = nil,
                adjusted: String? = nil, words: [String] = [], score: Int? = nil) {
        self.round = round
        self.board = board
        self.team = team
        self.seat = seat
        self.table = table
        self.room = room
        self.adjusted = adjusted
        self.words = words
        self.score = score
    }

    /// The entry this input makes, read by the same readers as result files.
    func entry() throws(Diagnostic) -> ResultEntry {
        var entry = ResultEntry(source: "command line", line: 0, round: round, board: board,
                                team: team.map { TeamNumber($0) }, seat: seat.flatMap { Partnership(rawValue: $0.uppercased()) },
                                table: table, room: room.flatMap { Room(rawValue: $0.lowercased()) })
        if let seat, entry.seat == nil { throw Diagnostic("invalid seat '\(seat)'; expected NS or EW") }
        if let room, entry.room == nil { throw Diagnostic("invalid room '\(room)'; expected open or closed") }
        entry.northSouthScore = score
        if let adjusted {
            entry.adjustment = try ResultEntry.adjustment(adjusted)
            return entry
        }
        if let contract = words.first { entry.contract = try ResultEntry.contract(contract) }
        if words.count > 1 { entry.declarer = try ResultEntry.declarer(words[1]) }
        if words.count > 2 { entry.tricks = try ResultEntry.tricks(words[2]) }
        return entry
    }
}

/// A paired round with the event it belongs to (for team names).
public struct PairedRound: Sendable {
    public var event: BridgeSnapshot
    public var round: StoredRound
}

extension CompetitionDesk {
    /// Everything stored about the bridge event, read at once.
    public func bridgeEvent() throws -> BridgeSnapshot {
        try database.bridgeSnapshot(competition)
    }

    /// The event and its standings after the last round with results (the cross-table's).
    public func bridgeStandings() throws -> (BridgeSnapshot, Standings) {
        let event = try bridgeEvent()
        return (event, event.standings())
    }

    /// Registers the teams of a CSV file (`number, name, [organisation], players`), all or none.
    public func importTeams(file: String, displayName: String? = nil, operator: String) throws -> ImportSummary {
        let displayName = displayName ?? file
        _ = try competition.bridge()
        try authorize(`operator`, .deskWork, operation: "import teams from \(displayName)")
        let teams = try TeamsFile(path: file, displayName: displayName).teams
        return try change("import teams from \(displayName)", operator: `operator`) { store in
            var errors = DiagnosticCollector(file: displayName)
            for (line, team) in teams {
                guard try store.insert(team) else {
                    errors.add(line, "team \(team.number) is already registered")
                    continue
                }
                try store.audit(AuditEntry(operator: `operator`, action: "team.add", competition: competition.id,
                                           code: String(team.number.rawValue),
                                           newValue: "\(team.name): \(team.players.joined(separator: "、"))",
                                           source: "\(displayName):\(line)"))
            }
            guard errors.isEmpty else { throw errors.rejection }
            try requireRows(teams.count, in: displayName, what: "team")
            return ImportSummary(rows: teams.count)
        }
    }

    /// Corrects a team's name, organisation or line-up, with a reason; the audit row keeps the
    /// old details. Before the first round is paired it is desk work; once the event has
    /// begun it is the director's (chief judge's) decision.
    public func editTeam(_ number: TeamNumber, _ edit: TeamEdit, reason: String, operator: String) throws -> TeamRow {
        _ = try competition.bridge()
        let reason = reason.trimmed
        guard !reason.isEmpty else { throw InputRejection("a correction of a team's details needs a reason (--reason)") }
        guard edit.name != nil || edit.organisation != nil || edit.players != nil else {
            throw InputRejection("nothing to correct: give --name, --organisation or --players")
        }
        if let name = edit.name, name.trimmed.isEmpty { throw InputRejection("the team's name cannot be empty") }
        let players = edit.players.map(TeamEdit.players(in:))
        if let players, players.isEmpty { throw InputRejection("--players lists no player; separate them with ; or 、") }
        try authorize(`operator`, .deskWork, operation: "correct team \(number)")
        return try change("correct team \(number)", operator: `operator`) { store in
            if try store.roundCount() > 0, let refusal = info.officials.refusal(of: `operator`, for: .chiefJudgeDecision) {
                throw RuleRefusal("the event has begun, so a team's details are the director's to correct: \(refusal)")
            }
            guard let old = try store.team(number) else { throw InputRejection("no team \(number)") }
            var new = old
            if let name = edit.name { new.name = name.trimmed }
            if let organisation = edit.organisation { new.organisation = organisation.trimmedOrNil }
            if let players { new.players = players }
            guard new != old else { throw InputRejection("team \(number) already has these details") }
            try store.updateTeam(new)
            func details(_ team: TeamRow) -> String {
                "\(team.name) / \(team.organisation ?? "") / \(team.players.joined(separator: "、"))"
            }
            try store.audit(AuditEntry(operator: `operator`, action: "team.edit", competition: competition.id,
                                       code: String(number.rawValue), oldValue: details(old), newValue: details(new),
                                       reason: reason))
            return new
        }
    }

    /// Withdraws a team after the last round paired: it is not paired again.
    public func withdraw(team: TeamNumber, reason: String, operator: String) throws {
        guard !reason.isEmpty else { throw InputRejection("a withdrawal needs a reason (--reason)") }
        try authorize(`operator`, .chiefJudgeDecision, operation: "withdraw team \(team)")
        try change("withdraw team \(team)", operator: `operator`) { store in
            let rounds = try store.roundCount()
            guard try store.withdraw(team: team, afterRound: rounds, reason: reason) else { throw InputRejection("no team \(team)") }
            try store.audit(AuditEntry(operator: `operator`, action: "team.withdraw", competition: competition.id,
                                       code: String(team.rawValue), newValue: "after round \(rounds)", reason: reason))
        }
    }

    /// Stores the deals (hands) of a PBN file, all or none; a board whose stored deal differs
    /// is refused.
    public func importDeals(file: String, displayName: String? = nil, operator: String) throws -> ImportSummary {
        let displayName = displayName ?? file
        _ = try competition.bridge()
        try authorize(`operator`, .deskWork, operation: "import deals from \(displayName)")
        guard let data = FileManager.default.contents(atPath: file) else {
            throw InputRejection([Diagnostic(file: displayName, message: "cannot open the file")])
        }
        let (deals, problems) = PBNReader.deals(in: String(decoding: data, as: UTF8.self), file: displayName)
        var errors = DiagnosticCollector(file: displayName)
        for problem in problems { errors.add(problem) }
        guard errors.isEmpty else { throw errors.rejection }
        guard !deals.isEmpty else {
            throw InputRejection([Diagnostic(file: displayName, message: "the file holds no deal: no record with a Board and a Deal")])
        }
        return try change("import deals from \(displayName)", operator: `operator`) { store in
            for (board, deal) in deals.sorted(by: { $0.key < $1.key }) {
                let stored = try store.deal(board: board)
                if let stored, stored != deal { errors.add(0, "board \(board) has another deal stored already") }
                if stored == nil { try store.insertDeal(deal, board: board) }
            }
            guard errors.isEmpty else { throw errors.rejection }
            try store.audit(AuditEntry(operator: `operator`, action: "deals.import", competition: competition.id,
                                       newValue: "\(deals.count) deals", source: displayName))
            return ImportSummary(rows: deals.count)
        }
    }

    /// A paired round (default: the last one); refused when it is not paired.
    public func round(_ number: Int?) throws -> PairedRound {
        let event = try bridgeEvent()
        if let number { try Self.requireRound(number, of: event) }
        let number = number ?? event.rounds.count
        guard let stored = event.rounds.first(where: { $0.number == number }) else {
            throw RuleRefusal("round \(number) is not paired (\(event.rounds.count) rounds paired)")
        }
        return PairedRound(event: event, round: stored)
    }

    /// The event, for the match sheets of a paired round; refused when it is not paired.
    public func matches(round: Int) throws -> BridgeSnapshot {
        let event = try bridgeEvent()
        try Self.requireRound(round, of: event)
        guard event.rounds.contains(where: { $0.number == round }) else { throw RuleRefusal("round \(round) is not paired") }
        return event
    }

    /// Refuses a round the event does not have (404 on the web); a round it has but has not
    /// paired yet is the caller's refusal (409).
    private static func requireRound(_ number: Int, of event: BridgeSnapshot) throws {
        guard (1...event.rules.rounds).contains(number) else {
            throw UnknownReference("there is no round \(number); the event has rounds 1–\(event.rules.rounds)")
        }
    }

    /// Imports results (CSV, or PBN by the `.pbn` extension) for rounds already paired; all or
    /// nothing. Each result is checked against the stored pairings and audited with its line.
    /// Every bad row is reported at once, in line order: those that do not read (`8NT`,
    /// declarer `Q`) with those that do not belong (a board not in the round, a team not in
    /// it); a result given twice in the file names the other line.
    public func importResults(file: String, displayName: String? = nil, operator: String) throws -> ImportSummary {
        let displayName = displayName ?? file
        let bridge = try competition.bridge()
        try authorize(`operator`, .deskWork, operation: "import results from \(displayName)")
        let reading = try ResultsFile.read(path: file, displayName: displayName, form: bridge.rules.form)
        return try change("import results from \(displayName)", operator: `operator`) { store in
            let event = try store.bridgeSnapshot(bridge)
            var errors = DiagnosticCollector(file: displayName)
            var seen: [ResultPlace: Int] = [:]
            for row in reading.rows {
                do {
                    let entry: ResultEntry
                    switch row {
                    case .placed(let placed): entry = placed
                    case .pbn(let result): entry = try place(result, in: event)
                    }
                    let place = try self.place(of: entry, in: event)
                    if let first = seen[place] {
                        throw Diagnostic("the result of round \(entry.round) board \(entry.board) \(place.label) is given twice (also at line \(first))")
                    }
                    seen[place] = row.line
                    guard errors.isEmpty && reading.errors.isEmpty else {
                        try check(entry, at: place, in: store)      // checked, not stored: the file is refused
                        continue
                    }
                    try self.store(entry, at: place, in: store, operator: `operator`, correcting: nil)
                } catch let problem as Diagnostic {
                    errors.add(row.line, problem.message)
                }
            }
            var all = reading.errors
            all.merge(errors)
            guard all.isEmpty else { throw all.rejection }
            return ImportSummary(rows: reading.rows.count)
        }
    }

    /// Enters one table's result, or with `correcting` replaces the stored one (the old one
    /// stays in the audit trail with the reason). Returns the result as stored, its
    /// North-South score computed.
    @discardableResult
    public func enterResult(_ input: ResultInput, correcting reason: String?, operator: String) throws -> ResultEntry {
        var entry: ResultEntry
        do { entry = try input.entry() } catch { throw InputRejection([error]) }
        if let origin { entry.source = origin }
        let bridge = try competition.bridge()
        if let reason, reason.isEmpty { throw InputRejection("a correction needs a reason (--reason)") }
        try authorize(`operator`, reason == nil ? .deskWork : .chiefJudgeDecision,
                      operation: reason == nil ? "enter a result" : "correct a result")
        return try change("enter a result", operator: `operator`) { store in
            let event = try store.bridgePairings(bridge)
            do {
                try self.store(entry, in: store, event: event, operator: `operator`, correcting: reason)
                entry.northSouthScore = try entry.computedNorthSouthScore()
                return entry
            } catch let problem as Diagnostic {
                throw InputRejection(problem.message)
            }
        }
    }

    /// Deducts VPs (as typed, e.g. `1` or `0.5`) from a team, charged in a round; returns the
    /// hundredths deducted.
    @discardableResult
    public func penalise(team: TeamNumber, round: Int, victoryPoints: String, reason: String, operator: String) throws -> Int {
        guard let value = Rational(decimal: victoryPoints), value > 0, value <= 1_000, (value * 100).isInteger else {
            throw InputRejection("invalid VPs '\(victoryPoints)'; expected a positive number with at most two decimals")
        }
        let hundredths = value.scaled(toPlaces: 2)
        guard !reason.isEmpty else { throw InputRejection("a penalty needs a reason (--reason)") }
        try authorize(`operator`, .chiefJudgeDecision, operation: "record a penalty")
        _ = try competition.bridge()
        try change("record a penalty", operator: `operator`) { store in
            guard try store.insert(VictoryPointPenalty(team: team, round: round, hundredths: hundredths, reason: reason)) else {
                throw InputRejection("no team \(team)")
            }
            try store.audit(AuditEntry(operator: `operator`, action: "penalty", competition: competition.id,
                                       code: String(team.rawValue), component: "round \(round)",
                                       newValue: "-\(formatHundredths(hundredths)) VP", reason: reason))
        }
        return hundredths
    }

    /// Records that a team forfeits its match of a round (0 VP; its opponent the bye award).
    public func forfeit(round: Int, team: TeamNumber, reason: String, operator: String) throws {
        guard !reason.isEmpty else { throw InputRejection("a forfeit needs a reason (--reason)") }
        try authorize(`operator`, .chiefJudgeDecision, operation: "record a forfeit")
        try change("record a forfeit", operator: `operator`) { store in
            guard try store.hasMatch(round: round, team: team) else { throw RuleRefusal("team \(team) has no match in round \(round)") }
            try store.insertForfeit(round: round, team: team, reason: reason)
            try store.audit(AuditEntry(operator: `operator`, action: "match.forfeit", competition: competition.id,
                                       code: String(team.rawValue), component: "round \(round)", reason: reason))
        }
    }

    /// The event's interchange files, dated by the definition or, without a date there, by the
    /// day (local time) the last result was stored.
    public func exports() throws -> BridgeExports {
        let lastResult = try database.lastAuditTime(competition: competition.id, actionPrefix: "result.")
        return BridgeExports(snapshot: try bridgeEvent(), resultsDate: lastResult.flatMap { Self.localDate(ofAuditTime: $0) })
    }

    /// The local calendar day of an audit time (ISO 8601, UTC).
    static func localDate(ofAuditTime time: String) -> CompetitionDate? {
        guard let instant = try? Date(time, strategy: .iso8601) else { return nil }
        let day = Calendar.current.dateComponents([.year, .month, .day], from: instant)
        guard let year = day.year, let month = day.month, let dayOfMonth = day.day else { return nil }
        return CompetitionDate(year: year, month: month, day: dayOfMonth)
    }
}

/// A correction of a team's registered details: each field given replaces the stored one.
public struct TeamEdit: Sendable, Hashable {
    public var name: String?
    public var organisation: String?
    /// The whole line-up, separated by `;`, `；` or `、`.
    public var players: String?

    public init(name: String? = nil, organisation: String? = nil, players: String? = nil) {
        self.name = name
        self.organisation = organisation
        self.players = players
    }

    /// The players of a line-up as typed: separated by `;`, `；` or `、`, trimmed.
    static func players(in text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "、" || $0 == "；" }).map { String($0).trimmed }.filter { !$0.isEmpty }
    }
}
