import BridgeScoring
import CompetitionModel
import CompetitionStore
import Diagnostics

/// What a director allows when a Swiss round has no legal pairing (bridge spec §6).
public enum PairingAllowance: String, Sendable, CaseIterable {
    /// `--allow-rematches`: the fewest rematches, high against high among those.
    case rematches
    /// `--allow-second-bye`: no rematch, a bye to a team that has had one.
    case secondBye = "second-bye"

    var flag: String { "--allow-\(rawValue)" }

    /// The allowance named `text` (`rematches`, `second-bye`), as the web's forms and API
    /// send it; an input rejection listing the names otherwise.
    public init(named text: String) throws {
        guard let allowance = Self(rawValue: text) else {
            throw InputRejection("'\(text)' is no allowance; expected one of: \(Self.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = allowance
    }
}

extension CompetitionDesk {
    /// Pairs (Swiss) or schedules (round robin) the next round and stores it.
    ///
    /// Refused while the previous round (two rounds back with delayed Swiss) has a match
    /// without all its results, when every round is paired, and when no legal pairing exists
    /// — then the refusal names the teams and the ways forward: `allowing` rematches or a
    /// second bye (a director's decision, with a reason), or the director's own pairing.
    public func pairNextRound(seed: UInt64?, allowing: PairingAllowance? = nil, reason: String? = nil,
                              operator: String) throws -> PairedRound {
        let bridge = try competition.bridge()
        let rules = bridge.rules
        let reason = reason?.trimmed
        if allowing != nil && (reason ?? "").isEmpty { throw InputRejection("\(allowing!.flag) needs a reason (--reason)") }
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
            var note: String?
            let mustBeComplete = rules.movement == .swiss && rules.delayedSwiss ? number - 2 : number - 1
            if mustBeComplete >= 1 && !event.isComplete(round: mustBeComplete) {
                throw RuleRefusal("round \(mustBeComplete) still has matches without all their results; enter them before pairing round \(number)")
            }
            switch rules.movement {
            case .roundRobin:
                if let allowing { throw RuleRefusal("a round robin follows its schedule; \(allowing.flag) applies to a Swiss") }
                guard let scheduled = RoundRobinSchedule.round(number, teams: event.teams.map(\.number)) else {
                    throw RuleRefusal("no round \(number) in the round robin")
                }
                pairing = scheduled
            case .swiss:
                basis = SwissSchedule.standingsRound(forPairing: number, delayed: rules.delayedSwiss)
                if number == 1 || basis == 0 && event.rounds.isEmpty {
                    if let allowing { throw RuleRefusal("round 1 always pairs; \(allowing.flag) is for a later round with no legal pairing") }
                    if rules.firstRound == .random {
                        guard let seed else { throw InputRejection("a random first round needs --seed N (the seed is recorded)") }
                        usedSeed = seed
                    }
                    pairing = SwissPairer().firstRound(teams: active, seed: usedSeed)
                } else {
                    (pairing, note) = try swissPairing(round: number, event: event, active: active, basis: basis, allowing: allowing)
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
            let why = [usedSeed.map { "seed \($0)" }, basis > 0 ? "on standings after round \(basis)" : nil, note, reason]
                .compactMap { $0 }.joined(separator: "; ")
            try store.audit(AuditEntry(operator: `operator`, action: "round.pair", competition: competition.id,
                                       code: "round \(number)", newValue: Self.summary(pairing), reason: why.isEmpty ? nil : why))
            return round
        }
        return PairedRound(event: try bridgeEvent(), round: round)
    }

    /// A later Swiss round on the standings after round `basis`: legal (avoiding teams of one
    /// organisation where the definition asks it), or as the director allows when no legal
    /// pairing exists. Returns the pairing and what the audit should say of how it was made.
    private func swissPairing(round number: Int, event: BridgeSnapshot, active: [TeamNumber], basis: Int,
                              allowing: PairingAllowance?) throws -> (RoundPairing, String?) {
        let ranking = event.calculator.standings(teams: active, rounds: event.roundRecords(), penalties: event.penalties,
                                                 afterRound: basis).entries.map(\.team)
        let met = Set(event.rounds.flatMap(\.pairing.meetings))
        let hadBye = Set(event.rounds.compactMap(\.pairing.bye))
        let pairer = SwissPairer()
        let legal: Result<RoundPairing, PairingError>
        if event.rules.avoidsSameOrganisation(inRound: number),
           let avoiding = try? pairer.pair(ranking: ranking, met: met.union(event.sameOrganisationMeetings), hadBye: hadBye) {
            legal = .success(avoiding)
        } else {
            legal = Result(catching: { () throws(PairingError) -> RoundPairing in try pairer.pair(ranking: ranking, met: met, hadBye: hadBye) })
        }
        switch (legal, allowing) {
        case (.success(let pairing), nil):
            return (pairing, nil)
        case (.success, let allowing?):
            throw RuleRefusal("round \(number) has a legal pairing; pair it without \(allowing.flag)")
        case (.failure(let error), nil):
            throw RuleRefusal("round \(number): \(error)", details: [
                "the director decides how to go on, with a reason:",
                "tally round pair --allow-rematches --reason R   (the fewest rematches, high against high)",
                "tally round pair --allow-second-bye --reason R  (no rematch; a team sits out a second time)",
                "tally round set \(number) --match H-A … [--bye T] --reason R  (the director's own pairing)",
            ])
        case (.failure, .rematches?):
            let relaxed = pairer.pairAllowingRematches(ranking: ranking, met: met, hadBye: hadBye)
            let again = relaxed.pairing.meetings.filter(met.contains).map { "\($0.lower)-\($0.higher)" }
            let secondBye = relaxed.pairing.bye.map { hadBye.contains($0) ? ", second bye to \($0)" : "" } ?? ""
            return (relaxed.pairing, "rematches allowed: \(relaxed.rematches) (\(again.joined(separator: ", ")))\(secondBye)")
        case (.failure, .secondBye?):
            do {
                let pairing = try pairer.pairAllowingSecondBye(ranking: ranking, met: met)
                return (pairing, "second bye allowed: \(pairing.bye.map(String.init) ?? "")")
            } catch {
                throw RuleRefusal("round \(number): no team can sit out a second time without a rematch (\(error)); "
                                  + "use tally round pair --allow-rematches --reason R")
            }
        }
    }

    /// Stores the director's own pairing of round `number` (the next to pair): each active
    /// team once, a bye exactly when the field is odd. A rematch or a second bye is refused
    /// unless `allowing` it. Audited as the director's decision with its reason.
    public func setRound(_ number: Int, matches: [(TeamNumber, TeamNumber)], bye: TeamNumber?, allowing: Set<PairingAllowance> = [],
                         reason: String, operator: String) throws -> PairedRound {
        let bridge = try competition.bridge()
        let reason = reason.trimmed
        guard !reason.isEmpty else { throw InputRejection("the director's pairing needs a reason (--reason)") }
        guard !matches.isEmpty else { throw InputRejection("give the round's matches: --match H-A for each table") }
        try authorize(`operator`, .chiefJudgeDecision, operation: "set the pairing of round \(number)")
        let round = try change("set the pairing of round \(number)", operator: `operator`) { store in
            let event = try store.bridgeSnapshot(bridge)
            let next = event.rounds.count + 1
            guard number == next else {
                throw RuleRefusal(number < next ? "round \(number) is paired already; withdraw it first (tally round unpair \(number) --reason R)"
                                                : "round \(next) is the next to pair, not \(number)")
            }
            guard number <= bridge.rules.rounds else { throw RuleRefusal("the event has \(bridge.rules.rounds) rounds") }
            let registered = Set(event.teams.map(\.number))
            let active = Set(event.teams.filter { ($0.withdrawnAfterRound ?? .max) >= number }.map(\.number))
            var seen: [TeamNumber: Int] = [:]
            for (index, team) in (matches.flatMap { [$0.0, $0.1] } + (bye.map { [$0] } ?? [])).enumerated() {
                guard registered.contains(team) else { throw InputRejection("no team \(team)") }
                guard active.contains(team) else { throw InputRejection("team \(team) has withdrawn") }
                if seen[team] != nil { throw InputRejection("team \(team) is placed twice") }
                seen[team] = index
            }
            let missing = active.subtracting(seen.keys).sorted()
            guard missing.isEmpty else {
                throw InputRejection("every team plays or sits out: \(missing.map(String.init).joined(separator: ", ")) \(missing.count == 1 ? "is" : "are") not placed")
            }
            let met = Set(event.rounds.flatMap(\.pairing.meetings))
            let rematches = matches.map { Meeting($0.0, $0.1) }.filter(met.contains)
            if !rematches.isEmpty && !allowing.contains(.rematches) {
                throw RuleRefusal("\(rematches.map { "\($0.lower)-\($0.higher)" }.joined(separator: ", ")) met before; "
                                  + "give --allow-rematches to pair them again")
            }
            let hadBye = Set(event.rounds.compactMap(\.pairing.bye))
            if let bye, hadBye.contains(bye), !allowing.contains(.secondBye) {
                throw RuleRefusal("team \(bye) has had a bye; give --allow-second-bye to let it sit out again")
            }
            let pairing = RoundPairing(tables: matches.enumerated().map {
                RoundPairing.Table(number: $0.offset + 1, home: $0.element.0, away: $0.element.1)
            }, bye: bye)
            let round = StoredRound(number: number, pairing: pairing, seed: nil, pairedOnRound: 0)
            try store.insert(round)
            let allowed = allowing.sorted { $0.rawValue < $1.rawValue }.map(\.flag).joined(separator: " ")
            try store.audit(AuditEntry(operator: `operator`, action: "round.set", competition: competition.id,
                                       code: "round \(number)", newValue: Self.summary(pairing),
                                       reason: allowed.isEmpty ? reason : "\(reason) (\(allowed))"))
            return round
        }
        return PairedRound(event: try bridgeEvent(), round: round)
    }

    /// Withdraws the pairing of round `number`, the last one paired, while it has no results.
    public func unpairRound(_ number: Int, reason: String, operator: String) throws {
        let bridge = try competition.bridge()
        let reason = reason.trimmed
        guard !reason.isEmpty else { throw InputRejection("withdrawing a pairing needs a reason (--reason)") }
        try authorize(`operator`, .chiefJudgeDecision, operation: "withdraw the pairing of round \(number)")
        try change("withdraw the pairing of round \(number)", operator: `operator`) { store in
            let event = try store.bridgeSnapshot(bridge)
            guard let stored = event.rounds.first(where: { $0.number == number }) else {
                throw RuleRefusal("round \(number) is not paired")
            }
            guard number == event.rounds.count else {
                throw RuleRefusal("round \(event.rounds.count) is paired after round \(number); withdraw it first")
            }
            let results = try store.resultCount(round: number)
            guard results == 0 else {
                throw RuleRefusal("round \(number) has \(counted(results, "result")) stored; its pairing stands")
            }
            try store.deleteRound(number)
            try store.audit(AuditEntry(operator: `operator`, action: "round.unpair", competition: competition.id,
                                       code: "round \(number)", oldValue: Self.summary(stored.pairing), reason: reason))
        }
    }

    /// A pairing as the audit trail shows it: `1-2 3-4 bye 5`.
    static func summary(_ pairing: RoundPairing) -> String {
        pairing.tables.map { "\($0.home)-\($0.away)" }.joined(separator: " ") + (pairing.bye.map { " bye \($0)" } ?? "")
    }
}

extension BridgeSnapshot {
    /// Every pair of teams of one organisation (同单位), as meetings to avoid.
    var sameOrganisationMeetings: Set<Meeting> {
        var meetings: Set<Meeting> = []
        let byOrganisation = Dictionary(grouping: teams.filter { $0.organisation != nil }, by: { $0.organisation! })
        for members in byOrganisation.values where members.count > 1 {
            for (index, a) in members.enumerated() {
                for b in members[(index + 1)...] { meetings.insert(Meeting(a.number, b.number)) }
            }
        }
        return meetings
    }
}
