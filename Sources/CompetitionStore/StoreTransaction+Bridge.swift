import BridgeScoring
import CompetitionConfig
import CompetitionModel
internal import GRDB

extension StoreTransaction {
    /// Everything stored about the bridge event, as the rules of a change need it.
    public func bridgeSnapshot(_ definition: BridgeCompetition) throws -> BridgeSnapshot {
        try TallyDatabase.bridgeSnapshot(db, competition: competition, definition: definition)
    }

    /// The teams, rounds, forfeits and penalties without the results and deals: what placing
    /// one result against the pairings needs.
    public func bridgePairings(_ definition: BridgeCompetition) throws -> BridgeSnapshot {
        try TallyDatabase.bridgeSnapshot(db, competition: competition, definition: definition, withResults: false)
    }

    // MARK: Teams

    /// Stores a team and its players; `false`, writing nothing, when its number is taken.
    public func insert(_ team: TeamRow) throws -> Bool {
        try inserted {
            try db.execute(sql: "INSERT INTO team (competitionId, number, name, organisation) VALUES (?, ?, ?, ?)",
                           arguments: [competition, team.number.rawValue, team.name, team.organisation])
            for (position, player) in team.players.enumerated() {
                try db.execute(sql: "INSERT INTO player (competitionId, teamNumber, position, name) VALUES (?, ?, ?, ?)",
                               arguments: [competition, team.number.rawValue, position + 1, player])
            }
        }
    }

    /// The registered team `number` with its players, or `nil`.
    public func team(_ number: TeamNumber) throws -> TeamRow? {
        guard let row = try Row.fetchOne(db, sql: "SELECT name, organisation, withdrawnAfterRound FROM team WHERE competitionId = ? AND number = ?",
                                         arguments: [competition, number.rawValue]) else { return nil }
        let players = try String.fetchAll(db, sql: "SELECT name FROM player WHERE competitionId = ? AND teamNumber = ? ORDER BY position",
                                          arguments: [competition, number.rawValue])
        return TeamRow(number: number, name: row["name"], organisation: row["organisation"], players: players,
                       withdrawnAfterRound: row["withdrawnAfterRound"])
    }

    /// Replaces a registered team's name, organisation and players.
    public func updateTeam(_ team: TeamRow) throws {
        try db.execute(sql: "UPDATE team SET name = ?, organisation = ? WHERE competitionId = ? AND number = ?",
                       arguments: [team.name, team.organisation, competition, team.number.rawValue])
        try db.execute(sql: "DELETE FROM player WHERE competitionId = ? AND teamNumber = ?",
                       arguments: [competition, team.number.rawValue])
        for (position, player) in team.players.enumerated() {
            try db.execute(sql: "INSERT INTO player (competitionId, teamNumber, position, name) VALUES (?, ?, ?, ?)",
                           arguments: [competition, team.number.rawValue, position + 1, player])
        }
    }

    /// Withdraws `team` after round `round`; `false` when there is no such team.
    public func withdraw(team: TeamNumber, afterRound round: Int, reason: String) throws -> Bool {
        try db.execute(sql: "UPDATE team SET withdrawnAfterRound = ?, withdrawalReason = ? WHERE competitionId = ? AND number = ?",
                       arguments: [round, reason, competition, team.rawValue])
        return db.changesCount == 1
    }

    // MARK: Rounds

    /// How many rounds are paired.
    public func roundCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM bridgeRound WHERE competitionId = ?", arguments: [competition]) ?? 0
    }

    /// Stores a paired round with its matches, stamped with the transaction's time.
    public func insert(_ round: StoredRound) throws {
        try db.execute(sql: """
            INSERT INTO bridgeRound (competitionId, number, bye, seed, pairedOnRound, pairedAt) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [competition, round.number, round.pairing.bye?.rawValue, round.seed.map(String.init),
                             round.pairedOnRound, now])
        for table in round.pairing.tables {
            try db.execute(sql: "INSERT INTO bridgeMatch (competitionId, round, tableNumber, home, away) VALUES (?, ?, ?, ?, ?)",
                           arguments: [competition, round.number, table.number, table.home.rawValue, table.away.rawValue])
        }
    }

    /// How many table results and forfeits round `round` holds.
    public func resultCount(round: Int) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT (SELECT COUNT(*) FROM boardResult WHERE competitionId = ?1 AND round = ?2)
                 + (SELECT COUNT(*) FROM forfeit WHERE competitionId = ?1 AND round = ?2 AND reason <> 'withdrawn')
            """, arguments: [competition, round]) ?? 0
    }

    /// Removes round `round`'s pairing (its matches and a withdrawn team's forfeits with it).
    public func deleteRound(_ round: Int) throws {
        try db.execute(sql: "DELETE FROM bridgeRound WHERE competitionId = ? AND number = ?", arguments: [competition, round])
    }

    /// Whether `team` has a match in round `round`.
    public func hasMatch(round: Int, team: TeamNumber) throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM bridgeMatch WHERE competitionId = ? AND round = ? AND (home = ? OR away = ?)",
                         arguments: [competition, round, team.rawValue, team.rawValue]) == 1
    }

    /// Stores that `team` forfeits its match of round `round`.
    public func insertForfeit(round: Int, team: TeamNumber, reason: String) throws {
        try db.execute(sql: "INSERT INTO forfeit (competitionId, round, team, reason) VALUES (?, ?, ?, ?)",
                       arguments: [competition, round, team.rawValue, reason])
    }

    /// Stores a VP penalty; `false`, writing nothing, when there is no such team.
    public func insert(_ penalty: VictoryPointPenalty) throws -> Bool {
        try inserted {
            try db.execute(sql: "INSERT INTO penalty (competitionId, team, round, hundredths, reason) VALUES (?, ?, ?, ?, ?)",
                           arguments: [competition, penalty.team.rawValue, penalty.round, penalty.hundredths, penalty.reason])
        }
    }

    // MARK: Results and deals

    /// The result stored at `place`.
    public func result(at place: ResultPlace) throws -> ResultEntry? {
        try Row.fetchOne(db, sql: "SELECT * FROM boardResult WHERE \(Self.placeCondition)", arguments: placeArguments(place))
            .map(TallyDatabase.resultEntry)
    }

    /// Removes the result stored at `place`.
    public func deleteResult(at place: ResultPlace) throws {
        try db.execute(sql: "DELETE FROM boardResult WHERE \(Self.placeCondition)", arguments: placeArguments(place))
    }

    /// Stores `entry` at `place`: its contract, declarer and tricks with North-South's score,
    /// or its adjustment.
    public func insertResult(_ entry: ResultEntry, at place: ResultPlace, northSouthScore: Int?) throws {
        let played = entry.adjustment == nil
        try db.execute(sql: """
            INSERT INTO boardResult (competitionId, round, board, team, seat, tableNumber, room, contract, declarer, tricks,
                                     northSouthScore, adjusted)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: placeArguments(place) + [played ? entry.contract?.description : nil,
                                                     played ? entry.declarer?.rawValue : nil,
                                                     played ? entry.tricks : nil, northSouthScore, entry.adjustment?.rawValue])
    }

    /// The deal stored for `board` (PBN text).
    public func deal(board: Int) throws -> String? {
        try String.fetchOne(db, sql: "SELECT deal FROM deal WHERE competitionId = ? AND board = ?", arguments: [competition, board])
    }

    /// Stores the deal of `board` (PBN text).
    public func insertDeal(_ deal: String, board: Int) throws {
        try db.execute(sql: "INSERT INTO deal (competitionId, board, deal) VALUES (?, ?, ?)", arguments: [competition, board, deal])
    }

    private static let placeCondition =
        "competitionId = ? AND round = ? AND board = ? AND team = ? AND seat = ? AND tableNumber = ? AND room = ?"

    /// The place's columns: the unused pair holds 0 and '' (see the `boardResult` table).
    private func placeArguments(_ place: ResultPlace) -> StatementArguments {
        [competition, place.round, place.board, place.team?.rawValue ?? 0, place.seat?.rawValue ?? "", place.table ?? 0,
         place.room?.rawValue ?? ""]
    }
}
