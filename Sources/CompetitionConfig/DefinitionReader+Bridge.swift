import BridgeScoring
import ExactNumbers
import SkillsScoring
import Yams

extension DefinitionReader {
    /// Reads the sections of a bridge team competition.
    func readBridge(_ top: MappingReader, info: CompetitionInfo) -> BridgeCompetition? {
        let rules = readEventRules(top.required("bridge"))
        let awards = readTeamAwards(top.optional("awards"), teams: rules?.teams)
        guard let rules, let awards else { return nil }
        return BridgeCompetition(info: info, rules: rules, awards: awards)
    }

    private func readEventRules(_ node: Node?) -> EventRules? {
        guard let node else { return nil }
        let keys = ["movement", "teams", "rounds", "boards-per-round", "board-numbering", "form",
                    "victory-points", "first-round", "delayed", "bye", "tie-breaks", "robot-tables",
                    "avoid-same-organisation"]
        guard let mapping = MappingReader(node, context: "bridge", keys: keys, diagnostics: diagnostics)
        else { return nil }
        let movement = diagnostics.choice(mapping.optional("movement"), "movement", as: Movement.self) ?? .swiss
        let teams = diagnostics.integer(mapping.optional("teams"), "teams", in: 2...100_000)
        let rounds = diagnostics.integer(mapping.required("rounds"), "rounds", in: 1...1_000)
        let boards = diagnostics.integer(mapping.required("boards-per-round"), "boards-per-round", in: 1...100)
        let numbering = diagnostics.choice(mapping.optional("board-numbering"), "board-numbering",
                                           as: BoardNumbering.self) ?? .continuous
        let form = diagnostics.choice(mapping.optional("form"), "form", as: MatchForm.self) ?? .teamsOfFour
        let scale = diagnostics.choice(mapping.optional("victory-points"), "victory-points",
                                       as: VictoryPointScale.self) ?? .wbf2013
        let firstRound = diagnostics.choice(mapping.optional("first-round"), "first-round",
                                            as: FirstRoundPairing.self) ?? .seeded
        let delayed = diagnostics.flag(mapping.optional("delayed"), "delayed") ?? false
        let bye = readByeAward(mapping.optional("bye"))
        let robotTables = diagnostics.integer(mapping.optional("robot-tables"), "robot-tables", in: 1...2) ?? 2
        let avoidSameOrganisation = diagnostics.integer(mapping.optional("avoid-same-organisation"), "avoid-same-organisation",
                                                        in: 0...1_000) ?? 0
        if movement == .roundRobin { mapping.reject(["avoid-same-organisation"], because: "applies only to a Swiss movement") }
        if form == .teamsOfFour { mapping.reject(["robot-tables"], because: "applies only to form: robot") }
        var tieBreaks: [StandingsTieBreak]? = StandingsTieBreak.standard
        if let tieNode = mapping.optional("tie-breaks"), let items = diagnostics.list(tieNode, "tie-breaks", allowEmpty: true) {
            let read = items.compactMap { diagnostics.choice($0, "tie-break", as: StandingsTieBreak.self) }
            tieBreaks = read.count == items.count ? read : nil
        }
        if let boards, let problem = scale.problem(boards: boards) {
            diagnostics.error("\(problem); use wbf-2013", at: mapping.optional("victory-points"))
        }
        if movement == .roundRobin {
            checkRoundRobin(teams: teams, rounds: rounds, mapping: mapping)
        } else {
            if let teams, let rounds, rounds > maximumSwissRounds(teams: teams) {
                diagnostics.error("\(rounds) Swiss rounds cannot avoid rematches among \(teams) teams; at most \(maximumSwissRounds(teams: teams))",
                                  at: mapping.optional("rounds"))
            }
        }
        if movement == .roundRobin && delayed {
            diagnostics.error("delayed applies only to a Swiss movement", at: mapping.keyNode("delayed"))
        }
        guard let rounds, let boards, let bye, let tieBreaks else { return nil }
        return EventRules(movement: movement, rounds: rounds, boardsPerRound: boards, boardNumbering: numbering,
                          form: form, victoryPoints: scale, firstRound: firstRound, delayedSwiss: delayed,
                          bye: bye, tieBreaks: tieBreaks, teams: teams, robotTables: robotTables,
                          avoidSameOrganisation: avoidSameOrganisation)
    }

    /// Swiss rounds possible without a rematch: n − 1 for n even, n for n odd (with byes).
    private func maximumSwissRounds(teams: Int) -> Int { teams % 2 == 0 ? teams - 1 : teams }

    /// A round robin of n teams takes n − 1 rounds (n even) or n (n odd, with byes); a double
    /// round robin twice that.
    private func checkRoundRobin(teams: Int?, rounds: Int?, mapping: MappingReader) {
        guard let rounds else { return }
        guard let teams else {
            diagnostics.error("a round-robin movement needs the number of teams (teams: N) to check its rounds",
                              at: mapping.node)
            return
        }
        let cycle = maximumSwissRounds(teams: teams)
        if rounds % cycle != 0 {
            diagnostics.error("a round robin of \(teams) teams takes \(cycle) rounds (or a multiple for a double round robin), not \(rounds)",
                              at: mapping.optional("rounds"))
        }
    }

    private func readByeAward(_ node: Node?) -> ByeAward? {
        guard let node else { return .fixed(hundredths: 1200) }
        guard let text = diagnostics.string(node, "bye") else { return nil }
        let expected = "expected VPs from 0 to 20 (e.g. 12), average, or max-N-average (e.g. max-12-average)"
        if text == "average" { return .average }
        /// VPs from 0 to 20 in whole hundredths.
        func hundredths(_ text: some StringProtocol) -> Int? {
            guard let vp = Rational(decimal: text), vp >= 0, vp <= 20, (vp * 100).isInteger else { return nil }
            return vp.scaled(toPlaces: 2)
        }
        if text.hasPrefix("max-"), text.hasSuffix("-average"), let fixed = hundredths(text.dropFirst(4).dropLast(8)) {
            return .greaterOfFixedAndAverage(hundredths: fixed)
        }
        if let fixed = hundredths(text) { return .fixed(hundredths: fixed) }
        diagnostics.error("invalid bye '\(text)'; \(expected)", at: node)
        return nil
    }

    private func readTeamAwards(_ node: Node?, teams: Int?) -> TeamAwards? {
        guard let node else { return TeamAwards() }
        guard let mapping = MappingReader(node, context: "awards", keys: ["levels", "qualifiers"],
                                          diagnostics: diagnostics)
        else { return nil }
        let levels = mapping.has("levels") ? readAwardLevels(mapping.optional("levels"), sharesAllowed: false) : []
        let qualifiers = diagnostics.integer(mapping.optional("qualifiers"), "qualifiers", in: 0...100_000) ?? 0
        guard let levels else { return nil }
        let prizes = levels.map { level in
            guard case .count(let count) = level.quota else { preconditionFailure("counts only") }
            return PrizeLevel(id: level.id.rawValue, name: level.name, count: count)
        }
        let awards = TeamAwards(levels: prizes, qualifiers: qualifiers)
        if let teams, awards.prizeCount > teams {
            diagnostics.error("\(awards.prizeCount) prizes for \(teams) teams", at: mapping.optional("levels"))
        }
        if let teams, qualifiers > teams {
            diagnostics.error("\(qualifiers) qualifiers for \(teams) teams", at: mapping.optional("qualifiers"))
        }
        return awards
    }
}
