import BridgeScoring
import CSVReading
import CompetitionConfig
import CompetitionModel
import Diagnostics
import Foundation
import SkillsScoring

/// Both of the source article's competitions, end to end, on a fresh database: the recipe
/// `tally demo` replays. Each step goes through the desk as an official's would and is
/// narrated to `step`.
public struct DemoScenario: Sendable {
    /// The folder holding `competitions/` and `seeds/`.
    public var root: URL
    public static let drawSeed: UInt64 = 20230215
    static let chiefJudge = "裁判长"
    static let desk = "计分员"
    static let director = "桥牌裁判长"

    public init(root: URL) { self.root = root }

    /// What the skills competition ended with.
    public struct SkillsOutcome: Sendable {
        public var competition: SkillsCompetition
        public var trades: [PublishedTrade]
        /// The award list of every trade, with titles and the organisation table.
        public var awards: SkillsAwards
    }

    /// What the bridge event ended with.
    public struct BridgeOutcome: Sendable {
        public var competition: BridgeCompetition
        public var event: BridgeSnapshot
        public var standings: Standings
        /// Its USEBIO and PBN files.
        public var exports: BridgeExports
    }

    /// Runs both competitions into `service`'s database, narrating each step.
    public func run(_ service: CompetitionService, step: (String) -> Void) throws -> (SkillsOutcome, BridgeOutcome) {
        (try runSkills(service, step: step), try runBridge(service, step: step))
    }

    private func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Loads a seed competition's definition, announces it as `name` and stores it.
    private func load(_ relativePath: String, as name: String, into service: CompetitionService, operator: String,
                      step: (String) -> Void) throws -> (CompetitionDefinition, CompetitionDesk) {
        let (definition, _) = try service.loadDefinition(file: path(relativePath), operator: `operator`)
        step("\(name): definition loaded — \(definition.summary)")
        return (definition, try service.desk(definition.info.id.rawValue))
    }

    private func runSkills(_ service: CompetitionService, step: (String) -> Void) throws -> SkillsOutcome {
        let (_, desk) = try load("competitions/wansheng-craftsman-2023.yaml", as: "万盛工匠杯", into: service,
                                 operator: Self.chiefJudge, step: step)
        let skills = try desk.competition.skills()
        let entrants = try desk.importEntrants(file: path("seeds/wansheng/entrants.csv"), displayName: "entrants.csv",
                                               seed: Self.drawSeed, operator: Self.desk)
        step("\(entrants.rows) entrants registered; competitor codes and stations drawn with seed \(Self.drawSeed)")
        let marks = try desk.importMarks(file: path("seeds/wansheng/marks.csv"), displayName: "marks.csv", operator: Self.desk)
        let times = try desk.importTimes(file: path("seeds/wansheng/times.csv"), displayName: "times.csv", operator: Self.desk)
        step("\(marks.rows) judges' marks and \(times.rows) times imported")
        for row in try rows(path("seeds/wansheng/statuses.csv")) {
            guard let status = EntrantStatus(rawValue: row["status"] ?? "") else { continue }
            try desk.setStatus(status, code: EntrantCode(row["code"] ?? ""), trade: TradeID(row["trade"] ?? ""),
                               reason: row["reason"], operator: Self.chiefJudge)
            step("\(row["trade"] ?? "") \(row["code"] ?? ""): \(status.rawValue) (\(row["reason"] ?? ""))")
        }
        for discrepancy in try desk.published().flatMap(\.result.discrepancies) {
            let marks = discrepancy.marks.keys.sorted().map { "J\($0) \(discrepancy.marks[$0]!)" }.joined(separator: ", ")
            step("discrepancy: \(discrepancy.code) \(discrepancy.component) spread \(discrepancy.spread) > \(discrepancy.tolerance) (\(marks))")
        }
        for row in try rows(path("seeds/wansheng/corrections.csv")) {
            let input = MarkInput(trade: TradeID(row["trade"] ?? ""), code: EntrantCode(row["code"] ?? ""),
                                  component: ComponentID(row["component"] ?? ""), judge: row["judge"], value: row["mark"] ?? "")
            let entry = try desk.enterMark(input, correcting: row["reason"], operator: Self.chiefJudge)
            step("corrected \(entry.code) \(entry.slot.component) J\(entry.slot.judge ?? 0) → \(input.value): \(row["reason"] ?? "")")
        }
        for trade in skills.trades {
            try desk.lock(trade: trade.id, operator: Self.chiefJudge)
            try desk.reveal(trade: trade.id, operator: Self.chiefJudge)
        }
        step("\(skills.trades.count) trades locked and revealed")
        let trades = try desk.published()
        return SkillsOutcome(competition: skills, trades: trades,
                             awards: SkillsAwards(competition: skills, trades: trades, includingOrganisations: true))
    }

    private func runBridge(_ service: CompetitionService, step: (String) -> Void) throws -> BridgeOutcome {
        let (_, desk) = try load("competitions/crec-bridge-teams-2023.yaml", as: "中铁桥牌团体赛", into: service,
                                 operator: Self.director, step: step)
        let bridge = try desk.competition.bridge()
        let teams = try desk.importTeams(file: path("seeds/crec-bridge/teams.csv"), displayName: "teams.csv",
                                         operator: Self.director)
        let deals = try desk.importDeals(file: path("seeds/crec-bridge/deals.pbn"), displayName: "deals.pbn",
                                         operator: Self.director)
        step("\(teams.rows) teams registered; \(deals.rows) deals stored")
        for round in 1...bridge.rules.rounds {
            let paired = try desk.pairNextRound(seed: nil, operator: Self.director)
            let results = try desk.importResults(file: path("seeds/crec-bridge/results-round\(round).csv"),
                                                 displayName: "results-round\(round).csv", operator: Self.director)
            let leader = try desk.bridgeEvent().standings(after: round).entries.first
            let pairing = paired.round.pairing
            step("round \(round): \(pairing.tables.count) matches, bye \(pairing.bye.map(String.init) ?? "—"), "
                 + "\(results.rows) results; leader \(leader.map { "\($0.team) (\(formatHundredths($0.victoryPoints)) VP)" } ?? "—")")
        }
        let exports = try desk.exports()
        return BridgeOutcome(competition: bridge, event: exports.snapshot, standings: exports.snapshot.standings(),
                             exports: exports)
    }

    /// The rows of a small CSV file of the seeds, by column name.
    private func rows(_ path: String) throws -> [[String: String]] {
        let reader = try CSVReader(path: path, displayName: (path as NSString).lastPathComponent)
        guard let header = try reader.next() else { return [] }
        var rows: [[String: String]] = []
        while let record = try reader.next() {
            rows.append(Dictionary(uniqueKeysWithValues: zip(header.fields, record.fields).map { ($0, $1) }))
        }
        return rows
    }
}
