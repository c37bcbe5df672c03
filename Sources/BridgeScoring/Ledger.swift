/// Running totals per team while standings are computed.
struct Ledger {
    struct Line {
        var victoryPoints = 0
        /// VPs from matches played only (the base of an average bye award).
        var matchVictoryPoints = 0
        var imps = IMPTally()
        var matches = 0
        var byes = 0
        /// Byes and forfeits received, paid once the match average is known.
        var awardsOwed = 0
        var opponents: [TeamNumber] = []
        /// Per opponent: VPs (hundredths) and IMP margin scored against it.
        var against: [TeamNumber: (victoryPoints: Int, margin: Int)] = [:]
    }

    var lines: [TeamNumber: Line]

    init(teams: [TeamNumber]) {
        lines = Dictionary(uniqueKeysWithValues: teams.map { ($0, Line()) })
    }

    mutating func record(match: MatchRecord, score: MatchScore) {
        credit(match.home, against: match.away, victoryPoints: score.homeVictoryPoints, imps: score.home)
        credit(match.away, against: match.home, victoryPoints: score.awayVictoryPoints, imps: score.away)
    }

    private mutating func credit(_ team: TeamNumber, against opponent: TeamNumber, victoryPoints: Int, imps: IMPTally) {
        lines[team, default: Line()].victoryPoints += victoryPoints
        lines[team]!.matchVictoryPoints += victoryPoints
        lines[team]!.imps = lines[team]!.imps + imps
        lines[team]!.matches += 1
        lines[team]!.opponents.append(opponent)
        let previous = lines[team]!.against[opponent] ?? (0, 0)
        lines[team]!.against[opponent] = (previous.victoryPoints + victoryPoints, previous.margin + imps.margin)
    }

    mutating func recordForfeit(match: MatchRecord, offender: TeamNumber) {
        let other = offender == match.home ? match.away : match.home
        lines[offender, default: Line()].opponents.append(other)
        lines[other, default: Line()].opponents.append(offender)
        lines[other]!.awardsOwed += 1
    }

    mutating func recordBye(_ team: TeamNumber) {
        lines[team, default: Line()].byes += 1
        lines[team]!.awardsOwed += 1
    }

    func awardsOwed(to team: TeamNumber) -> Int { lines[team]?.awardsOwed ?? 0 }
}
