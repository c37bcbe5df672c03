import BridgeScoring
import CompetitionConfig

/// Everything stored about a bridge event, read in one transaction.
public struct BridgeSnapshot: Sendable {
    public var competition: BridgeCompetition
    public var teams: [TeamRow]
    public var rounds: [StoredRound]
    public var results: [ResultEntry]
    /// (round, team) → reason.
    public var forfeits: [Int: [TeamNumber: String]]
    public var penalties: [VictoryPointPenalty]
    /// PBN deals by board number.
    public var deals: [Int: String]

    public init(competition: BridgeCompetition, teams: [TeamRow], rounds: [StoredRound], results: [ResultEntry],
                forfeits: [Int: [TeamNumber: String]], penalties: [VictoryPointPenalty], deals: [Int: String]) {
        self.competition = competition
        self.teams = teams
        self.rounds = rounds
        self.results = results
        self.forfeits = forfeits
        self.penalties = penalties
        self.deals = deals
    }

    public var rules: EventRules { competition.rules }

    /// The rounds in the engine's terms: every match with its boards (missing ones `nil`),
    /// forfeits, byes.
    public func roundRecords() -> [RoundRecord] {
        var robot: [Int: [Int: [TeamNumber: [Partnership: TableResult]]]] = [:]   // round → board → team → seat
        var rooms: [Int: [Int: [Int: [Room: TableResult]]]] = [:]                // round → board → table → room
        for result in results {
            if let team = result.team, let seat = result.seat {
                robot[result.round, default: [:]][result.board, default: [:]][team, default: [:]][seat] = result.result
            } else if let table = result.table, let room = result.room {
                rooms[result.round, default: [:]][result.board, default: [:]][table, default: [:]][room] = result.result
            }
        }
        return rounds.map { round in
            let matches = round.pairing.tables.map { table -> MatchRecord in
                if let offender = forfeits[round.number]?.keys.first(where: { $0 == table.home || $0 == table.away }) {
                    return MatchRecord(table: table.number, home: table.home, away: table.away,
                                       outcome: .forfeit(offender: offender))
                }
                let boards = rules.boards(inRound: round.number).map { board -> BoardOutcome? in
                    switch rules.form {
                    case .robot:
                        let byTeam = robot[round.number]?[board] ?? [:]
                        return BoardComparison.robot(home: byTeam[table.home] ?? [:], away: byTeam[table.away] ?? [:],
                                                     tablesPerTeam: rules.robotTables)
                    case .teamsOfFour:
                        let byRoom = rooms[round.number]?[board]?[table.number] ?? [:]
                        return BoardComparison.teamsOfFour(open: byRoom[.open], closed: byRoom[.closed])
                    }
                }
                return MatchRecord(table: table.number, home: table.home, away: table.away, outcome: .boards(boards))
            }
            return RoundRecord(number: round.number, matches: matches, bye: round.pairing.bye)
        }
    }

    /// Whether every match of round `number` has all its boards (or is forfeited).
    public func isComplete(round number: Int) -> Bool {
        guard let record = roundRecords().first(where: { $0.number == number }) else { return false }
        return record.matches.allSatisfy { match in
            if case .boards(let boards) = match.outcome { return !boards.contains(nil) }
            return true
        }
    }

    /// The last round with at least one result or forfeit, or 0.
    public var lastRoundWithResults: Int {
        let withResults = Set(results.map(\.round)).union(forfeits.keys)
        return withResults.max() ?? 0
    }

    /// The standings calculator of this event.
    public var calculator: StandingsCalculator {
        StandingsCalculator(rules: rules, awards: competition.awards)
    }

    /// Standings after `round` (default: the last round with results).
    public func standings(after round: Int? = nil) -> Standings {
        let after = round ?? lastRoundWithResults
        return calculator.standings(teams: teams.map(\.number), rounds: roundRecords(), penalties: penalties,
                                    afterRound: after)
    }
}
