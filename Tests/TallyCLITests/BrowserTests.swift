import CompetitionService
import Foundation
import Testing

/// The pages in a real browser (web spec §6): Debian's Chromium driven over WebDriver against a
/// `tally serve` process — a judge on a tablet-sized window, the board updating without a
/// reload after a desk import at the command line, the chief judge locking and revealing.
/// Skipped, saying which packages to install, where the browser is missing; `.ci/run` installs
/// it and requires these tests.
@Suite("Pages in a browser", .serialized, .enabled(if: WebDriver.available || WebDriver.required, "\(WebDriver.missing)"))
struct BrowserTests {
    /// Three entrants of the panel-of-eight trade, passwords for the chief judge, the desk and
    /// judge 1, and the server.
    func started() throws -> (Workspace, TallyProcess.Running, String) {
        let workspace = try ReliabilityTests().prepared(entrants: 3)
        let desk = try CompetitionService(databasePath: workspace.database).desk(nil)
        for name in ["裁判长", "录分员", "评委1"] { try desk.setPassword(official: name, password: "\(name)-password", operator: "裁判长") }
        let (server, port, _) = try ServeTests().serve(workspace)
        return (workspace, server, "http://127.0.0.1:\(port)")
    }


    /// Writes a marks file: theory for every entrant and, with `panel`, every judge's practical mark.
    func marks(_ workspace: Workspace, panel: Bool) throws -> String {
        var lines = ["trade,code,component,judge,mark"]
        for index in 1...3 {
            let code = ReliabilityTests().code(index)
            lines.append("welder,\(code),theory,,\(70 + index)")
            if panel { for seat in 1...8 { lines.append("welder,\(code),practical,J\(seat),\(80 + index)") } }
        }
        let path = workspace.folder.appendingPathComponent(panel ? "all.csv" : "theory.csv").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("a judge on a 768×1024 window signs in, fills a row, sees it saved; a wrong value is refused beside its field")
    func judgeOnATablet() async throws { try await offThePool { try judgeOnATabletInOwnThread() } }

    func judgeOnATabletInOwnThread() throws {
        let (workspace, server, base) = try started()
        defer { _ = server.stop(); workspace.remove() }
        let browser = try WebDriver(width: 768, height: 1024)
        try browser.signIn(at: base, to: "panel-of-eight", as: "评委1")
        #expect(browser.wait(timeout: 5) { try browser.url().hasSuffix("/c/panel-of-eight/judge") })
        #expect((try browser.run("return window.innerWidth") as? Int ?? 0) <= 768)
        #expect(try browser.run("return document.querySelector('input.mark').inputMode") as? String == "decimal")
        try browser.type("86.5", into: "input[form=\"form-row-welder-J1-A0001\"]")
        try browser.click("#form-row-welder-J1-A0001 button")
        #expect(browser.wait(timeout: 5) { try browser.text("#row-welder-J1-A0001").contains("86.5") })
        #expect((try? browser.element("input[form=\"form-row-welder-J1-A0001\"]", timeout: 0.5)) == nil)     // saved: no field
        try browser.type("120", into: "input[form=\"form-row-welder-J1-A0002\"]")
        try browser.click("#form-row-welder-J1-A0002 button")
        #expect(browser.wait(timeout: 5) { try browser.text("#row-welder-J1-A0002 .error-text").contains("above the max 100") })
        let stored = try CompetitionService(databasePath: workspace.database).desk(nil).auditTrail().filter { $0.action == "mark.enter" }
        #expect(stored.count == 1 && stored[0].operator == "评委1" && stored[0].newValue == "86.5")
        #expect((stored.first?.source ?? "").hasPrefix("web 127.0.0.1"))
    }

    @Test("the board changes without a reload after a marks import at the desk's command line")
    func liveBoard() async throws { try await offThePool { try liveBoardInOwnThread() } }

    func liveBoardInOwnThread() throws {
        let (workspace, server, base) = try started()
        defer { _ = server.stop(); workspace.remove() }
        let board = try WebDriver()
        try board.open("\(base)/c/panel-of-eight/board")
        #expect(try board.text("main").contains("Competed 0/3"))
        #expect(board.wait(timeout: 5) { try board.text("#live-status") == "●" })     // the stream is open
        _ = try board.run("window.tallyMarker = 42; return 1")
        try workspace.tally("marks", "import", try marks(workspace, panel: false), "--operator", "录分员")
        let started = Date()
        #expect(board.wait(timeout: 5) { try board.text("main").contains("Competed 3/3") })
        #expect(Date().timeIntervalSince(started) < 3)
        #expect(try board.run("return window.tallyMarker") as? Int == 42)      // the same page: not reloaded
    }

    @Test("the chief judge locks and reveals in the browser; the board in another window shows the names")
    func lockAndReveal() async throws { try await offThePool { try lockAndRevealInOwnThread() } }

    func lockAndRevealInOwnThread() throws {
        let (workspace, server, base) = try started()
        defer { _ = server.stop(); workspace.remove() }
        try workspace.tally("marks", "import", try marks(workspace, panel: true), "--operator", "录分员")
        let board = try WebDriver()
        try board.open("\(base)/c/panel-of-eight/board")
        #expect(!(try board.text("main").contains("选手1")))
        _ = try board.run("window.tallyMarker = 7; return 1")
        let chief = try WebDriver()
        try chief.signIn(at: base, to: "panel-of-eight", as: "裁判长")
        #expect(chief.wait(timeout: 5) { try chief.url().hasSuffix("/c/panel-of-eight/chief") })
        try chief.click("#trade-welder form[action$=\"/lock\"] button")
        #expect(chief.wait(timeout: 5) { try chief.text(".notice.ok").contains("lock") })
        try chief.click("#trade-welder form[action$=\"/reveal\"] button")
        #expect(chief.wait(timeout: 5) { try chief.text(".notice.ok").contains("reveal") })
        #expect(board.wait(timeout: 5) { try board.text("main").contains("选手3") })
        #expect(try board.run("return window.tallyMarker") as? Int == 7)
    }
}

extension WebDriver {
    /// Signs `name` in to `competition` through its sign-in page (the browser tests' passwords
    /// are the name followed by `-password`).
    func signIn(at base: String, to competition: String, as name: String) throws {
        try open("\(base)/c/\(competition)/login")
        try click("option[value=\"\(name)\"]")
        try type("\(name)-password", into: "#password")
        try click("main form button[type=submit]")
        _ = wait(timeout: 5) { try !url().hasSuffix("/login") }
    }
}
