import BridgeScoring
import CompetitionModel
import Foundation
import Reports
import SkillsScoring
import Testing

/// Every report in every format, rendered in-process from fixed engine results and compared
/// with its golden file in Tests/ReportsTests/Golden. `TALLY_UPDATE_GOLDEN=1 swift test
/// --filter ReportGoldenTests` writes the files instead (review the diff before committing).
@Suite("Reports match their golden files")
struct ReportGoldenTests {
    static let skills = ReportFixtures.skills
    static let revealed = ReportFixtures.published(revealed: true)
    static let awards = SkillsAwards(competition: skills, trades: revealed, includingOrganisations: true)
    static let anonymous = ReportFixtures.published(revealed: false)
    static let event = ReportFixtures.event
    static let standings = event.standings()
    static let bridge = BridgeReports(event: event)

    /// A report's document and JSON.
    struct Rendered: Sendable, CustomStringConvertible {
        var name: String
        var document: @Sendable () -> ReportDocument
        var json: @Sendable () -> JSONValue
        var description: String { name }
    }

    static let reports: [Rendered] = [
        Rendered(name: "skills-standings", document: { SkillsStandingsReport(info: skills.info, trades: revealed).document() },
                 json: { SkillsStandingsReport(info: skills.info, trades: revealed).json(singleTrade: false) }),
        Rendered(name: "skills-standings-anonymous",
                 document: { SkillsStandingsReport(info: skills.info, trades: [anonymous[0]]).document() },
                 json: { SkillsStandingsReport(info: skills.info, trades: [anonymous[0]]).json(singleTrade: true) }),
        Rendered(name: "skills-awards",
                 document: { SkillsAwardListReport(awards).document() },
                 json: { SkillsAwardListReport(awards).json() }),
        Rendered(name: "skills-organisations", document: { OrganisationReport(competition: skills, table: awards.organisations!).document() },
                 json: { OrganisationReport(competition: skills, table: awards.organisations!).json() }),
        Rendered(name: "skills-discrepancies", document: { DiscrepancyReport(info: skills.info, trades: anonymous).document() },
                 json: { DiscrepancyReport(info: skills.info, trades: anonymous).json() }),
        Rendered(name: "skills-recheck",
                 document: { RecheckReport(info: skills.info, trade: revealed[0], seed: 7, codes: ["A02", "A05", "A04"]).document() },
                 json: { RecheckReport(info: skills.info, trade: revealed[0], seed: 7, codes: ["A02", "A05", "A04"]).json() }),
        Rendered(name: "skills-entrants",
                 document: { EntrantListReport(competition: skills, competitionID: "small-skills", entrants: entrants).document() },
                 json: { EntrantListReport(competition: skills, competitionID: "small-skills", entrants: entrants).json() }),
        // Beijing time, whatever the machine's zone: 09:00Z is 17:00+08:00.
        Rendered(name: "audit",
                 document: { AuditReport(info: skills.info, clock: .local(TimeZone(identifier: "Asia/Shanghai")!)).document(ReportFixtures.audit) },
                 json: { .array(ReportFixtures.audit.map(AuditReport(info: skills.info, clock: .local(TimeZone(identifier: "Asia/Shanghai")!)).json)) }),
        Rendered(name: "bridge-standings", document: { bridge.standingsDocument(standings) }, json: { bridge.standingsJSON(standings) }),
        Rendered(name: "bridge-awards", document: { bridge.awardsDocument(standings, awards: event.competition.awards) },
                 json: { bridge.awardsJSON(standings) }),
        Rendered(name: "bridge-round", document: { bridge.roundDocument(event.rounds[1].pairing, round: 2) },
                 json: { bridge.roundJSON(event.rounds[1].pairing, round: 2) }),
        Rendered(name: "bridge-match-sheets", document: { bridge.matchSheets(round: 1) }, json: { bridge.matchSheetsJSON(round: 1) }),
        Rendered(name: "bridge-crosstable", document: { bridge.crossTable(standings) }, json: { bridge.crossTableJSON(standings) }),
        Rendered(name: "bridge-teams", document: { TeamListReport(event: event, competitionID: "swiss-4").document() },
                 json: { TeamListReport(event: event, competitionID: "swiss-4").json() }),
    ]

    static var entrants: [EntrantRow] {
        ReportFixtures.rows.sorted { $0.key < $1.key }.flatMap { trade, rows in
            rows.map { EntrantRow(trade: trade, code: EntrantCode($0.code), name: $0.name, organisation: $0.organisation,
                                  station: "S\($0.code.dropFirst())", status: $0.theory == nil ? .absent : .registered,
                                  statusReason: $0.theory == nil ? "未到场" : nil) }
        }
    }

    @Test("every report in every text format", arguments: reports, OutputFormat.allCases.filter { $0 != .xlsx })
    func golden(_ report: Rendered, _ format: OutputFormat) throws {
        let text = format == .json ? report.json().pretty() + "\n" : format.render(report.document())!
        let extensions: [OutputFormat: String] = [.table: "txt", .json: "json", .csv: "csv", .markdown: "md", .html: "html"]
        try expectGolden(text, "\(report.name).\(extensions[format]!)")
    }
}

/// Compares `actual` with Golden/`name`; with `TALLY_UPDATE_GOLDEN=1`, writes it instead.
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
    if ProcessInfo.processInfo.environment["TALLY_UPDATE_GOLDEN"] == "1" {
        try Data(actual.utf8).write(to: url)
        return
    }
    // Compared as bytes: a CSV's byte-order mark and CR LF line ends are part of the output.
    let expected = try Data(contentsOf: url)
    #expect(Data(actual.utf8) == expected, "differs from Golden/\(name):\n\(actual)", sourceLocation: sourceLocation)
}
