import CSVReading
import Foundation
import Testing

/// What an organiser, chief judge and bridge director hit before the award ceremony (issue 16):
/// corrections of registered details, withdrawn marks and imports, reads that never create a
/// database, and the small things with real consequences.
@Suite("Organiser fixes", .serialized)
struct OrganiserFixesTests {
    let skills = SkillsWorkflowTests()
    let roles = ReliabilityTests()

    @Test("entrants edit: a misspelt name is corrected before the award list, the audit keeps the old details")
    func entrantsEdit() throws {
        let workspace = try skills.prepared()
        defer { workspace.remove() }
        let before = try workspace.tally("entrants", "list", "--trade", "electrician", "--format", "json").standardOutput
        #expect(before.contains("\"A01\""))
        let code = "a01"     // codes match whatever the case
        try workspace.tally("entrants", "edit", code, "--trade", "electrician", "--name", " 张叁丰 ", "--organisation", "东湖茶业公司 ",
                            "--reason", "报名表笔误")
        let after = try workspace.tally("entrants", "list", "--trade", "electrician", "--format", "json").standardOutput
        #expect(after.contains("\"张叁丰\""))
        #expect(after.contains("\"东湖茶业公司\""))
        let audit = try workspace.tally("audit", "--format", "json").standardOutput
        #expect(audit.contains("\"entrant.edit\""))
        #expect(audit.contains("报名表笔误"))
        // No reason, nothing to change, an unknown code: refused, nothing written.
        let dump = try workspace.dump()
        try workspace.tally("entrants", "edit", "A01", "--trade", "electrician", "--name", "x", expect: 64)
        try workspace.tally("entrants", "edit", "A01", "--trade", "electrician", "--reason", "r", expect: 1)
        try workspace.tally("entrants", "edit", "A99", "--trade", "electrician", "--name", "x", "--reason", "r", expect: 1)
        #expect(try workspace.dump() == dump)

        // After the reveal the name is on the award list.
        try workspace.tally("mark", "--trade", "electrician", "--code", "A03", "--component", "practical",
                            "--judge", "J2", "84", "--correct", "--reason", "复核")
        try workspace.tally("lock", "--trade", "electrician")
        try workspace.tally("reveal", "--trade", "electrician")
        try workspace.tally("entrants", "edit", "A01", "--trade", "electrician", "--name", "张三丰", "--reason", "身份证核对")
        let awards = try workspace.tally("awards", "--trade", "electrician").standardOutput
        #expect(!awards.contains("张叁丰"))
    }

    @Test("entrants edit after the reveal is the chief judge's; before it the desk's")
    func entrantsEditRoles() throws {
        let workspace = try roles.prepared(entrants: 2)
        defer { workspace.remove() }
        try workspace.tally("entrants", "edit", "A0001", "--trade", "welder", "--name", "选手一", "--reason", "笔误", "--operator", "录分员")
        let judge = try workspace.tally("entrants", "edit", "A0001", "--trade", "welder", "--name", "选手壹", "--reason", "笔误",
                                        "--operator", "评委1", expect: 2)
        #expect(judge.standardError.contains("judge 评委1"))
        for code in ["A0001", "A0002"] {
            try workspace.tally("entrants", "set-status", code, "--trade", "welder", "absent", "--operator", "录分员")
        }
        try workspace.tally("lock", "--trade", "welder", "--operator", "裁判长")
        try workspace.tally("reveal", "--trade", "welder", "--operator", "裁判长")
        let desk = try workspace.tally("entrants", "edit", "A0001", "--trade", "welder", "--name", "选手壹", "--reason", "笔误",
                                       "--operator", "录分员", expect: 2)
        #expect(desk.standardError.contains("trade 'welder' is revealed"), "\(desk.standardError)")
        try workspace.tally("entrants", "edit", "A0001", "--trade", "welder", "--name", "选手壹", "--reason", "笔误",
                            "--operator", "裁判长")
    }

    @Test("teams edit: name and line-up corrected, audited with the old details")
    func teamsEdit() throws {
        let workspace = try BridgeWorkflowTests().pairedSwiss()
        defer { workspace.remove() }
        let edited = try workspace.tally("teams", "edit", "3", "--name", "中铁三局队", "--players", "甲;乙；丙、丁", "--reason", "更正")
        #expect(edited.standardOutput == "team 3: 中铁三局队 / 中铁3局 / 甲、乙、丙、丁\n")
        let teams = try workspace.tally("teams", "list", "--format", "json").standardOutput
        #expect(teams.contains("中铁三局队") && teams.contains("\"丁\""))
        let audit = try workspace.tally("audit", "--format", "json").standardOutput
        #expect(audit.contains("\"team.edit\"") && audit.contains("中铁3局队 / 中铁3局 / 队员3-1"))
        try workspace.tally("teams", "edit", "12", "--name", "x", "--reason", "r", expect: 1)
        try workspace.tally("teams", "edit", "3", "--players", " ; ", "--reason", "r", expect: 1)
    }

    @Test("teams edit is the desk's before round 1 is paired and the director's after")
    func teamsEditRoles() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let definition = try String(contentsOf: BridgeWorkflowTests.fixtures.appendingPathComponent("swiss-9.yaml"), encoding: .utf8)
            + "\nofficials:\n  - { name: 裁判长, role: chief-judge }\n  - { name: 记分员, role: operator }\n"
        let file = workspace.folder.appendingPathComponent("swiss-officials.yaml").path
        try definition.write(toFile: file, atomically: true, encoding: .utf8)
        try workspace.tally("init", file, "--operator", "裁判长")
        try workspace.tally("teams", "import", try BridgeWorkflowTests().writeTeams(9, in: workspace), "--operator", "记分员")
        try workspace.tally("teams", "edit", "1", "--name", "一队", "--reason", "笔误", "--operator", "记分员")
        try workspace.tally("round", "pair", "--operator", "裁判长")
        let refused = try workspace.tally("teams", "edit", "1", "--name", "壹队", "--reason", "笔误", "--operator", "记分员", expect: 2)
        #expect(refused.standardError.contains("the event has begun"), "\(refused.standardError)")
        try workspace.tally("teams", "edit", "1", "--name", "壹队", "--reason", "笔误", "--operator", "裁判长")
    }

    @Test("mark --withdraw removes a mark keyed in by mistake; the audit keeps it and verify still agrees")
    func withdrawMark() throws {
        let workspace = try skills.prepared()
        defer { workspace.remove() }
        let withdrawn = try workspace.tally("mark", "--trade", "electrician", "--code", "A01", "--component", "practical",
                                            "--judge", "J1", "--withdraw", "--reason", "录错了选手")
        #expect(withdrawn.standardOutput.hasSuffix("withdrawn\n"))
        try workspace.tally("mark", "--trade", "electrician", "--code", "A01", "--component", "practical",
                            "--judge", "J1", "--withdraw", "--reason", "again", expect: 1)
        try workspace.tally("mark", "--trade", "electrician", "--code", "A01", "--component", "practical",
                            "--judge", "J1", "--withdraw", expect: 64)
        // The slot is free again.
        try workspace.tally("mark", "--trade", "electrician", "--code", "A01", "--component", "practical", "--judge", "J1", "88")
        try workspace.tally("verify")
        let audit = try workspace.tally("audit", "--format", "json").standardOutput
        #expect(audit.contains("\"mark.withdraw\"") && audit.contains("录错了选手"))
        // Not on a locked trade.
        try workspace.tally("mark", "--trade", "electrician", "--code", "A03", "--component", "practical",
                            "--judge", "J2", "84", "--correct", "--reason", "复核")
        try workspace.tally("lock", "--trade", "electrician")
        try workspace.tally("mark", "--trade", "electrician", "--code", "A01", "--component", "theory",
                            "--withdraw", "--reason", "x", expect: 2)
    }

    @Test("marks undo-import takes back a whole file imported by mistake, in one audited step")
    func undoImport() throws {
        let workspace = try skills.prepared()
        defer { workspace.remove() }
        let file = workspace.fixture("marks.csv")
        try workspace.tally("mark", "--trade", "electrician", "--code", "A03", "--component", "practical",
                            "--judge", "J2", "84", "--correct", "--reason", "复核")
        let corrected = try workspace.tally("marks", "undo-import", file, "--reason", "错站文件", expect: 2)
        #expect(corrected.standardError.contains("1 mark of the import"), "\(corrected.standardError)")
        try workspace.tally("mark", "--trade", "electrician", "--code", "A03", "--component", "practical",
                            "--judge", "J2", "--withdraw", "--reason", "复核")
        let undone = try workspace.tally("marks", "undo-import", file, "--reason", "错站文件").standardOutput
        #expect(undone == "\(file): 47 marks withdrawn\n")
        try workspace.tally("verify")
        try workspace.tally("marks", "undo-import", file, "--reason", "again", expect: 1)
        // The right file goes in again.
        #expect(try workspace.tally("marks", "import", file).standardOutput == "\(file): 48 marks imported\n")
    }

    @Test("results import reports every bad line at once: what does not read with what does not belong, and repeats by their other line")
    func everyBadResultAtOnce() throws {
        let workspace = try BridgeWorkflowTests().pairedSwiss()
        defer { workspace.remove() }
        try workspace.tally("result", "--round", "1", "--board", "1", "--team", "2", "--seat", "EW", "4S", "N", "10")
        let rows = [
            "round,board,team,seat,contract,declarer,tricks",
            "1,1,1,NS,8NT,S,9",        // 2: does not read
            "1,9,1,NS,3NT,S,9",        // 3: board not in the round
            "1,2,3,NS,3NS,,9",         // 4: the declarer written into the contract
            "1,3,9,NS,3NT,S,9",        // 5: team 9 has the bye
            "1,3,4,NS,3NT,S,14",       // 6: 14 tricks
            "1,4,4,NS,3NT,S,9",        // 7
            "1,4,4,NS,3NT,S,10",       // 8: the same place again
            "1,1,2,EW,3NT,S,9",        // 9: stored already
        ]
        let file = workspace.folder.appendingPathComponent("bad.csv").path
        try (rows.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let before = try workspace.dump()
        let result = try workspace.tally("results", "import", file, expect: 1)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines == [
            "\(file):2: error: invalid contract '8NT': level 8 is out of range; expected 1–7",
            "\(file):3: error: board 9 is not played in round 1; expected 1–4",
            "\(file):4: error: invalid contract '3NS': 'S' looks like the declarer; write it apart: 3NT S",
            "\(file):5: error: team 9 is not paired in round 1",
            "\(file):6: error: tricks 14 is out of range; expected 0–13",
            "\(file):8: error: the result of round 1 board 4 team 4 NS is given twice (also at line 7)",
            "\(file):9: error: a result is already stored for round 1 board 1 team 2 EW (4S N 10 NS 420); correct it with tally result … --correct --reason R",
        ], "\(result.standardError)")
        #expect(try workspace.dump() == before)
    }

    @Test("a refusal changes nothing but its own audit row, which keeps the whole reason")
    func refusalsKeepTheirReason() throws {
        let workspace = try skills.prepared()
        defer { workspace.remove() }
        let refused = try workspace.tally("lock", "--trade", "electrician", expect: 2)
        #expect(refused.standardError.contains("A03: open discrepancy"))
        let audit = try workspace.tally("audit", "--format", "json").standardOutput
        let json = try #require(try JSONSerialization.jsonObject(with: Data(audit.utf8)) as? [String: Any])
        let entries = try #require(json["entries"] as? [[String: Any]])
        let refusal = try #require(entries.last { $0["action"] as? String == "refused" })
        let reason = try #require(refusal["reason"] as? String)
        #expect(reason.hasPrefix("trade 'electrician' cannot be locked yet: "))
        #expect(reason.contains("A03: open discrepancy on practical"), "\(reason)")
    }

    /// The records of a CSV file as a spreadsheet reads them (tally's own RFC 4180 reader,
    /// which also takes GB18030).
    static func records(ofCSV path: String) throws -> [[String]] {
        let reader = try CSVReader(path: path, displayName: path)
        var records: [[String]] = []
        while let record = try reader.next() { records.append(record.fields) }
        return records
    }

    @Test("every CSV listing is one rectangular table with a column for its sections, in UTF-8 or GB18030")
    func csvIsOneTable() throws {
        let workspace = try skills.prepared()
        defer { workspace.remove() }
        try workspace.tally("mark", "--trade", "electrician", "--code", "A03", "--component", "practical",
                            "--judge", "J2", "84", "--correct", "--reason", "复核")
        for trade in ["electrician", "tea-art"] {
            try workspace.tally("lock", "--trade", trade)
            try workspace.tally("reveal", "--trade", trade)
        }
        let bridge = try BridgeWorkflowTests().pairedSwiss()
        defer { bridge.remove() }
        try bridge.tally("results", "import", PBNFromOtherProgramsTests.folder.appendingPathComponent("round1.csv").path)
        let listings: [(Workspace, [String], String)] = [
            (workspace, ["awards"], "类别"), (workspace, ["standings"], "竞赛项目"), (workspace, ["organisations"], "类别"),
            (bridge, ["matches", "--round", "1"], "Match"), (bridge, ["awards"], "Section"),
        ]
        for (place, command, sectionColumn) in listings {
            for encoding in ["utf8", "gb18030"] {
                let file = place.folder.appendingPathComponent("\(command[0])-\(encoding).csv").path
                try place.tally(command + ["--format", "csv", "--encoding", encoding, "--output", file])
                let records = try Self.records(ofCSV: file)
                #expect(records.count > 2, "\(command)")
                #expect(records.first?.first == sectionColumn, "\(command): \(records.first ?? [])")
                #expect(Set(records.map(\.count)).count == 1, "\(command) \(encoding): rows of \(Set(records.map(\.count))) fields")
                let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
                #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]) == (encoding == "utf8"), "\(command) \(encoding)")
            }
        }
        try workspace.tally("awards", "--encoding", "gb18030", expect: 64)
    }

    @Test("the competition's language everywhere: audit headings, an empty list, the bridge footnotes; audit times local with the offset")
    func languageAndTimes() throws {
        let workspace = try skills.prepared()
        defer { workspace.remove() }
        try workspace.tally("mark", "--trade", "electrician", "--code", "A03", "--component", "practical",
                            "--judge", "J2", "84", "--correct", "--reason", "复核")
        let none = try workspace.tally("discrepancies", "--trade", "electrician").standardOutput
        #expect(none.contains("（无）") && !none.contains("(none)"), "\(none)")
        let beijing = try TallyProcess.run(["audit"], in: workspace.folder, environment: [
            "TALLY_DB": workspace.database, "TZ": "Asia/Shanghai",
        ])
        #expect(beijing.standardOutput.contains("时间") && beijing.standardOutput.contains("操作人"))
        #expect(beijing.standardOutput.contains("2023-02-15T17:00:00+08:00"), "\(beijing.standardOutput)")
        let utc = try TallyProcess.run(["audit", "--utc"], in: workspace.folder, environment: [
            "TALLY_DB": workspace.database, "TZ": "Asia/Shanghai",
        ])
        #expect(utc.standardOutput.contains("2023-02-15T09:00:00Z") && !utc.standardOutput.contains("+08:00"))

        // A bridge event in Chinese, one round of seven played, a board missing.
        let bridge = try Workspace()
        defer { bridge.remove() }
        try bridge.tally("init", BridgeWorkflowTests.fixtures.appendingPathComponent("round-robin-8.yaml").path)
        try bridge.tally("teams", "import", try BridgeWorkflowTests().writeTeams(8, in: bridge))
        try bridge.tally("round", "pair")
        try bridge.tally("result", "--round", "1", "--board", "1", "--table", "1", "--room", "open", "3NT", "S", "9")
        let standings = try bridge.tally("standings").standardOutput
        #expect(standings.contains("尚有比赛结果未录入") && !standings.contains("评分尚未录齐"), "\(standings)")
        #expect(standings.contains("比赛尚未结束（共 7 轮，已赛 1 轮）：奖项与出线均为临时结果"), "\(standings)")
        let json = try bridge.tally("standings", "--format", "json").standardOutput
        #expect(json.contains("\"final\": false"))
    }

    @Test("a VP penalty shows in its own column with its reason; the cross-table shows a bye's VPs")
    func penaltyAndBye() throws {
        let workspace = try BridgeWorkflowTests().pairedSwiss()
        defer { workspace.remove() }
        try workspace.tally("results", "import", PBNFromOtherProgramsTests.folder.appendingPathComponent("round1.csv").path)
        try workspace.tally("penalty", "--team", "3", "--round", "1", "1.5", "--reason", "迟到")
        let standings = try workspace.tally("standings").standardOutput
        #expect(standings.contains("Penalty") && standings.contains("−1.50"), "\(standings)")
        #expect(standings.contains("Penalty: 3 中铁3局队, round 1, −1.50 (迟到)"), "\(standings)")
        let json = try workspace.tally("standings", "--format", "json").standardOutput
        #expect(json.contains("\"penalty\": 1.50") && json.contains("\"reason\": \"迟到\""), "\(json)")
        let cross = try workspace.tally("crosstable").standardOutput
        #expect(cross.contains("Bye 12.00"), "\(cross)")
    }

    @Test("an import that finds nothing is an error, not \"0 imported\", and writes nothing", arguments: [
        (["entrants", "import"], "trade,name,organisation\n", "entrant"), (["marks", "import"], "trade,code,component,judge,mark\n", "mark"),
        (["times", "import"], "trade,code,component,seconds\n", "time"),
    ])
    func headerOnlyImports(command: [String], text: String, what: String) throws {
        let workspace = try skills.prepared()
        defer { workspace.remove() }
        let file = workspace.folder.appendingPathComponent("header.csv").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let before = try workspace.dump()
        let result = try workspace.tally(command + [file] + (command[0] == "entrants" ? ["--seed", "1"] : []), expect: 1)
        #expect(result.standardError == "\(file): error: the file holds no \(what), only its header\n")
        #expect(try workspace.dump() == before)
    }

    @Test("a teams file with only its header is an error")
    func headerOnlyTeams() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.tally("init", BridgeWorkflowTests.fixtures.appendingPathComponent("swiss-9.yaml").path)
        let file = workspace.folder.appendingPathComponent("teams.csv").path
        try "number,name,players\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try workspace.tally("teams", "import", file, expect: 1)
        #expect(result.standardError == "\(file): error: the file holds no team, only its header\n")
    }

    @Test("a command that only reads never creates a database", arguments: [
        ["standings"], ["audit"], ["round", "show"], ["export", "pbn"], ["verify"], ["entrants", "list"],
    ])
    func readsCreateNothing(arguments: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TallyProcess.run(arguments, in: folder, environment: ["TALLY_DB": nil])
        #expect(result.status == 1)
        #expect(result.standardError == "error: no database at tally.sqlite; create one with tally init FILE\n", "\(result.standardError)")
        let mistyped = try TallyProcess.run(arguments + ["--db", "tally.sqlit"], in: folder, environment: ["TALLY_DB": nil])
        #expect(mistyped.standardError == "error: no database at tally.sqlit; create one with tally init FILE\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("small things: trimmed registrations, codes in any case, round show --round, --version, backup --force, who the operator is")
    func smallThings() throws {
        let workspace = try skills.prepared()
        defer { workspace.remove() }
        try workspace.tally("entrants", "add", "--trade", "electrician", "--name", " 李四 ", "--organisation", "东湖茶业公司 ",
                            "--code", "b01")
        let listed = try workspace.tally("entrants", "list", "--trade", "electrician", "--format", "json").standardOutput
        #expect(listed.contains("\"B01\"") && listed.contains("\"东湖茶业公司\"") && listed.contains("\"李四\""))
        try workspace.tally("entrants", "add", "--trade", "electrician", "--name", "王五", "--organisation", "x", "--code", "B01",
                            expect: 1)
        try workspace.tally("mark", "--trade", "electrician", "--code", "b01", "--component", "theory", "77")

        let version = try TallyProcess.run(["--version"], in: workspace.folder)
        #expect(version.status == 0 && version.standardOutput.hasPrefix("tally 0."))
        for shell in ["bash", "zsh", "fish"] {     // what scripts/install puts in place
            let completion = try TallyProcess.run(["--generate-completion-script", shell], in: workspace.folder)
            #expect(completion.status == 0 && completion.standardOutput.contains("undo-import"), "\(shell)")
        }

        let copy = workspace.folder.appendingPathComponent("copy.sqlite").path
        try workspace.tally("backup", copy, "--operator", "裁判长")
        let again = try workspace.tally("backup", copy, expect: 1)
        #expect(again.standardError.contains("exists; give --force"))
        try workspace.tally("backup", copy, "--force")
        #expect(try workspace.tally("audit", "--format", "json").standardOutput.contains("\"backup\""))

        let bridge = try BridgeWorkflowTests().pairedSwiss()
        defer { bridge.remove() }
        #expect(try bridge.tally("round", "show", "--round", "1").standardOutput == bridge.tally("round", "show", "1").standardOutput)
        try bridge.tally("round", "show", "1", "--round", "2", expect: 64)
    }

    @Test("with no official named, the refusal says where the name came from")
    func unnamedOperator() throws {
        let workspace = try roles.prepared(entrants: 1)
        defer { workspace.remove() }
        let result = try TallyProcess.run(["entrants", "add", "--trade", "welder", "--name", "x", "--organisation", "y"],
                                          in: workspace.folder, environment: ["TALLY_DB": workspace.database, "TALLY_OPERATOR": nil, "USER": nil])
        #expect(result.status == 2)
        #expect(result.standardError.contains("'operator' is not a declared official"))
        #expect(result.standardError.contains("no --operator was given"), "\(result.standardError)")
    }
}
