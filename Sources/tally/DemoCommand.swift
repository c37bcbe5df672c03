import ArgumentParser
import CompetitionService
import Foundation
import Printing
import Reports
import Workbooks

/// `tally demo`: both of the article's competitions, end to end, on a fresh database.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run both seed competitions end to end and write their award lists.",
        discussion: """
            Creates (or replaces) the demo database, loads the 万盛工匠杯 skills competition and \
            the 中铁 bridge team championship with their seed data, walks the judging workflow \
            (draw, marks, a correction, lock, reveal), plays the 7 Swiss rounds, prints a \
            summary and writes award lists (HTML, CSV, JSON, Excel), certificates (HTML; PDF where a \
            headless Chromium is installed) and USEBIO/PBN files.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Folder for the award lists and exports.", valueName: "dir")) var output = "demo-output"
    @Option(help: ArgumentHelp("Folder holding competitions/ and seeds/ (found automatically).", valueName: "dir"))
    var seeds: String?

    func run() throws {
        let scenario = DemoScenario(root: try DemoSeeds.locate(seeds).root)
        let folder = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let databasePath = global.db ?? folder.appendingPathComponent("demo.sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
        let service = try CompetitionService(databasePath: databasePath, clock: { "2023-02-15T09:00:00Z" }, createIfMissing: true)
        let (skills, bridge) = try scenario.run(service) { print("▸ \($0)") }
        let written = try writeOutputs(skills: skills, bridge: bridge, folder: folder)
        print("")
        print(DemoSummary(skills: skills, bridge: bridge).text)
        print("Files in \(output)/: \(written.joined(separator: ", "))")
        print("Database: \(databasePath)")
    }

    /// Writes the award lists and interchange files; returns their names.
    private func writeOutputs(skills: DemoScenario.SkillsOutcome, bridge: DemoScenario.BridgeOutcome,
                              folder: URL) throws -> [String] {
        var written: [String] = []
        func write(_ name: String, _ text: String) throws {
            try OutputDestination(output: folder.appendingPathComponent(name).path).write(text)
            written.append(name)
        }
        let awards = SkillsAwardListReport(skills.awards)
        try write("wansheng-awards.html", HTMLRenderer.render(awards.document()))
        try write("wansheng-awards.csv", CSVRenderer.render(awards.document()))
        try write("wansheng-awards.json", awards.json().pretty() + "\n")
        let standings = SkillsStandingsReport(info: skills.competition.info, trades: skills.trades)
        try write("wansheng-standings.json", standings.json(singleTrade: false).pretty() + "\n")
        try XLSXWriter.write(Worksheet.sheets(of: awards.document()), to: folder.appendingPathComponent("wansheng-awards.xlsx"))
        written.append("wansheng-awards.xlsx")
        func certificates(_ name: String, _ list: [Certificate], title: String) throws {
            let html = try CertificateBook(title: title, certificates: list).html()
            try write("\(name).html", html)
            // PDF where a headless Chromium is installed (formats spec §4); the HTML prints from any browser.
            if PDFPrinter.chromium() != nil {
                try PDFPrinter.print(html: html, to: folder.appendingPathComponent("\(name).pdf").path)
                written.append("\(name).pdf")
            }
        }
        try certificates("wansheng-certificates", try Certificate.skills(skills.awards, titles: false), title: skills.competition.info.name)

        let reports = BridgeReports(event: bridge.event)
        let awardsDocument = reports.awardsDocument(bridge.standings, awards: bridge.competition.awards)
        try write("crec-awards.html", HTMLRenderer.render(awardsDocument))
        try write("crec-awards.csv", CSVRenderer.render(awardsDocument))
        try write("crec-awards.json", reports.awardsJSON(bridge.standings).pretty() + "\n")
        try write("crec-standings.json", reports.standingsJSON(bridge.standings).pretty() + "\n")
        try write("crec-crosstable.html", HTMLRenderer.render(reports.crossTable(bridge.standings)))
        try write("crec.usebio.xml", try bridge.exports.usebio())
        try write("crec.pbn", bridge.exports.pbn)
        try XLSXWriter.write(Worksheet.sheets(of: awardsDocument), to: folder.appendingPathComponent("crec-awards.xlsx"))
        written.append("crec-awards.xlsx")
        try certificates("crec-certificates", Certificate.bridge(bridge.event, standings: bridge.standings),
                         title: bridge.competition.info.name)
        return written
    }
}
