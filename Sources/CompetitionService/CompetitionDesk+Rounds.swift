import BridgeScoring
import CompetitionModel
import CompetitionStore
import Diagnostics

extension CompetitionDesk {
    /// Pairs (Swiss) or schedules (round robin) the next round and stores it.
    ///
    /// Refused while the previous round (two rounds back with delayed Swiss) has a match
    /// without all its results, when every round is paired, and when no legal pairing exists.
    public func pairNextRound(seed: UInt64?, operator: String) throws -> PairedRound {
        let bridge = try competition.bridge()
        let rules = bridge.rules
        try authorize(`operator`, .chiefJudgeDecision, operation: "pair the next round")
        let round = try change("pair the next round", operator: `operator`) { store in
            let event = try store.bridgeSnapshot(bridge)
            let number = event.rounds.count + 1
            guard number <= rules.rounds else { throw RuleRefusal("all \(rules.rounds) rounds are already paired") }
            guard event.teams.count >= 2 else { throw RuleRefusal("register the teams first (tally teams import FILE)") }
            if let expected = rules.teams, expected != event.teams.count {
                throw RuleRefusal("the definition expects \(expected) teams; \(event.teams.count) are registered")
            }
            let active = event.teams.filter { ($0.withdrawnAfterRound ?? .max) >= number }.map(\.number)
            var pairing: RoundPairing
            var usedSeed: UInt64?
            var basis = 0
            let mustBeComplete = rules.movement == .swiss && rules.delayedSwiss ? number - 2 : number - 1
            if mustBeComplete >= 1 && !event.isComplete(round: mustBeComplete) {
                throw RuleRefusal("round \(mustBeComplete) still has matches without all their results; enter them before pairing round \(number)")
            }
            switch rules.movement {
            case .roundRobin:
                guard let scheduled = RoundRobinSchedule.round(number, teams: event.teams.map(\.number)) else {
                    throw RuleRefusal("no round \(number) in the round robin")
                }
                pairing = scheduled
            case .swiss:
                basis = SwissSchedule.standingsRound(forPairing: number, delayed: rules.delayedSwiss)
                if number == 1 || basis == 0 && event.rounds.isEmpty {
                    if rules.firstRound == .random {
                        guard let seed else { throw InputRejection("a random first round needs --seed N (the seed is recorded)") }
                        usedSeed = seed
                    }
                    pairing = SwissPairer().firstRound(teams: active, seed: usedSeed)
                } else {
                    let ranking = event.calculator.standings(teams: active, rounds: event.roundRecords(), penalties: event.penalties,
                                                             afterRound: basis).entries.map(\.team)
                    let met = Set(event.rounds.flatMap(\.pairing.meetings))
                    let hadBye = Set(event.rounds.compactMap(\.pairing.bye))
                    do {
                        pairing = try SwissPairer().pair(ranking: ranking, met: met, hadBye: hadBye)
                    } catch {
                        throw RuleRefusal("round \(number): \(error)")
                    }
                }
            }
            let round = StoredRound(number: number, pairing: pairing, seed: usedSeed, pairedOnRound: basis)
            try store.insert(round)
            // A round robin keeps a withdrawn team's place in the schedule: its match is a
            // forfeit (0 VP; the opponent gets the bye award).
            for table in pairing.tables {
                for team in [table.home, table.away] where !active.contains(team) {
                    try store.insertForfeit(round: number, team: team, reason: "withdrawn")
                }
            }
            let summary = pairing.tables.map { "\($0.home)-\($0.away)" }.joined(separator: " ")
                + (pairing.bye.map { " bye \($0)" } ?? "")
            try store.audit(AuditEntry(operator: `operator`, action: "round.pair", competition: competition.id,
                                       code: "round \(number)", newValue: summary,
                                       reason: usedSeed.map { "seed \($0)" } ?? (basis > 0 ? "on standings after round \(basis)" : nil)))
            return round
        }
        return PairedRound(event: try bridgeEvent(), round: round)
    }
}
