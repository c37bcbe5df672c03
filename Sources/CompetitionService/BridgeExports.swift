import BridgeInterchange
import BridgeScoring
import CompetitionModel

/// The interchange files of a bridge event.
public struct BridgeExports {
    public init(snapshot: BridgeSnapshot) { self.snapshot = snapshot }

    public var snapshot: BridgeSnapshot

    /// PBN 2.1: every table result with its match, and the deals.
    public var pbn: String {
        let info = snapshot.competition.info
        let date = info.date.map { "\($0.year).\(pad($0.month)).\(pad($0.day))" }
        return PBNWriter.write(event: info.name, site: info.organiser, date: date, lines: snapshot.pbnLines,
                               deals: snapshot.deals,
                               teamNames: Dictionary(uniqueKeysWithValues: snapshot.teams.map { ($0.number, $0.name) }))
    }

    /// USEBIO 1.2 XML.
    public var usebio: String {
        let info = snapshot.competition.info
        let date = info.date.map { "\(pad($0.day))/\(pad($0.month))/\($0.year)" }
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

    /// Every match with its board IMPs and the table results behind them.
    var usebioMatches: [USEBIOWriter.Match] {
        let table = calculator.table
        return roundRecords().flatMap { round in
            round.matches.compactMap { match -> USEBIOWriter.Match? in
                guard case .boards(let outcomes) = match.outcome else { return nil }
                let score = MatchScore(boards: outcomes, table: table)
                let boards = zip(rules.boards(inRound: round.number), outcomes).map { board, outcome in
                    USEBIOWriter.Board(number: board, imps: outcome?.imps.home, lines: results.filter {
                        $0.round == round.number && $0.board == board
                            && ($0.team == match.home || $0.table == match.table && $0.team == nil)
                    }.map { result in
                        USEBIOWriter.Line(direction: result.seat ?? (result.room == .closed ? .eastWest : .northSouth),
                                          contract: result.contract, declarer: result.declarer, tricks: result.tricks,
                                          northSouthScore: result.northSouthScore, adjustment: result.adjustment)
                    })
                }
                return USEBIOWriter.Match(round: round.number, home: match.home, away: match.away,
                                          homeIMPs: score.home.margin, awayIMPs: score.away.margin,
                                          homeVictoryPoints: score.homeVictoryPoints, awayVictoryPoints: score.awayVictoryPoints,
                                          boards: boards)
            }
        }
    }
}
