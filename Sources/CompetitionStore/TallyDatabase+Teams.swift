import CompetitionModel
import Diagnostics
import Foundation
import BridgeScoring
import CSVReading
import CompetitionConfig
internal import GRDB

extension TallyDatabase {

    /// Registers the teams of a teams file (`number, name, [organisation], players`, players
    /// separated by `;` or `、`), all or none.
    public func importTeams(path: String, displayName: String, competition: StoredCompetition,
                            operator: String) throws -> ImportSummary {
        _ = try competition.bridge()
        try authorize(competition, `operator`, .deskWork, operation: "import teams from \(displayName)")
        var errors = DiagnosticCollector(file: displayName)
        var teams: [(line: Int, team: TeamRow)] = []
        do {
            let reader = try CSVReader(path: path, displayName: displayName)
            guard let headerRecord = try reader.next() else { throw InputRejection("\(displayName): the file is empty") }
            let header = try CSVHeader(headerRecord, file: displayName, required: ["number", "name", "players"],
                                       optional: ["organisation"])
            var seen: [Int: Int] = [:]
            while let record = try reader.next() {
                do { try header.checkWidth(of: record, file: displayName) } catch {
                    errors.add(error.line, error.message)
                    continue
                }
                guard let text = header.value("number", in: record), let number = Int(text), number >= 1 else {
                    errors.add(record.line, "team number must be a whole number from 1")
                    continue
                }
                if let first = seen[number] {
                    errors.add(record.line, "duplicate team number \(number) (also at line \(first))")
                    continue
                }
                seen[number] = record.line
                guard let name = header.value("name", in: record) else { errors.add(record.line, "name is empty"); continue }
                let players = (header.value("players", in: record) ?? "")
                    .split(whereSeparator: { $0 == ";" || $0 == "、" || $0 == "；" })
                    .map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                guard !players.isEmpty else { errors.add(record.line, "players is empty; list them separated by ; or 、"); continue }
                teams.append((record.line, TeamRow(number: TeamNumber(number), name: name,
                                                   organisation: header.value("organisation", in: record), players: players)))
            }
        } catch let error as CSVError {
            errors.add(error.line, error.message)
        }
        guard errors.isEmpty else { throw errors.rejection }
        return try write("import teams from \(displayName)", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            for (line, team) in teams {
                do {
                    try db.execute(sql: "INSERT INTO team (competitionId, number, name, organisation) VALUES (?, ?, ?, ?)",
                                   arguments: [competition.id, team.number.rawValue, team.name, team.organisation])
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    errors.add(line, "team \(team.number) is already registered")
                    continue
                }
                for (position, player) in team.players.enumerated() {
                    try db.execute(sql: "INSERT INTO player (competitionId, teamNumber, position, name) VALUES (?, ?, ?, ?)",
                                   arguments: [competition.id, team.number.rawValue, position + 1, player])
                }
                try audit(db, AuditEntry(operator: `operator`, action: "team.add", competition: competition.id,
                                         code: String(team.number.rawValue),
                                         newValue: "\(team.name): \(team.players.joined(separator: "、"))",
                                         source: "\(displayName):\(line)"))
            }
            guard errors.isEmpty else { throw errors.rejection }
            return ImportSummary(rows: teams.count)
        }
    }

    /// Withdraws a team after the last round paired: it is not paired again.
    public func withdraw(team: TeamNumber, reason: String, competition: StoredCompetition, operator: String) throws {
        guard !reason.isEmpty else { throw InputRejection("a withdrawal needs a reason (--reason)") }
        try authorize(competition, `operator`, .chiefJudgeDecision, operation: "withdraw team \(team)")
        try write("withdraw team \(team)", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            let rounds = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM bridgeRound WHERE competitionId = ?",
                                          arguments: [competition.id]) ?? 0
            try db.execute(sql: "UPDATE team SET withdrawnAfterRound = ?, withdrawalReason = ? WHERE competitionId = ? AND number = ?",
                           arguments: [rounds, reason, competition.id, team.rawValue])
            guard db.changesCount == 1 else { throw InputRejection("no team \(team)") }
            try audit(db, AuditEntry(operator: `operator`, action: "team.withdraw", competition: competition.id,
                                     code: String(team.rawValue), newValue: "after round \(rounds)", reason: reason))
        }
    }

    /// Everything stored about a bridge event.
    public func bridgeSnapshot(_ competition: StoredCompetition) throws -> BridgeSnapshot {
        let bridge = try competition.bridge()
        return try read("read the bridge event") { db in try bridgeSnapshot(db, competition: competition.id, definition: bridge) }
    }

    func bridgeSnapshot(_ db: Database, competition: String, definition: BridgeCompetition) throws -> BridgeSnapshot {
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
        let results = try Row.fetchAll(db, sql: "SELECT * FROM boardResult WHERE competitionId = ? ORDER BY round, board, team, seat, tableNumber, room",
                                       arguments: id).map { row -> ResultEntry in
            let team: Int = row["team"], seat: String = row["seat"], table: Int = row["tableNumber"], room: String = row["room"]
            let adjusted = (row["adjusted"] as String?).flatMap(Adjustment.init(rawValue:))
            return ResultEntry(
                source: "stored", line: 0, round: row["round"], board: row["board"], team: team == 0 ? nil : TeamNumber(team),
                seat: Partnership(rawValue: seat), table: table == 0 ? nil : table, room: Room(rawValue: room),
                contract: (row["contract"] as String?).flatMap { try? Contract(parsing: $0) },
                declarer: (row["declarer"] as String?).flatMap { Seat(letter: $0) }, tricks: row["tricks"],
                northSouthScore: adjusted == nil ? row["northSouthScore"] as Int? ?? 0 : nil, adjustment: adjusted)
        }
        var forfeits: [Int: [TeamNumber: String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM forfeit WHERE competitionId = ?", arguments: id) {
            forfeits[row["round"], default: [:]][TeamNumber(row["team"] as Int)] = row["reason"]
        }
        let penalties = try Row.fetchAll(db, sql: "SELECT * FROM penalty WHERE competitionId = ? ORDER BY id", arguments: id).map { row in
            VictoryPointPenalty(team: TeamNumber(row["team"] as Int), round: row["round"], hundredths: row["hundredths"],
                                reason: row["reason"])
        }
        var deals: [Int: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT board, deal FROM deal WHERE competitionId = ?", arguments: id) {
            deals[row["board"]] = row["deal"]
        }
        return BridgeSnapshot(competition: definition, teams: teams, rounds: rounds, results: results, forfeits: forfeits,
                              penalties: penalties, deals: deals)
    }
}
