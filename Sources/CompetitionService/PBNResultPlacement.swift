import BridgeInterchange
import BridgeScoring
import CompetitionModel
import Diagnostics
import Foundation

extension CompetitionDesk {
    /// Where a PBN result belongs in the stored pairings (bridge spec §8): its round, when the
    /// file gives none, is the one whose boards include the board and whose pairing has its
    /// HomeTeam against its VisitTeam (in robot form: or its team); HomeTeam, VisitTeam and
    /// Table, when given, must agree with the pairing. Robot form: the team is the home team
    /// at the Open room's table, the visitors at the Closed. Problems are unlocated diagnostics.
    func place(_ result: PBNReader.Result, in event: BridgeSnapshot) throws(Diagnostic) -> ResultEntry {
        var entry = result.entry
        let home = try result.homeTeam.map { text throws(Diagnostic) in try team(text, tag: "HomeTeam", in: event) }
        let visit = try result.visitTeam.map { text throws(Diagnostic) in try team(text, tag: "VisitTeam", in: event) }
        let teams = [result.homeTeam.map { "HomeTeam \($0)" }, result.visitTeam.map { "VisitTeam \($0)" }]
            .compactMap { $0 }.joined(separator: " and ")
        if event.rules.form == .robot {
            guard let room = result.room, let team = room == .open ? home : visit else {
                throw Diagnostic("a robot-form result names its team: HomeTeam and Open for the home team's table, VisitTeam and Closed for the visitors'")
            }
            entry.team = team
        }
        let named = home != nil || visit != nil
        func meets(_ table: RoundPairing.Table) -> Bool {
            (home.map { table.home == $0 } ?? true) && (visit.map { table.away == $0 } ?? true)
        }
        let round: StoredRound
        if let number = result.round {
            guard let stored = event.rounds.first(where: { $0.number == number }) else {
                throw Diagnostic("round \(number) is not paired yet")
            }
            round = stored
        } else {
            guard named else {
                throw Diagnostic("the result of board \(entry.board) has no Round tag and names no team (HomeTeam, VisitTeam) to find its round by")
            }
            let candidates = event.rounds.filter { round in
                event.rules.boards(inRound: round.number).contains(entry.board) && round.pairing.tables.contains(where: meets)
            }
            guard let only = candidates.first else {
                throw Diagnostic("board \(entry.board) with \(teams) is in no paired round: no round that plays board \(entry.board) pairs them so")
            }
            guard candidates.count == 1 else {
                throw Diagnostic("board \(entry.board) with \(teams) could be round \(candidates.map { String($0.number) }.joined(separator: " or ")); give a Round tag")
            }
            round = only
        }
        entry.round = round.number
        guard named else { return entry }
        guard let match = round.pairing.tables.first(where: meets) else {
            let there = result.table.flatMap { number in round.pairing.tables.first { $0.number == number } }
            throw Diagnostic("\(teams) did not meet in round \(round.number)"
                             + (there.map { "; table \($0.number) has team \($0.home) against team \($0.away)" } ?? ""))
        }
        if let table = result.table, table != match.number {
            let there = round.pairing.tables.first { $0.number == table }
            throw Diagnostic("\(teams) met at table \(match.number) in round \(round.number), not at table \(table)"
                             + (there.map { " (table \(table) has team \($0.home) against team \($0.away))" } ?? ""))
        }
        entry.table = match.number
        return entry
    }

    /// The team a HomeTeam or VisitTeam tag names: its number, or its registered name.
    private func team(_ text: String, tag: String, in event: BridgeSnapshot) throws(Diagnostic) -> TeamNumber {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let number = Int(trimmed) {
            guard event.teams.contains(where: { $0.number.rawValue == number }) else {
                throw Diagnostic("\(tag) \(number) is not a registered team")
            }
            return TeamNumber(number)
        }
        let named = event.teams.filter { $0.name.compare(trimmed, options: .caseInsensitive) == .orderedSame }
        guard named.count == 1 else {
            throw Diagnostic(named.isEmpty ? "\(tag) '\(trimmed)' is neither a team number nor a registered team's name"
                                           : "\(tag) '\(trimmed)' names \(named.count) registered teams; give the team's number")
        }
        return named[0].number
    }
}
