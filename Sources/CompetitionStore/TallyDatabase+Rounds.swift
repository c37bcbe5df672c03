import BridgeScoring
import CompetitionConfig
import CompetitionModel
import Diagnostics
internal import GRDB

extension TallyDatabase {
    /// Pairs (Swiss) or schedules (round robin) the next round and stores it.
    ///
    /// Refused while the previous round (two rounds back with delayed Swiss) has a match
    /// without all its results, when every round is paired, and when no legal pairing exists.
    public func pairNextRound(competition: StoredCompetition, seed: UInt64?, operator: String) throws -> StoredRound {
        let bridge = try competition.bridge()
        let rules = bridge.rules
        try authorize(competition, `operator`, .chiefJudgeDecision, operation: "pair the next round")
        return try write("pair the next round", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            let snapshot = try bridgeSnapshot(db, competition: competition.id, definition: bridge)
            let number = snapshot.rounds.count + 1
            guard number <= rules.rounds else { throw RuleRefusal("all \(rules.rounds) rounds are already paired") }
            guard snapshot.teams.count >= 2 else { throw RuleRefusal("register the teams first (tally teams import FILE)") }
            if let expected = rules.teams, expected != snapshot.teams.count {
                throw RuleRefusal("the definition expects \(expected) teams; \(snapshot.teams.count) are registered")
            }
            let active = snapshot.teams.filter { ($0.withdrawnAfterRound ?? .max) >= number }.map(\.number)
            var pairing: RoundPairing
            var usedSeed: UInt64?
            var basis = 0
            let mustBeComplete = rules.movement == .swiss && rules.delayedSwiss ? number - 2 : number - 1
            if mustBeComplete >= 1 && !snapshot.isComplete(round: mustBeComplete) {
                throw RuleRefusal("round \(mustBeComplete) still has matches without all their results; enter them before pairing round \(number)")
            }
            switch rules.movement {
            case .roundRobin:
                guard let scheduled = RoundRobinSchedule.round(number, teams: snapshot.teams.map(\.number)) else {
                    throw RuleRefusal("no round \(number) in the round robin")
                }
                pairing = scheduled
            case .swiss:
                basis = SwissSchedule.standingsRound(forPairing: number, delayed: rules.delayedSwiss)
                if number == 1 || basis == 0 && snapshot.rounds.isEmpty {
                    if rules.firstRound == .random {
                        guard let seed else { throw InputRejection("a random first round needs --seed N (the seed is recorded)") }
                        usedSeed = seed
                    }
                    pairing = SwissPairer().firstRound(teams: active, seed: usedSeed)
                } else {
                    let records = snapshot.roundRecords()
                    let ranking = snapshot.calculator.standings(teams: active, rounds: records, penalties: snapshot.penalties,
                                                                afterRound: basis).entries.map(\.team)
                    let met = Set(snapshot.rounds.flatMap(\.pairing.meetings))
                    let hadBye = Set(snapshot.rounds.compactMap(\.pairing.bye))
                    do {
                        pairing = try SwissPairer().pair(ranking: ranking, met: met, hadBye: hadBye)
                    } catch {
                        throw RuleRefusal("round \(number): \(error)")
                    }
                }
            }
            try db.execute(sql: """
                INSERT INTO bridgeRound (competitionId, number, bye, seed, pairedOnRound, pairedAt) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [competition.id, number, pairing.bye?.rawValue, usedSeed.map(String.init), basis, now()])
            for table in pairing.tables {
                try db.execute(sql: "INSERT INTO bridgeMatch (competitionId, round, tableNumber, home, away) VALUES (?, ?, ?, ?, ?)",
                               arguments: [competition.id, number, table.number, table.home.rawValue, table.away.rawValue])
                // A round robin keeps a withdrawn team's place in the schedule: its match is a
                // forfeit (0 VP; the opponent gets the bye award).
                for team in [table.home, table.away] where !active.contains(team) {
                    try db.execute(sql: "INSERT INTO forfeit (competitionId, round, team, reason) VALUES (?, ?, ?, ?)",
                                   arguments: [competition.id, number, team.rawValue, "withdrawn"])
                }
            }
            let summary = pairing.tables.map { "\($0.home)-\($0.away)" }.joined(separator: " ")
                + (pairing.bye.map { " bye \($0)" } ?? "")
            try audit(db, AuditEntry(operator: `operator`, action: "round.pair", competition: competition.id,
                                     code: "round \(number)", newValue: summary,
                                     reason: usedSeed.map { "seed \($0)" } ?? (basis > 0 ? "on standings after round \(basis)" : nil)))
            return StoredRound(number: number, pairing: pairing, seed: usedSeed, pairedOnRound: basis)
        }
    }

    /// Records that a team forfeits its match of a round (0 VP; its opponent the bye award).
    public func forfeit(round: Int, team: TeamNumber, reason: String, competition: StoredCompetition, operator: String) throws {
        guard !reason.isEmpty else { throw InputRejection("a forfeit needs a reason (--reason)") }
        try authorize(competition, `operator`, .chiefJudgeDecision, operation: "record a forfeit")
        try write("record a forfeit", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            let playing = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM bridgeMatch WHERE competitionId = ? AND round = ? AND (home = ? OR away = ?)
                """, arguments: [competition.id, round, team.rawValue, team.rawValue]) ?? 0
            guard playing == 1 else { throw RuleRefusal("team \(team) has no match in round \(round)") }
            try db.execute(sql: "INSERT INTO forfeit (competitionId, round, team, reason) VALUES (?, ?, ?, ?)",
                           arguments: [competition.id, round, team.rawValue, reason])
            try audit(db, AuditEntry(operator: `operator`, action: "match.forfeit", competition: competition.id,
                                     code: String(team.rawValue), component: "round \(round)", reason: reason))
        }
    }

    /// Deducts VPs from a team, charged in a round, with the reason.
    public func penalise(team: TeamNumber, round: Int, hundredths: Int, reason: String, competition: StoredCompetition,
                         operator: String) throws {
        guard hundredths > 0 else { throw InputRejection("a penalty is a positive number of VPs") }
        guard !reason.isEmpty else { throw InputRejection("a penalty needs a reason (--reason)") }
        try authorize(competition, `operator`, .chiefJudgeDecision, operation: "record a penalty")
        _ = try competition.bridge()
        try write("record a penalty", refusal: RefusalContext(competition: competition.id, operator: `operator`)) { db in
            do {
                try db.execute(sql: "INSERT INTO penalty (competitionId, team, round, hundredths, reason) VALUES (?, ?, ?, ?, ?)",
                               arguments: [competition.id, team.rawValue, round, hundredths, reason])
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw InputRejection("no team \(team)")
            }
            try audit(db, AuditEntry(operator: `operator`, action: "penalty", competition: competition.id,
                                     code: String(team.rawValue), component: "round \(round)",
                                     newValue: "-\(formatHundredths(hundredths)) VP", reason: reason))
        }
    }
}
