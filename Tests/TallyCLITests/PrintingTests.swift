import Foundation
import Testing

/// Certificates and score sheets (formats spec §4, issue 20): HTML checked against golden
/// files, PDF printed by a headless Chromium and read back with poppler (`pdfinfo`,
/// `pdftotext`) where they are installed — `.ci/run` installs both and requires the test.
@Suite("Certificates and score sheets", .serialized)
struct PrintingTests {
    static func installed(_ program: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }
    static let canPrint = installed("chromium") && installed("pdfinfo") && installed("pdftotext")
    static let required = ProcessInfo.processInfo.environment["TALLY_REQUIRE_CHROMIUM"] == "1"

    static func pdfinfo(_ file: String) throws -> String {
        try TallyProcess.runTool("/usr/bin/env", ["pdfinfo", file]).standardOutput
    }

    static func pdftext(_ file: String) throws -> String {
        try TallyProcess.runTool("/usr/bin/env", ["pdftotext", "-layout", file, "-"]).standardOutput
    }

    @Test("certificates as HTML: one page per award winner, the default Chinese page, golden")
    func certificatesHTML() throws {
        let workspace = try WorkbookTests().revealed()
        defer { workspace.remove() }
        let file = workspace.folder.appendingPathComponent("certificates.html").path
        #expect(try workspace.tally("certificates", "--output", file).standardOutput == "\(file): 8 certificates\n")
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(html.components(separatedBy: "<section class=\"page\">").count - 1 == 8)
        try expectGolden(html, "certificates.html")
        let titles = workspace.folder.appendingPathComponent("titles.html").path
        #expect(try workspace.tally("certificates", "--titles", "--output", titles).standardOutput == "\(titles): 10 certificates\n")
        #expect(try String(contentsOfFile: titles, encoding: .utf8).contains("工匠"))
    }

    @Test("certificates need revealed names; an organiser's template is escaped; without Chromium the PDF names the package and the HTML way")
    func certificateRefusals() throws {
        let workspace = try SkillsWorkflowTests().prepared()
        defer { workspace.remove() }
        let refused = try workspace.tally("certificates", "--output", workspace.folder.appendingPathComponent("c.html").path, expect: 2)
        #expect(refused.standardError.contains("is not revealed yet"), "\(refused.standardError)")
        try workspace.tally("certificates", "--output", "c.txt", expect: 64)

        let revealed = try WorkbookTests().revealed()
        defer { revealed.remove() }
        try revealed.tally("entrants", "edit", "A01", "--trade", "electrician", "--name", "<b>孙丽</b>", "--reason", "测试转义")
        let template = revealed.folder.appendingPathComponent("page.mustache").path
        try "<p class=\"who\">{{name}} · {{honour}} · {{trade}}</p>".write(toFile: template, atomically: true, encoding: .utf8)
        let custom = revealed.folder.appendingPathComponent("custom.html").path
        try revealed.tally("certificates", "--trade", "electrician", "--template", template, "--output", custom)
        let html = try String(contentsOfFile: custom, encoding: .utf8)
        #expect(html.contains("&lt;b&gt;孙丽&lt;/b&gt;") && !html.contains("<b>孙丽"), "\(html)")

        let pdf = revealed.folder.appendingPathComponent("c.pdf").path
        let none = try TallyProcess.run(["certificates", "--output", pdf], in: revealed.folder,
                                        environment: ["TALLY_DB": revealed.database, "TALLY_CHROMIUM": "/nonexistent/chromium"])
        #expect(none.status == 1)
        #expect(none.standardError.contains("apt-get install chromium") && none.standardError.contains(".html"), "\(none.standardError)")
        #expect(!FileManager.default.fileExists(atPath: pdf))

        // A Chromium that fails is quoted; one that never finishes is stopped at the time limit.
        for (script, limit, said) in [("echo 'cannot open display' >&2; exit 3", "60", "could not print the PDF: cannot open display"),
                                      ("exec sleep 60", "1", "did not finish printing within 1 seconds")] {
            let fake = revealed.folder.appendingPathComponent("fake-chromium").path
            try "#!/bin/sh\n\(script)\n".write(toFile: fake, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake)
            let started = Date()
            let failed = try TallyProcess.run(["certificates", "--output", pdf], in: revealed.folder,
                                              environment: ["TALLY_DB": revealed.database, "TALLY_CHROMIUM": fake, "TALLY_PRINT_SECONDS": limit])
            #expect(failed.status == 1 && failed.standardError.contains(said), "\(failed.standardError)")
            #expect(Date().timeIntervalSince(started) < 30)
            #expect(!FileManager.default.fileExists(atPath: pdf))
        }
    }

    @Test("certificates as PDF: A4 landscape, a page each, the names readable by pdftotext",
          .enabled(if: canPrint || required, "chromium and poppler-utils are not installed (apt-get install chromium poppler-utils fonts-noto-cjk)"))
    func certificatesPDF() throws {
        let workspace = try WorkbookTests().revealed()
        defer { workspace.remove() }
        let file = workspace.folder.appendingPathComponent("certificates.pdf").path
        try workspace.tally("certificates", "--output", file)
        let info = try Self.pdfinfo(file)
        #expect(info.contains("Pages:           8"), "\(info)")
        #expect(info.contains("841.92 x 595") || info.contains("842 x 595") || info.contains("841.92 x 594.96"), "\(info)")
        let text = try Self.pdftext(file)
        #expect(text.contains("荣誉证书") && text.contains("一等奖") && text.contains("测试区总工会"), "\(text)")
    }

    @Test("bridge prize teams get a certificate each with their players")
    func bridgeCertificates() throws {
        let workspace = try BridgeWorkflowTests().pairedSwiss()
        defer { workspace.remove() }
        try workspace.tally("results", "import", PBNFromOtherProgramsTests.folder.appendingPathComponent("round1.csv").path)
        let file = workspace.folder.appendingPathComponent("prizes.html").path
        #expect(try workspace.tally("certificates", "--output", file).standardOutput == "\(file): 1 certificate\n")
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(html.contains("队员：") && html.range(of: "队员[0-9]+-1 ", options: .regularExpression) != nil, "\(html)")
    }

    @Test("score sheets: a page per seat, codes in draw order and never names, each item's scale, signatures; golden")
    func scoreSheets() throws {
        let workspace = try SkillsWorkflowTests().prepared()
        defer { workspace.remove() }
        let file = workspace.folder.appendingPathComponent("sheets.html").path
        #expect(try workspace.tally("sheets", "--trade", "electrician", "--output", file).standardOutput == "\(file): 3 score sheets of 6 codes\n")
        let html = try String(contentsOfFile: file, encoding: .utf8)
        try expectGolden(html, "score-sheets.html")
        #expect(html.components(separatedBy: "<section class=\"sheet\">").count - 1 == 3)
        #expect(html.contains("裁判长签名") && html.contains("0–100"))
        let listed = try workspace.tally("entrants", "list", "--trade", "electrician", "--format", "json").standardOutput
        let names = try #require(try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [String: Any])["entrants"] as? [[String: Any]]
        for name in (names ?? []).compactMap({ $0["name"] as? String }) { #expect(!html.contains(name)) }
        let one = workspace.folder.appendingPathComponent("j2.html").path
        #expect(try workspace.tally("sheets", "--trade", "electrician", "--judge", "J2", "--output", one).standardOutput == "\(one): 1 score sheet of 6 codes\n")
        try workspace.tally("sheets", "--trade", "electrician", "--judge", "J9", "--output", one, expect: 1)
    }

    @Test("score sheets as PDF read back with pdftotext",
          .enabled(if: canPrint || required, "chromium and poppler-utils are not installed"))
    func scoreSheetsPDF() throws {
        let workspace = try SkillsWorkflowTests().prepared()
        defer { workspace.remove() }
        let file = workspace.folder.appendingPathComponent("sheets.pdf").path
        try workspace.tally("sheets", "--trade", "electrician", "--output", file)
        #expect(try Self.pdfinfo(file).contains("Pages:           3"))
        let text = try Self.pdftext(file)
        #expect(text.contains("A01") && text.contains("裁判员签名"), "\(text)")
    }
}
