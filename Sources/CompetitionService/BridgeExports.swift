import BridgeInterchange
import BridgeScoring
import CompetitionConfig
import CompetitionModel
import Diagnostics

/// The interchange files of a bridge event.
public struct BridgeExports: Sendable {
    /// - Parameter resultsDate: the day the last result was stored, the event's date in files
    ///   that need one when the definition gives none.
    public init(snapshot: BridgeSnapshot, resultsDate: CompetitionDate? = nil) {
        self.snapshot = snapshot
        self.resultsDate = resultsDate
    }

    public var snapshot: BridgeSnapshot
    public var resultsDate: CompetitionDate?

    /// The date USEBIO carries: the definition's `date`, else the day the last result was
    /// stored, else `nil` (no result yet, no date: the export is refused).
    public var eventDate: CompetitionDate? { snapshot.competition.info.date ?? resultsDate }

    /// PBN 2.1: every table result with its match, and the deals.
    public var pbn: String {
        let info = snapshot.competition.info
        let date = info.date.map { "\($0.year).\(pad($0.month)).\(pad($0.day))" }
        return PBNWriter.write(event: info.name, site: info.organiser, date: date, lines: snapshot.pbnLines,
                               deals: snapshot.deals,
                               teamNames: Dictionary(uniqueKeysWithValues: snapshot.teams.map { ($0.number, $0.name) }))
    }

    /// USEBIO 1.2 XML; refused while the event has no date (neither in the definition nor
    /// from a stored result), which every USEBIO reader needs.
    public func usebio() throws -> String {
        let info = snapshot.competition.info
        guard let eventDate else {
            throw RuleRefusal("USEBIO needs the event's date: add `date: YYYY-MM-DD` to the definition's competition "
                              + "section, or store the event's results first")
        }
        let date = "\(pad(eventDate.day))/\(pad(eventDate.month))/\(eventDate.year)"
        return USEBIOWriter.write(event: info.name, organiser: info.organiser, date: date,
                                  eventType: snapshot.rules.movement == .swiss ? "SWISS_TEAMS" : "TEAMS",
                                  boardsPlayed: snapshot.rounds.count * snapshot.rules.boardsPerRound,
                                  teams: snapshot.usebioTeams, matches: snapshot.usebioMatches)
    }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}

extension BridgeSnapshot {
    /// Every stored table result as a PBN line with its match.
    var pbnLines: [PBNWriter.Line] {
        results.compactMap { result in
            guard let round = rounds.first(where: { $0.number == result.round }) else { return nil }
            let table: RoundPairing.Table?
            let room: Room
            if let team = result.team {
                table = round.pairing.tables.first { $0.home == team || $0.away == team }
                room = table?.home == team ? .open : .closed
            } else {
                table = round.pairing.tables.first { $0.number == result.table }
                room = result.room ?? .open
            }
            guard let table else { return nil }
            return PBNWriter.Line(round: result.round, board: result.board, table: table.number, room: room,
                                  home: table.home, visit: table.away, teamSeat: result.seat, contract: result.contract,
                                  declarer: result.declarer, tricks: result.tricks,
                                  northSouthScore: result.northSouthScore)
        }
    }

    /// Teams with their places and VP totals after the last round with results.
    var usebioTeams: [USEBIOWriter.Team] {
        let places = Dictionary(uniqueKeysWithValues: standings().entries.map { ($0.team, $0) })
        return teams.map { team in
            USEBIOWriter.Team(number: team.number, name: team.name, players: team.players,
                              place: places[team.number]?.rank ?? teams.count, victoryPoints: places[team.number]?.victoryPoints ?? 0)
        }
    }

    /// Every match with its board IMPs and the table results behind them: in robot form both
    /// teams' tables, each line's direction reckoned from the home team's side.
    var usebioMatches: [USEBIOWriter.Match] {
        let table = calculator.table
        return roundRecords().flatMap { round in
            round.matches.compactMap { match -> USEBIOWriter.Match? in
                guard case .boards(let outcomes) = match.outcome else { return nil }
                let score = MatchScore(boards: outcomes, table: table)
                let boards = zip(rules.boards(inRound: round.number), outcomes).map { board, outcome in
                    USEBIOWriter.Board(number: board, imps: outcome?.imps.home,
                                       lines: travellerLines(round: round.number, board: board, home: match.home,
                                                             away: match.away, table: match.table))
                }
                return USEBIOWriter.Match(round: round.number, home: match.home, away: match.away,
                                          homeIMPs: score.home.won, awayIMPs: score.away.won,
                                          homeVictoryPoints: score.homeVictoryPoints, awayVictoryPoints: score.awayVictoryPoints,
                                          boards: boards)
            }
        }
    }

    /// A board's traveller lines of one match, the home team's first.
    private func travellerLines(round: Int, board: Int, home: TeamNumber, away: TeamNumber,
                                table: Int) -> [USEBIOWriter.Line] {
        let played = results.filter { $0.round == round && $0.board == board }
        let lines: [(ResultEntry, Partnership)]
        if rules.form == .robot {
            let homeLines = played.filter { $0.team == home }.map { ($0, $0.seat ?? .northSouth) }
            let awayLines = played.filter { $0.team == away }.map { ($0, ($0.seat ?? .northSouth).opponents) }
            lines = homeLines + awayLines
        } else {
            lines = played.filter { $0.table == table && $0.team == nil }
                .sorted { ($0.room ?? .open) == .open && ($1.room ?? .open) == .closed }
                .map { ($0, $0.room == .closed ? .eastWest : .northSouth) }
        }
        return lines.map { result, direction in
            USEBIOWriter.Line(direction: direction, contract: result.contract, declarer: result.declarer,
                              tricks: result.tricks, northSouthScore: result.northSouthScore, adjustment: result.adjustment)
        }
    }
}
