import Foundation
import Testing

/// A whole small competition driven through the `tally` binary, as a data-entry desk, a chief
/// judge and an organiser would run it.
@Suite("Skills workflow, end to end", .serialized)
struct SkillsWorkflowTests {
    /// init → entrants (drawn codes) → marks → times → absent.
    func prepared() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.tally("init", workspace.fixture("small-skills.yaml"))
        try workspace.tally("entrants", "import", workspace.fixture("entrants.csv"), "--seed", "2023")
        try workspace.tally("entrants", "set-status", "A07", "--trade", "electrician", "absent", "--reason", "未到场")
        try workspace.tally("marks", "import", workspace.fixture("marks.csv"))
        try workspace.tally("times", "import", workspace.fixture("times.csv"))
        return workspace
    }

    @Test("the whole day: discrepancy, refused lock, correction, lock, reveal, award list")
    func wholeDay() throws {
        let workspace = try prepared()
        defer { workspace.remove() }

        try expectGolden(try workspace.tally("discrepancies").standardOutput, "skills-discrepancies.txt")
        try expectGolden(try workspace.tally("standings", "--trade", "electrician").standardOutput,
                         "skills-standings-anonymous.txt")

        let refused = try workspace.tally("lock", "--trade", "electrician", expect: 2)
        #expect(refused.standardError.contains("A03: open discrepancy on practical (spread 26 > tolerance 10: J1 86, J2 60, J3 85)"))
        try workspace.tally("reveal", "--trade", "electrician", expect: 2)

        try workspace.tally("mark", "--trade", "electrician", "--code", "A03", "--component", "practical",
                            "--judge", "J2", "84", "--correct", "--reason", "复核评分表：录入错误")
        try workspace.tally("lock", "--trade", "electrician")
        try workspace.tally("lock", "--trade", "tea-art")
        let locked = try workspace.tally("mark", "--trade", "electrician", "--code", "A01", "--component", "theory",
                                         "91", "--correct", "--reason", "x", expect: 2)
        #expect(locked.standardError.contains("trade 'electrician' is locked"))
        try workspace.tally("reveal", "--trade", "electrician")
        try workspace.tally("reveal", "--trade", "tea-art")

        try expectGolden(try workspace.tally("standings").standardOutput, "skills-standings.txt")
        try expectGolden(try workspace.tally("awards", "--format", "html").standardOutput, "skills-awards.html")
        try expectGolden(try workspace.tally("awards", "--format", "markdown").standardOutput, "skills-awards.md")
        try expectGolden(try workspace.tally("organisations").standardOutput, "skills-organisations.txt")

        let audit = try workspace.tally("audit", "--trade", "electrician", "--format", "json").standardOutput
        #expect(audit.contains("\"action\": \"mark.correct\""))
        #expect(audit.contains("\"old\": \"60\""))
        #expect(audit.contains("\"reason\": \"复核评分表：录入错误\""))

        // The streamed CSV lists what the JSON lists, one record each, for Excel.
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(audit.utf8)) as? [String: Any])["entries"] as? [Any]
        let csv = try workspace.tally("audit", "--trade", "electrician", "--format", "csv").standardOutput
        // Headed in the competition's language (zh).
        #expect(csv.hasPrefix("\u{FEFF}时间,操作人,操作,竞赛项目,参赛号,评分项,裁判,评分细项,原值,新值,原因,来源\r\n"))
        #expect(csv.hasSuffix("\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count - 2 == entries?.count)
        #expect(csv.contains(",mark.correct,electrician,"))
    }

    @Test("standings JSON follows the stable schema, with names null until the reveal")
    func standingsJSON() throws {
        let workspace = try prepared()
        defer { workspace.remove() }
        let before = try workspace.tally("standings", "--trade", "electrician", "--format", "json").standardOutput
        let object = try #require(try JSONSerialization.jsonObject(with: Data(before.utf8)) as? [String: Any])
        #expect(object["competition"] as? String == "small-skills")
        #expect(object["trade"] as? String == "electrician")
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(entries.map { $0["code"] as? String } == ["A01", "A03", "A05", "A02", "A06", "A04", "A07"])
        #expect(entries.map { $0["rank"] as? Int } == [1, 2, 3, 4, 5, 6, nil])
        #expect(entries.allSatisfy { $0["name"] is NSNull })
        #expect(entries[0]["total"] as? Double == 89.3)
        #expect(entries[0]["award"] as? String == "first")
        #expect(entries[4]["eligible"] as? Bool == false)          // A06: theory 55
        #expect(entries[4]["award"] is NSNull)
        #expect(entries[6]["status"] as? String == "absent")

        try workspace.tally("discrepancies", "confirm", "--trade", "electrician", "--code", "A03",
                            "--component", "practical", "--reason", "裁判长确认评分有效")
        try workspace.tally("lock", "--trade", "electrician")
        try workspace.tally("reveal", "--trade", "electrician")
        let after = try workspace.tally("standings", "--trade", "electrician", "--format", "json").standardOutput
        let revealed = try #require(try JSONSerialization.jsonObject(with: Data(after.utf8)) as? [String: Any])
        let named = try #require(revealed["entries"] as? [[String: Any]])
        #expect(named[0]["name"] as? String == "孙丽")
        #expect(named[0]["organisation"] as? String == "一局")
    }

    @Test("CSV output carries a byte-order mark for Excel")
    func csvOutput() throws {
        let workspace = try prepared()
        defer { workspace.remove() }
        let output = workspace.folder.appendingPathComponent("standings.csv").path
        try workspace.tally("standings", "--format", "csv", "--output", output)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: bytes, as: UTF8.self).contains("名次,参赛号,姓名,单位,理论,实操,总成绩,奖项\r\n"))
    }

    static let badFiles: [(String, String)] = [
        ("bad-unknown-trade.csv", "bad-unknown-trade.csv:3: error: unknown trade 'welding'; expected one of: electrician, tea-art"),
        ("bad-unknown-code.csv", "bad-unknown-code.csv:3: error: unknown code 'A09' in trade 'electrician'"),
        ("bad-above-max.csv", "bad-above-max.csv:3: error: mark 100.5 is above the max 100 of component 'theory'"),
        ("bad-judge-beyond.csv", "bad-judge-beyond.csv:3: error: judge J4 is beyond the panel of 3 for 'practical'; expected J1–J3"),
        ("bad-duplicate.csv", "bad-duplicate.csv:3: error: duplicate mark for A01 theory (also at line 2)"),
    ]

    @Test("each bad marks file is refused with its line, and the database is left byte for byte as it was",
          arguments: badFiles)
    func badInput(file: String, message: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.tally("init", workspace.fixture("small-skills.yaml"))
        try workspace.tally("entrants", "import", workspace.fixture("entrants.csv"), "--seed", "2023")
        let before = try workspace.dump()
        try FileManager.default.copyItem(atPath: workspace.fixture(file),
                                         toPath: workspace.folder.appendingPathComponent(file).path)
        let result = try workspace.tally("marks", "import", file, expect: 1)
        #expect(result.standardError == message + "\n")
        #expect(try workspace.dump() == before)
    }

    @Test("importing the marks twice is refused whole: every row is already stored")
    func reimport() throws {
        let workspace = try prepared()
        defer { workspace.remove() }
        let before = try workspace.dump()
        let result = try workspace.tally("marks", "import", workspace.fixture("marks.csv"), expect: 1)
        #expect(result.standardError.contains("duplicate mark for A01 theory: a mark is already stored"))
        #expect(try workspace.dump() == before)
    }

    @Test("a GB18030 entrants file (as Excel saves on Chinese Windows) imports with its names intact")
    func gb18030() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.tally("init", workspace.fixture("small-skills.yaml"))
        try workspace.tally("entrants", "import", workspace.fixture("entrants-gb18030.csv"))
        let list = try workspace.tally("entrants", "list", "--format", "json").standardOutput
        #expect(list.contains("\"name\": \"张林阳\""))
        #expect(list.contains("\"organisation\": \"黄渤海新区\""))
    }

    @Test("the draw is reproducible from its seed")
    func draw() throws {
        let first = try Workspace(), second = try Workspace()
        defer { first.remove(); second.remove() }
        for workspace in [first, second] {
            try workspace.tally("init", workspace.fixture("small-skills.yaml"))
            try workspace.tally("entrants", "import", workspace.fixture("entrants.csv"), "--seed", "2023")
        }
        let listing = { (workspace: Workspace) in try workspace.tally("entrants", "list", "--format", "csv").standardOutput }
        #expect(try listing(first) == listing(second))
        let missingSeed = try Workspace()
        defer { missingSeed.remove() }
        try missingSeed.tally("init", missingSeed.fixture("small-skills.yaml"))
        let result = try missingSeed.tally("entrants", "import", missingSeed.fixture("entrants.csv"), expect: 1)
        #expect(result.standardError.contains("trade 'electrician' has no codes; give --seed N to draw them"))
    }

    @Test("two desks entering marks at the same moment both succeed")
    func concurrentDesks() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.tally("init", workspace.fixture("small-skills.yaml"))
        try workspace.tally("entrants", "import", workspace.fixture("entrants.csv"), "--seed", "2023")
        let lines = try String(contentsOfFile: workspace.fixture("marks.csv"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let header = lines[0]
        let electrician = [header] + lines.filter { $0.hasPrefix("electrician,") }
        let tea = [header] + lines.filter { $0.hasPrefix("tea-art,") }
        for (name, rows) in [("desk1.csv", electrician), ("desk2.csv", tea)] {
            try (rows.joined(separator: "\n") + "\n").write(to: workspace.folder.appendingPathComponent(name),
                                                             atomically: true, encoding: .utf8)
        }
        let environment = ["TALLY_DB": workspace.database]
        let desks = try ["desk1.csv", "desk2.csv"].map {
            try TallyProcess.start(["marks", "import", $0], in: workspace.folder, environment: environment)
        }
        let results = desks.map { $0.finish() }
        #expect(results.map(\.status) == [0, 0], "\(results.map(\.standardError))")
        let audit = try workspace.tally("audit", "--format", "json").standardOutput
        #expect(audit.components(separatedBy: "\"mark.enter\"").count - 1 == 48)
    }

    @Test("re-running init with an edited definition is refused when stored marks contradict it")
    func reinit() throws {
        let workspace = try prepared()
        defer { workspace.remove() }
        let yaml = try String(contentsOfFile: workspace.fixture("small-skills.yaml"), encoding: .utf8)
        let edited = workspace.folder.appendingPathComponent("edited.yaml")
        try yaml.replacingOccurrences(of: "judges: 3, aggregate: median, tolerance: 10",
                                      with: "judges: 2, aggregate: mean, tolerance: 10")
            .write(to: edited, atomically: true, encoding: .utf8)
        let before = try workspace.dump()
        let result = try workspace.tally("init", edited.path, expect: 2)
        #expect(result.standardError.contains("trade 'electrician': a stored mark no longer fits: judge J3 is beyond the panel of 2"))
        #expect(try workspace.dump() == before)
        let renamed = workspace.folder.appendingPathComponent("renamed.yaml")
        try yaml.replacingOccurrences(of: "name: 小型职业技能竞赛", with: "name: 小型职业技能竞赛（决赛）")
            .write(to: renamed, atomically: true, encoding: .utf8)
        #expect(try workspace.tally("init", renamed.path).standardOutput.contains("updated"))
    }
}

@Suite("Recheck list")
struct RecheckTests {
    @Test("the same seed draws the same list, which holds every award winner and is audited")
    func recheck() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.tally("init", workspace.fixture("small-skills.yaml"))
        try workspace.tally("entrants", "import", workspace.fixture("entrants.csv"), "--seed", "2023")
        try workspace.tally("marks", "import", workspace.fixture("marks.csv"))
        let first = try workspace.tally("recheck", "--trade", "electrician", "--seed", "5", "--format", "json").standardOutput
        let second = try workspace.tally("recheck", "--trade", "electrician", "--seed", "5", "--format", "json").standardOutput
        #expect(first == second)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        let codes = try #require(object["codes"] as? [String])
        // Electrician: 6 competed (A07 has no mark); 4 award winners plus ⌈15% of the other 2⌉ = 1.
        #expect(codes.count == 5)
        #expect(Set(["A01", "A03", "A05", "A02"]).isSubset(of: Set(codes)))
        #expect(try workspace.tally("audit", "--format", "json").standardOutput.contains("\"action\": \"recheck.draw\""))
    }
}
