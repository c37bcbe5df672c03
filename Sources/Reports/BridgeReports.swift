import BridgeScoring
import CompetitionConfig

/// A team's name and players, as printed.
public struct TeamInfo: Sendable, Hashable {
    public var number: TeamNumber
    public var name: String
    public var players: [String]

    public init(number: TeamNumber, name: String, players: [String]) {
        self.number = number
        self.name = name
        self.players = players
    }
}

/// The printed outputs of a bridge event: standings, pairings, match sheets, cross-table,
/// award list — each as a document for people and as stable JSON (formats spec §3).
public struct BridgeReports: Sendable {
    public var info: CompetitionInfo
    public var rules: EventRules
    public var teams: [TeamNumber: TeamInfo]
    public var rounds: [RoundRecord]
    /// The VP penalties charged, with their reasons.
    public var penalties: [VictoryPointPenalty]

    public init(info: CompetitionInfo, rules: EventRules, teams: [TeamInfo], rounds: [RoundRecord],
                penalties: [VictoryPointPenalty] = []) {
        self.info = info
        self.rules = rules
        self.teams = Dictionary(uniqueKeysWithValues: teams.map { ($0.number, $0) })
        self.rounds = rounds
        self.penalties = penalties
    }

    private var labels: Labels { Labels(info.language) }
    private func name(_ team: TeamNumber) -> String { teams[team]?.name ?? "" }
    private var table: VictoryPointTable { VictoryPointTable(scale: rules.victoryPoints, boards: rules.boardsPerRound) }

    // MARK: Standings

    /// The standings; before the event's last round (or with a board missing) marked
    /// provisional, prizes and qualification included; penalties in their own column, with
    /// their reasons under the table.
    public func standingsDocument(_ standings: Standings) -> ReportDocument {
        let rows = standings.entries.map { entry -> [ReportCell] in
            [.number(String(entry.rank)), .number(String(entry.team.rawValue)), .text(name(entry.team)),
             .number(formatHundredths(entry.victoryPoints)), .number(String(entry.imps.won)), .number(String(entry.imps.lost)),
             .number(String(entry.matches)), .number(String(entry.byes)),
             entry.penalty == 0 ? .empty : .number("−" + formatHundredths(entry.penalty)),
             .optional(entry.award.map { $0.name ?? $0.id }), entry.isQualified ? .text(labels.yes) : .empty]
        }
        let heading = labels.afterRound(standings.afterRound) + (standings.isFinal ? "" : labels.provisionalTitle)
        return ReportDocument(title: "\(info.name) \(labels.standings)", subtitle: subtitle(info), sections: [
            ReportSection(heading: heading,
                          columns: [ReportColumn(labels.rank, numeric: true), ReportColumn(labels.teamNumber, numeric: true),
                                    ReportColumn(labels.teamName), ReportColumn(labels.victoryPoints, numeric: true),
                                    ReportColumn(labels.impsWon, numeric: true), ReportColumn(labels.impsLost, numeric: true),
                                    ReportColumn(labels.matches, numeric: true), ReportColumn(labels.byes, numeric: true),
                                    ReportColumn(labels.penalty, numeric: true), ReportColumn(labels.award),
                                    ReportColumn(labels.qualified)],
                          rows: rows, notes: provisionalNotes(standings) + penaltyNotes(standings)),
        ], labels: labels)
    }

    /// Why standings (and their prizes and qualification) are not final yet.
    private func provisionalNotes(_ standings: Standings) -> [String] {
        var notes: [String] = []
        if standings.isProvisional { notes.append(labels.resultsMissingNote) }
        if standings.rounds > 0 && standings.afterRound < standings.rounds {
            notes.append(labels.prizesProvisionalNote(after: standings.afterRound, of: standings.rounds))
        }
        return notes
    }

    /// Each penalty counted in `standings`, with its round and reason.
    private func penaltyNotes(_ standings: Standings) -> [String] {
        penalties.filter { $0.round <= standings.afterRound }.map { penalty in
            labels.penaltyNote(team: "\(penalty.team) \(name(penalty.team))", round: penalty.round,
                               amount: formatHundredths(penalty.hundredths), reason: penalty.reason)
        }
    }

    public func standingsJSON(_ standings: Standings) -> JSONValue {
        .object([
            ("competition", .string(info.id.rawValue)),
            ("after-round", .integer(standings.afterRound)),
            ("provisional", .bool(standings.isProvisional)),
            ("final", .bool(standings.isFinal)),
            ("entries", .array(standings.entries.map { entry in
                .object([
                    ("rank", .integer(entry.rank)), ("team", .integer(entry.team.rawValue)), ("name", .string(name(entry.team))),
                    ("vp", .number(formatHundredths(entry.victoryPoints))), ("imps-won", .integer(entry.imps.won)),
                    ("imps-lost", .integer(entry.imps.lost)), ("matches", .integer(entry.matches)),
                    ("byes", .integer(entry.byes)), ("penalty", .number(formatHundredths(entry.penalty))),
                    ("award", entry.award.map { .string($0.id) } ?? .null),
                    ("qualified", .bool(entry.isQualified)),
                ])
            })),
            ("penalties", .array(penalties.filter { $0.round <= standings.afterRound }.map { penalty in
                .object([("team", .integer(penalty.team.rawValue)), ("round", .integer(penalty.round)),
                         ("vp", .number(formatHundredths(penalty.hundredths))), ("reason", .string(penalty.reason))])
            })),
        ])
    }

    // MARK: Pairings

    public func roundDocument(_ pairing: RoundPairing, round: Int) -> ReportDocument {
        var rows: [[ReportCell]] = pairing.tables.map { table in
            [.number(String(table.number)), .text("\(table.home) \(name(table.home))"), .text("\(table.away) \(name(table.away))")]
        }
        if let bye = pairing.bye { rows.append([.text(labels.bye), .text("\(bye) \(name(bye))"), .empty]) }
        return ReportDocument(title: "\(info.name) \(labels.roundTitle(round)) \(labels.pairings)", subtitle: subtitle(info),
                              sections: [ReportSection(columns: [ReportColumn(labels.table, numeric: true),
                                                                 ReportColumn(labels.home), ReportColumn(labels.away)],
                                                       rows: rows)], labels: labels)
    }

    public func roundJSON(_ pairing: RoundPairing, round: Int) -> JSONValue {
        .object([
            ("round", .integer(round)),
            ("matches", .array(pairing.tables.map {
                .object([("table", .integer($0.number)), ("home", .integer($0.home.rawValue)), ("away", .integer($0.away.rawValue))])
            })),
            ("bye", pairing.bye.map { .integer($0.rawValue) } ?? .null),
        ])
    }

    // MARK: Match sheets

    /// Board-by-board IMPs of the matches of a round (or one table).
    public func matchSheets(round: Int, table only: Int? = nil) -> ReportDocument {
        let record = rounds.first { $0.number == round }
        let boards = Array(rules.boards(inRound: round))
        let sections = (record?.matches ?? []).filter { only == nil || $0.table == only }.map { match -> ReportSection in
            let heading = "\(labels.table) \(match.table): \(match.home) \(name(match.home)) — \(match.away) \(name(match.away))"
            guard case .boards(let outcomes) = match.outcome else {
                return ReportSection(heading: heading, columns: [ReportColumn(labels.board)], rows: [], notes: [labels.forfeit])
            }
            var rows: [[ReportCell]] = zip(boards, outcomes).map { board, outcome in
                guard let outcome else { return [.number(String(board)), .text("—"), .text("—")] }
                let imps = outcome.imps
                return [.number(String(board)), .number(String(imps.home)), .number(String(imps.away))]
            }
            let score = MatchScore(boards: outcomes, table: table)
            rows.append([.text("IMP"), .number("\(score.home.won)–\(score.home.lost)"), .number("\(score.away.won)–\(score.away.lost)")])
            rows.append([.text("VP"), .number(formatHundredths(score.homeVictoryPoints)), .number(formatHundredths(score.awayVictoryPoints))])
            return ReportSection(heading: heading,
                                 columns: [ReportColumn(labels.board, numeric: true), ReportColumn(labels.home, numeric: true),
                                           ReportColumn(labels.away, numeric: true)],
                                 rows: rows, notes: score.isProvisional ? [labels.resultsMissingNote] : [])
        }
        return ReportDocument(title: "\(info.name) \(labels.roundTitle(round)) \(labels.matchSheet)", subtitle: subtitle(info),
                              sections: sections, sectionColumn: labels.match, labels: labels)
    }

    public func matchSheetsJSON(round: Int, table only: Int? = nil) -> JSONValue {
        let boards = Array(rules.boards(inRound: round))
        let matches = (rounds.first { $0.number == round }?.matches ?? []).filter { only == nil || $0.table == only }
        return .object([("round", .integer(round)), ("matches", .array(matches.map { match -> JSONValue in
            var members: [(String, JSONValue)] = [("table", .integer(match.table)), ("home", .integer(match.home.rawValue)),
                                                  ("away", .integer(match.away.rawValue))]
            switch match.outcome {
            case .forfeit(let offender):
                members.append(("forfeit", .integer(offender.rawValue)))
            case .boards(let outcomes):
                let score = MatchScore(boards: outcomes, table: table)
                members += [
                    ("boards", .array(zip(boards, outcomes).map { board, outcome in
                        .object([("board", .integer(board)),
                                 ("home-imps", outcome.map { .integer($0.imps.home) } ?? .null),
                                 ("away-imps", outcome.map { .integer($0.imps.away) } ?? .null)])
                    })),
                    ("home-imps", .integer(score.home.margin)), ("away-imps", .integer(score.away.margin)),
                    ("home-vp", .number(formatHundredths(score.homeVictoryPoints))),
                    ("away-vp", .number(formatHundredths(score.awayVictoryPoints))),
                    ("provisional", .bool(score.isProvisional)),
                ]
            }
            return .object(members)
        }))])
    }

    // MARK: Cross-table

    /// Each team's opponent and VPs round by round, in standings order.
    public func crossTable(_ standings: Standings) -> ReportDocument {
        let cells = crossCells(standings)
        let rows = standings.entries.map { entry -> [ReportCell] in
            [.number(String(entry.rank)), .text("\(entry.team) \(name(entry.team))")]
                + rounds.map { round in .optional(cells[round.number]?[entry.team]?.text) }
                + [.number(formatHundredths(entry.victoryPoints))]
        }
        return ReportDocument(title: "\(info.name) \(labels.crossTable)", subtitle: subtitle(info), sections: [
            ReportSection(columns: [ReportColumn(labels.rank, numeric: true), ReportColumn(labels.teamName)]
                          + rounds.map { ReportColumn(labels.roundTitle($0.number)) }
                          + [ReportColumn(labels.victoryPoints, numeric: true)], rows: rows,
                          notes: provisionalNotes(standings) + penaltyNotes(standings)),
        ], labels: labels)
    }

    public func crossTableJSON(_ standings: Standings) -> JSONValue {
        let cells = crossCells(standings)
        return .object([("competition", .string(info.id.rawValue)), ("teams", .array(standings.entries.map { entry in
            .object([("team", .integer(entry.team.rawValue)), ("rounds", .array(rounds.map { round in
                guard let cell = cells[round.number]?[entry.team] else { return .null }
                return .object([("round", .integer(round.number)),
                                ("opponent", cell.opponent.map { .integer($0.rawValue) } ?? .null),
                                ("vp", cell.hundredths.map { .number(formatHundredths($0)) } ?? .null)])
            }))])
        }))])
    }

    private struct Cell {
        var opponent: TeamNumber?
        var hundredths: Int?
        var text: String
    }

    /// Each team's cell of each round: the opponent and the VPs, a bye or walkover with the
    /// VPs it is worth to that team in `standings`.
    private func crossCells(_ standings: Standings) -> [Int: [TeamNumber: Cell]] {
        var cells: [Int: [TeamNumber: Cell]] = [:]
        let awards = Dictionary(uniqueKeysWithValues: standings.entries.map { ($0.team, $0.awardPerBye) })
        for round in rounds {
            for match in round.matches {
                switch match.outcome {
                case .boards(let outcomes):
                    let score = MatchScore(boards: outcomes, table: table)
                    let star = score.isProvisional ? "*" : ""
                    cells[round.number, default: [:]][match.home] = Cell(
                        opponent: match.away, hundredths: score.homeVictoryPoints,
                        text: "\(match.away): \(formatHundredths(score.homeVictoryPoints))\(star)")
                    cells[round.number, default: [:]][match.away] = Cell(
                        opponent: match.home, hundredths: score.awayVictoryPoints,
                        text: "\(match.home): \(formatHundredths(score.awayVictoryPoints))\(star)")
                case .forfeit(let offender):
                    for (team, other) in [(match.home, match.away), (match.away, match.home)] {
                        let hundredths = team == offender ? 0 : awards[team] ?? nil
                        let word = team == offender ? labels.forfeit : labels.walkover
                        cells[round.number, default: [:]][team] = Cell(
                            opponent: other, hundredths: hundredths,
                            text: "\(other): \(word)\(hundredths.map { " \(formatHundredths($0))" } ?? "")")
                    }
                }
            }
            if let bye = round.bye {
                let hundredths = awards[bye] ?? nil
                cells[round.number, default: [:]][bye] = Cell(opponent: nil, hundredths: hundredths,
                                                              text: labels.bye + (hundredths.map { " \(formatHundredths($0))" } ?? ""))
            }
        }
        return cells
    }

    // MARK: Awards

    /// Prize teams with their players, then the qualifiers.
    public func awardsDocument(_ standings: Standings, awards: TeamAwards) -> ReportDocument {
        let prizes = standings.entries.filter { $0.award != nil }.map { entry -> [ReportCell] in
            [.number(String(entry.rank)), .text(entry.award!.name ?? entry.award!.id), .number(String(entry.team.rawValue)),
             .text(name(entry.team)), .text(teams[entry.team]?.players.joined(separator: "、") ?? ""),
             .number(formatHundredths(entry.victoryPoints))]
        }
        let qualifiers = standings.entries.filter(\.isQualified).map { entry -> [ReportCell] in
            [.number(String(entry.rank)), .number(String(entry.team.rawValue)), .text(name(entry.team)),
             .number(formatHundredths(entry.victoryPoints))]
        }
        let notes = provisionalNotes(standings)
        return ReportDocument(title: "\(info.name) \(labels.awardList)\(standings.isFinal ? "" : labels.provisionalTitle)",
                              subtitle: subtitle(info), sections: [
            ReportSection(heading: labels.awardList,
                          columns: [ReportColumn(labels.rank, numeric: true), ReportColumn(labels.award),
                                    ReportColumn(labels.teamNumber, numeric: true), ReportColumn(labels.teamName),
                                    ReportColumn(labels.players), ReportColumn(labels.victoryPoints, numeric: true)],
                          rows: prizes, notes: notes),
            ReportSection(heading: "\(labels.qualifiers) (\(awards.qualifiers))",
                          columns: [ReportColumn(labels.rank, numeric: true), ReportColumn(labels.teamNumber, numeric: true),
                                    ReportColumn(labels.teamName), ReportColumn(labels.victoryPoints, numeric: true)],
                          rows: qualifiers),
        ], sectionColumn: labels.section, labels: labels)
    }

    public func awardsJSON(_ standings: Standings) -> JSONValue {
        .object([
            ("competition", .string(info.id.rawValue)),
            ("after-round", .integer(standings.afterRound)),
            ("provisional", .bool(standings.isProvisional)),
            ("final", .bool(standings.isFinal)),
            ("prizes", .array(standings.entries.filter { $0.award != nil }.map { entry in
                .object([("rank", .integer(entry.rank)), ("award", .string(entry.award!.id)),
                         ("team", .integer(entry.team.rawValue)), ("name", .string(name(entry.team))),
                         ("players", .array((teams[entry.team]?.players ?? []).map(JSONValue.string))),
                         ("vp", .number(formatHundredths(entry.victoryPoints)))])
            })),
            ("qualifiers", .array(standings.entries.filter(\.isQualified).map { entry in
                .object([("rank", .integer(entry.rank)), ("team", .integer(entry.team.rawValue)),
                         ("name", .string(name(entry.team)))])
            })),
        ])
    }
}
