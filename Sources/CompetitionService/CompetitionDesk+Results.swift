import BridgeScoring
import CompetitionModel
import CompetitionStore
import Diagnostics
import Foundation

extension CompetitionDesk {
    /// Checks one entry against the event's pairings — the round is paired, the board is
    /// played in it, the team or table is in it — and stores it with its audit row; with
    /// `reason`, replaces the stored result. Problems are thrown as unlocated diagnostics.
    func store(_ entry: ResultEntry, in store: StoreTransaction, event: BridgeSnapshot, operator: String,
               correcting reason: String?) throws {
        try self.store(entry, at: try place(of: entry, in: event), in: store, operator: `operator`, correcting: reason)
    }

    /// Stores `entry` at `place` (already checked against the pairing) with its audit row.
    func store(_ entry: ResultEntry, at place: ResultPlace, in store: StoreTransaction, operator: String,
               correcting reason: String?) throws {
        let score = try entry.computedNorthSouthScore()
        let old = try store.result(at: place)
        switch (old, reason) {
        case (let old?, nil):
            throw Self.alreadyStored(old, entry: entry, at: place)
        case (nil, _?):
            throw Diagnostic("there is no result to correct for round \(entry.round) board \(entry.board) \(place.label)")
        case (_?, _?):
            try store.deleteResult(at: place)
        case (nil, nil):
            break
        }
        try store.insertResult(entry, at: place, northSouthScore: score)
        if let deal = entry.deal {
            let stored = try store.deal(board: entry.board)
            if let stored, stored != deal { throw Diagnostic("board \(entry.board) has another deal stored already") }
            if stored == nil { try store.insertDeal(deal, board: entry.board) }
        }
        let new = entry.adjustment?.rawValue
            ?? "\(entry.contract?.description ?? "") \(entry.declarer?.rawValue ?? "") \(entry.tricks.map(String.init) ?? "") NS \(score ?? 0)"
        try store.audit(AuditEntry(operator: `operator`, action: reason == nil ? "result.enter" : "result.correct",
                                   competition: competition.id, code: place.team.map { String($0.rawValue) },
                                   component: "round \(entry.round) board \(entry.board)",
                                   aspect: [place.seat?.rawValue ?? "", place.table.map { "table \($0)" } ?? "", place.room?.rawValue ?? ""]
                                       .filter { !$0.isEmpty }.joined(separator: " "),
                                   oldValue: old.map(Self.describe), newValue: new, reason: reason, source: entry.source))
    }

    /// Where `entry` was played, checked against the round's pairing.
    func place(of entry: ResultEntry, in event: BridgeSnapshot) throws(Diagnostic) -> ResultPlace {
        let rules = event.rules
        guard let round = event.rounds.first(where: { $0.number == entry.round }) else {
            throw Diagnostic("round \(entry.round) is not paired yet")
        }
        let boards = rules.boards(inRound: entry.round)
        guard boards.contains(entry.board) else {
            throw Diagnostic("board \(entry.board) is not played in round \(entry.round); expected \(boards.lowerBound)–\(boards.upperBound)")
        }
        switch rules.form {
        case .robot:
            guard let team = entry.team, let seat = entry.seat else { throw Diagnostic("a robot-form result names a team and its seat (NS or EW)") }
            guard let table = round.pairing.tables.first(where: { $0.home == team || $0.away == team }) else {
                throw Diagnostic("team \(team) is not paired in round \(entry.round)")
            }
            if let given = entry.table, given != table.number {
                throw Diagnostic("team \(team) does not play at table \(given) in round \(entry.round) (it plays at table \(table.number))")
            }
            return ResultPlace(round: entry.round, board: entry.board, team: team, seat: seat)
        case .teamsOfFour:
            guard let table = entry.table, let room = entry.room else { throw Diagnostic("a teams-of-four result names a table and a room") }
            guard round.pairing.tables.contains(where: { $0.number == table }) else {
                throw Diagnostic("there is no table \(table) in round \(entry.round)")
            }
            return ResultPlace(round: entry.round, board: entry.board, table: table, room: room)
        }
    }

    /// Checks, without storing, that `entry` could be stored at `place`: it scores, and no
    /// result is stored there (for a file refused for other rows, so that every row is checked).
    func check(_ entry: ResultEntry, at place: ResultPlace, in store: StoreTransaction) throws {
        _ = try entry.computedNorthSouthScore()
        if let old = try store.result(at: place) { throw Self.alreadyStored(old, entry: entry, at: place) }
    }

    private static func alreadyStored(_ old: ResultEntry, entry: ResultEntry, at place: ResultPlace) -> Diagnostic {
        Diagnostic("a result is already stored for round \(entry.round) board \(entry.board) \(place.label) (\(describe(old))); "
                   + "correct it with tally result … --correct --reason R")
    }

    /// A stored result as the audit trail and messages show it: `4H N 10 NS 620`, or `A+`.
    private static func describe(_ stored: ResultEntry) -> String {
        if let adjustment = stored.adjustment { return adjustment.rawValue }
        return "\(stored.contract?.description ?? "") \(stored.declarer?.rawValue ?? "") \(stored.tricks.map { "\($0)" } ?? "") NS \(stored.northSouthScore ?? 0)"
    }
}

extension ResultPlace {
    /// How messages name the place: `team 5 NS`, `table 3 closed`.
    var label: String {
        if let team { return "team \(team)" + (seat.map { " \($0.rawValue)" } ?? "") }
        return "table \(table.map(String.init) ?? "?")" + (room.map { " \($0.rawValue)" } ?? "")
    }
}
