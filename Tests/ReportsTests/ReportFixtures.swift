import BridgeScoring
import CompetitionConfig
import CompetitionModel
import ExactNumbers
import SkillsScoring

/// Fixed engine results that every report is rendered from: a two-trade skills competition
/// and a four-team Swiss of two rounds, built in-process (no database, no binary).
enum ReportFixtures {
    static let skillsYAML = """
        competition:
          id: small-skills
          name: 小型职业技能竞赛
          kind: skills
          organiser: 测试区总工会
          date: 2023-02-15
          decimals: 2
          language: zh
        scoring:
          components:
            - { id: theory, name: 理论, weight: 30, pass: 60, marking: single }
            - { id: practical, name: 实操, weight: 70, pass: 60, marking: panel, judges: 3, aggregate: median, tolerance: 10 }
          tie-breaks: [practical, time]
        titles:
          - { id: craftsman, name: 工匠, rank: 1, min-total: 85 }
          - { id: talent, name: 优秀技能人才, awards: [first, second, third] }
        organisations:
          score: best-2
        trades:
          - { id: electrician, name: 电工 }
          - { id: tea-art, name: 茶艺师 }
        """

    static let bridgeYAML = """
        competition:
          id: swiss-4
          name: 四队积分编排赛
          kind: bridge-teams
          date: 2023-03-01
          organiser: 测试工会
        bridge:
          movement: swiss
          teams: 4
          rounds: 2
          boards-per-round: 2
          board-numbering: continuous
          form: robot
          robot-tables: 1
          victory-points: wbf-2013
        awards:
          levels:
            - { id: first, name: 一等奖, count: 1 }
          qualifiers: 2
        """

    static var skills: SkillsCompetition {
        guard case .skills(let skills) = try! DefinitionLoader.parse(yaml: skillsYAML, file: "small-skills.yaml") else {
            fatalError("not a skills definition")
        }
        return skills
    }

    static var bridge: BridgeCompetition {
        guard case .bridgeTeams(let bridge) = try! DefinitionLoader.parse(yaml: bridgeYAML, file: "swiss-4.yaml") else {
            fatalError("not a bridge definition")
        }
        return bridge
    }

    /// (code, name, organisation, theory, practical J1–J3, seconds); `nil` theory: absent.
    typealias Row = (code: String, name: String, organisation: String, theory: String?, practical: [String], seconds: Int)

    static let rows: [TradeID: [Row]] = [
        "electrician": [
            ("A01", "王建国", "天河供电局", "90", ["88", "90", "89"], 3_000),
            ("A02", "李红", "天河供电局", "85", ["92", "91", "93"], 2_900),
            ("A03", "张伟", "城东电力", "78", ["86", "60", "85"], 3_100),
            ("A04", "赵敏", "城东电力", "66", ["70", "72", "71"], 3_300),
            ("A05", "陈立", "西区工会", "88", ["88", "90", "89"], 2_950),
            ("A06", "周强", "西区工会", nil, [], 0),
        ],
        "tea-art": [
            ("A01", "孙丽", "天河供电局", "95", ["90", "91", "92"], 1_800),
            ("A02", "吴芳", "城东电力", "80", ["85", "84", "86"], 1_900),
            ("A03", "郑洁", "西区工会", "59", ["70", "75", "72"], 2_000),
        ],
    ]

    /// Every trade scored; names shown only when `revealed`.
    static func published(revealed: Bool) -> [PublishedTrade] {
        let competition = skills
        return competition.trades.map { trade in
            let rows = rows[trade.id] ?? []
            let records = rows.map { row in
                var marks: [Mark] = []
                if let theory = row.theory {
                    marks.append(Mark(component: "theory", value: Rational(decimal: theory)!))
                    for (seat, value) in row.practical.enumerated() {
                        marks.append(Mark(component: "practical", judge: seat + 1, value: Rational(decimal: value)!))
                    }
                }
                return EntrantRecord(code: EntrantCode(row.code), organisation: row.organisation,
                                     status: row.theory == nil ? .absent : .registered, marks: marks,
                                     seconds: row.theory == nil ? [:] : ["practical": row.seconds])
            }
            let result = TradeScorer(trade: trade.id, rules: trade.rules, decimals: competition.info.decimals)
                .score(records, rulings: [])
            return PublishedTrade(trade: trade, result: result, isLocked: revealed, isRevealed: revealed,
                                  names: Dictionary(uniqueKeysWithValues: rows.map { (EntrantCode($0.code), $0.name) }))
        }
    }

    /// The Swiss after two rounds: round 1 seeded 1–2, 3–4; round 2 on its standings.
    static var event: BridgeSnapshot {
        let teams = [(1, "东风队", ["甲", "乙", "丙", "丁"]), (2, "南山队", ["戊", "己", "庚", "辛"]),
                     (3, "西岭队", ["壬", "癸", "子", "丑"]), (4, "北湖队", ["寅", "卯", "辰", "巳"])]
            .map { TeamRow(number: TeamNumber($0.0), name: $0.1, organisation: "测试工会", players: $0.2) }
        let rounds = [
            StoredRound(number: 1, pairing: RoundPairing(tables: [.init(number: 1, home: 1, away: 2), .init(number: 2, home: 3, away: 4)],
                                                         bye: nil), seed: nil, pairedOnRound: 0),
            StoredRound(number: 2, pairing: RoundPairing(tables: [.init(number: 1, home: 1, away: 3), .init(number: 2, home: 2, away: 4)],
                                                         bye: nil), seed: nil, pairedOnRound: 1),
        ]
        // (round, board, team, NS score of the team's own table with the team sitting NS)
        let scores: [(Int, Int, Int, Int)] = [
            (1, 1, 1, 420), (1, 1, 2, -50), (1, 2, 1, 100), (1, 2, 2, 620),
            (1, 1, 3, 450), (1, 1, 4, 420), (1, 2, 3, -200), (1, 2, 4, 110),
            (2, 3, 1, 1430), (2, 3, 3, 680), (2, 4, 1, -100), (2, 4, 3, 140),
            (2, 3, 2, 300), (2, 3, 4, 300), (2, 4, 2, 50), (2, 4, 4, -800),
        ]
        let results = scores.map { round, board, team, score in
            ResultEntry(source: "fixture", line: 0, round: round, board: board, team: TeamNumber(team), seat: .northSouth,
                        northSouthScore: score)
        }
        return BridgeSnapshot(competition: bridge, teams: teams, rounds: rounds, results: results, forfeits: [:],
                              penalties: [], deals: [:])
    }

    /// A short audit trail.
    static let audit: [AuditEntry] = [
        AuditEntry(id: 1, at: "2023-02-15T09:00:00Z", operator: "裁判长", action: "definition.load", competition: "small-skills",
                   newValue: "skills competition 'small-skills', 2 trades, 2 titles"),
        AuditEntry(id: 2, at: "2023-02-15T10:00:00Z", operator: "录分员", action: "mark.enter", competition: "small-skills",
                   trade: "electrician", code: "A03", component: "practical", judge: 2, newValue: "60", source: "marks.csv:9"),
        AuditEntry(id: 3, at: "2023-02-15T11:00:00Z", operator: "裁判长", action: "mark.correct", competition: "small-skills",
                   trade: "electrician", code: "A03", component: "practical", judge: 2, oldValue: "60", newValue: "84",
                   reason: "复核评分表：录入错误, \"J2\""),
    ]
}
