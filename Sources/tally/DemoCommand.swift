import ArgumentParser
import BridgeScoring
import CSVReading
import CompetitionConfig
import CompetitionStore
import ExactNumbers
import Foundation
import Reports
import SkillsScoring

/// `tally demo`: both of the article's competitions, end to end, on a fresh database.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run both seed competitions end to end and write their award lists.",
        discussion: """
            Creates (or replaces) the demo database, loads the 万盛工匠杯 skills competition and \
            the 中铁 bridge team championship with their seed data, walks the judging workflow \
            (draw, marks, a correction, lock, reveal), plays the 7 Swiss rounds, prints a \
            summary and writes award lists (HTML, CSV, JSON) and USEBIO/PBN files.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Folder for the award lists and exports.", valueName: "dir")) var output = "demo-output"
    @Option(help: ArgumentHelp("Folder holding competitions/ and seeds/ (found automatically).", valueName: "dir"))
    var seeds: String?

    static let drawSeed: UInt64 = 20230215
    static let chiefJudge = "裁判长"
    static let desk = "计分员"
    static let director = "桥牌裁判长"

    func run() throws {
        let seeds = try DemoSeeds.locate(seeds)
        let folder = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let databasePath = global.db ?? folder.appendingPathComponent("demo.sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
        let database = try TallyDatabase(path: databasePath, clock: { "2023-02-15T09:00:00Z" })

        let skills = try runSkills(database, seeds: seeds)
        let bridge = try runBridge(database, seeds: seeds)
        let written = try writeOutputs(skills: skills, bridge: bridge, database: database, folder: folder)
        print("")
        print(DemoSummary(skills: skills, bridge: bridge).text)
        print("Files in \(output)/: \(written.joined(separator: ", "))")
        print("Database: \(databasePath)")
    }

    struct SkillsOutcome {
        var competition: SkillsCompetition
        var trades: [PublishedTrade]
    }

    struct BridgeOutcome {
        var competition: BridgeCompetition
        var snapshot: BridgeSnapshot
        var standings: Standings
    }

    private func step(_ text: String) { print("▸ \(text)") }

    /// Loads a seed competition's definition, announces it as `name` and stores it.
    private func store(_ relativePath: String, as name: String, in database: TallyDatabase, seeds: DemoSeeds,
                       operator: String) throws -> (CompetitionDefinition, StoredCompetition) {
        let file = seeds.path(relativePath)
        let definition = try DefinitionLoader.load(path: file)
        step("\(name): definition loaded — \(definition.summary)")
        _ = try database.store(definition, source: try String(contentsOfFile: file, encoding: .utf8), operator: `operator`)
        return (definition, try database.competition(definition.info.id.rawValue))
    }

    private func runSkills(_ database: TallyDatabase, seeds: DemoSeeds) throws -> SkillsOutcome {
        let (definition, stored) = try store("competitions/wansheng-craftsman-2023.yaml", as: "万盛工匠杯", in: database,
                                             seeds: seeds, operator: Self.chiefJudge)
        guard case .skills(let skills) = definition else { throw CommandFailure(.invalidInput, message: "not a skills competition") }
        let entrants = try database.importEntrants(path: seeds.path("seeds/wansheng/entrants.csv"), displayName: "entrants.csv",
                                                   competition: stored, seed: Self.drawSeed, operator: Self.desk)
        step("\(entrants.rows) entrants registered; competitor codes and stations drawn with seed \(Self.drawSeed)")
        let marks = try database.importMarks(path: seeds.path("seeds/wansheng/marks.csv"), displayName: "marks.csv",
                                             competition: stored, operator: Self.desk)
        let times = try database.importTimes(path: seeds.path("seeds/wansheng/times.csv"), displayName: "times.csv",
                                             competition: stored, operator: Self.desk)
        step("\(marks.rows) judges' marks and \(times.rows) times imported")
        for row in try csvRows(seeds.path("seeds/wansheng/statuses.csv")) {
            guard let status = EntrantStatus(rawValue: row["status"] ?? "") else { continue }
            try database.setStatus(status, code: EntrantCode(row["code"] ?? ""), trade: TradeID(row["trade"] ?? ""),
                                   reason: row["reason"], competition: stored, operator: Self.chiefJudge)
            step("\(row["trade"] ?? "") \(row["code"] ?? ""): \(status.rawValue) (\(row["reason"] ?? ""))")
        }
        for discrepancy in try database.published(stored).flatMap(\.result.discrepancies) {
            let marks = discrepancy.marks.keys.sorted().map { "J\($0) \(discrepancy.marks[$0]!)" }.joined(separator: ", ")
            step("discrepancy: \(discrepancy.code) \(discrepancy.component) spread \(discrepancy.spread) > \(discrepancy.tolerance) (\(marks))")
        }
        for row in try csvRows(seeds.path("seeds/wansheng/corrections.csv")) {
            let judge = row["judge"].flatMap { Int($0.dropFirst()) }
            let entry = MarkEntry(trade: TradeID(row["trade"] ?? ""), code: EntrantCode(row["code"] ?? ""),
                                  slot: MarkSlot(component: ComponentID(row["component"] ?? ""), judge: judge),
                                  value: Rational(decimal: row["mark"] ?? "") ?? .zero)
            try database.enterMark(entry, correcting: row["reason"], competition: stored, operator: Self.chiefJudge)
            step("corrected \(entry.code) \(entry.slot.component) J\(judge ?? 0) → \(row["mark"] ?? ""): \(row["reason"] ?? "")")
        }
        for trade in skills.trades {
            try database.lock(trade: trade.id, competition: stored, decimals: skills.info.decimals, operator: Self.chiefJudge)
            try database.reveal(trade: trade.id, competition: stored, operator: Self.chiefJudge)
        }
        step("\(skills.trades.count) trades locked and revealed")
        return SkillsOutcome(competition: skills, trades: try database.published(stored))
    }

    private func runBridge(_ database: TallyDatabase, seeds: DemoSeeds) throws -> BridgeOutcome {
        let (definition, stored) = try store("competitions/crec-bridge-teams-2023.yaml", as: "中铁桥牌团体赛", in: database,
                                             seeds: seeds, operator: Self.director)
        guard case .bridgeTeams(let bridge) = definition else { throw CommandFailure(.invalidInput, message: "not a bridge event") }
        let teams = try database.importTeams(path: seeds.path("seeds/crec-bridge/teams.csv"), displayName: "teams.csv",
                                             competition: stored, operator: Self.director)
        let deals = try database.importDeals(path: seeds.path("seeds/crec-bridge/deals.pbn"), displayName: "deals.pbn",
                                             competition: stored, operator: Self.director)
        step("\(teams.rows) teams registered; \(deals.rows) deals stored")
        for round in 1...bridge.rules.rounds {
            let paired = try database.pairNextRound(competition: stored, seed: nil, operator: Self.director)
            let results = try database.importResults(path: seeds.path("seeds/crec-bridge/results-round\(round).csv"),
                                                     displayName: "results-round\(round).csv", competition: stored,
                                                     operator: Self.director)
            let leader = try database.bridgeSnapshot(stored).standings(after: round).entries.first
            step("round \(round): \(paired.pairing.tables.count) matches, bye \(paired.pairing.bye.map(String.init) ?? "—"), "
                 + "\(results.rows) results; leader \(leader.map { "\($0.team) (\(formatHundredths($0.victoryPoints)) VP)" } ?? "—")")
        }
        let snapshot = try database.bridgeSnapshot(stored)
        return BridgeOutcome(competition: bridge, snapshot: snapshot, standings: snapshot.standings())
    }

    /// Writes the award lists and interchange files; returns their names.
    private func writeOutputs(skills: SkillsOutcome, bridge: BridgeOutcome, database: TallyDatabase, folder: URL) throws -> [String] {
        var written: [String] = []
        func write(_ name: String, _ text: String) throws {
            try OutputDestination(output: folder.appendingPathComponent(name).path).write(text)
            written.append(name)
        }
        let awards = SkillsAwardListReport(competition: skills.competition, trades: skills.trades)
        try write("wansheng-awards.html", HTMLRenderer.render(awards.document(includeOrganisations: true)))
        try write("wansheng-awards.csv", CSVRenderer.render(awards.document(includeOrganisations: true)))
        try write("wansheng-awards.json", awards.json(includeOrganisations: true).pretty() + "\n")
        let standings = SkillsStandingsReport(info: skills.competition.info, trades: skills.trades)
        try write("wansheng-standings.json", standings.json(singleTrade: false).pretty() + "\n")

        let reports = BridgeReports(info: bridge.competition.info, rules: bridge.competition.rules,
                                    teams: bridge.snapshot.teams.map { TeamInfo(number: $0.number, name: $0.name, players: $0.players) },
                                    rounds: bridge.snapshot.roundRecords())
        try write("crec-awards.html", HTMLRenderer.render(reports.awardsDocument(bridge.standings, awards: bridge.competition.awards)))
        try write("crec-awards.csv", CSVRenderer.render(reports.awardsDocument(bridge.standings, awards: bridge.competition.awards)))
        try write("crec-awards.json", reports.awardsJSON(bridge.standings).pretty() + "\n")
        try write("crec-standings.json", reports.standingsJSON(bridge.standings).pretty() + "\n")
        try write("crec-crosstable.html", HTMLRenderer.render(reports.crossTable(bridge.standings)))
        try write("crec.usebio.xml", BridgeExports(snapshot: bridge.snapshot).usebio)
        try write("crec.pbn", BridgeExports(snapshot: bridge.snapshot).pbn)
        return written
    }

    /// The rows of a small CSV file by column name.
    private func csvRows(_ path: String) throws -> [[String: String]] {
        let reader = try CSVReader(path: path, displayName: (path as NSString).lastPathComponent)
        guard let header = try reader.next() else { return [] }
        var rows: [[String: String]] = []
        while let record = try reader.next() {
            rows.append(Dictionary(uniqueKeysWithValues: zip(header.fields, record.fields).map { ($0, $1) }))
        }
        return rows
    }
}
