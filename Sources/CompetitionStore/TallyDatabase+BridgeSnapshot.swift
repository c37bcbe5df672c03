import BridgeScoring
import CompetitionConfig
import CompetitionModel
internal import GRDB

extension TallyDatabase {
    /// Everything stored about a bridge event.
    public func bridgeSnapshot(_ competition: StoredCompetition) throws -> BridgeSnapshot {
        let bridge = try competition.bridge()
        return try read("read the bridge event") { db in try Self.bridgeSnapshot(db, competition: competition.id, definition: bridge) }
    }

    /// `withResults: false` leaves the results and deals out (empty): enough to place one
    /// result against the pairings, without reading the whole event for every table's entry.
    static func bridgeSnapshot(_ db: Database, competition: String, definition: BridgeCompetition,
                               withResults: Bool = true) throws -> BridgeSnapshot {
        let id: StatementArguments = [competition]
        var players: [Int: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT teamNumber, name FROM player WHERE competitionId = ? ORDER BY teamNumber, position",
                                    arguments: id) {
            players[row["teamNumber"], default: []].append(row["name"])
        }
        let teams = try Row.fetchAll(db, sql: "SELECT * FROM team WHERE competitionId = ? ORDER BY number", arguments: id).map { row in
            TeamRow(number: TeamNumber(row["number"] as Int), name: row["name"], organisation: row["organisation"],
                    players: players[row["number"]] ?? [], withdrawnAfterRound: row["withdrawnAfterRound"])
        }
        var tables: [Int: [RoundPairing.Table]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM bridgeMatch WHERE competitionId = ? ORDER BY round, tableNumber",
                                    arguments: id) {
            tables[row["round"], default: []].append(RoundPairing.Table(
                number: row["tableNumber"], home: TeamNumber(row["home"] as Int), away: TeamNumber(row["away"] as Int)))
        }
        let rounds = try Row.fetchAll(db, sql: "SELECT * FROM bridgeRound WHERE competitionId = ? ORDER BY number", arguments: id).map { row in
            StoredRound(number: row["number"],
                        pairing: RoundPairing(tables: tables[row["number"]] ?? [], bye: (row["bye"] as Int?).map { TeamNumber($0) }),
                        seed: (row["seed"] as String?).flatMap { UInt64($0) }, pairedOnRound: row["pairedOnRound"])
        }
        let results = !withResults ? [] : try Row.fetchAll(db, sql: "SELECT * FROM boardResult WHERE competitionId = ? ORDER BY round, board, team, seat, tableNumber, room",
                                       arguments: id).map(resultEntry)
        var forfeits: [Int: [TeamNumber: String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM forfeit WHERE competitionId = ?", arguments: id) {
            forfeits[row["round"], default: [:]][TeamNumber(row["team"] as Int)] = row["reason"]
        }
        let penalties = try Row.fetchAll(db, sql: "SELECT * FROM penalty WHERE competitionId = ? ORDER BY id", arguments: id).map { row in
            VictoryPointPenalty(team: TeamNumber(row["team"] as Int), round: row["round"], hundredths: row["hundredths"],
                                reason: row["reason"])
        }
        var deals: [Int: String] = [:]
        for row in !withResults ? [] : try Row.fetchAll(db, sql: "SELECT board, deal FROM deal WHERE competitionId = ?", arguments: id) {
            deals[row["board"]] = row["deal"]
        }
        return BridgeSnapshot(competition: definition, teams: teams, rounds: rounds, results: results, forfeits: forfeits,
                              penalties: penalties, deals: deals)
    }

    /// A stored `boardResult` row as the entry it was stored from.
    static func resultEntry(_ row: Row) -> ResultEntry {
        let team: Int = row["team"], seat: String = row["seat"], table: Int = row["tableNumber"], room: String = row["room"]
        let adjusted = (row["adjusted"] as String?).flatMap(Adjustment.init(rawValue:))
        return ResultEntry(
            source: "stored", line: 0, round: row["round"], board: row["board"], team: team == 0 ? nil : TeamNumber(team),
            seat: Partnership(rawValue: seat), table: table == 0 ? nil : table, room: Room(rawValue: room),
            contract: (row["contract"] as String?).flatMap { try? Contract(parsing: $0) },
            declarer: (row["declarer"] as String?).flatMap { Seat(letter: $0) }, tricks: row["tricks"],
            northSouthScore: adjusted == nil ? row["northSouthScore"] as Int? ?? 0 : nil, adjustment: adjusted)
    }
}
