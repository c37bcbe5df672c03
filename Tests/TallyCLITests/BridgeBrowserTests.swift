import CompetitionService
import Foundation
import Testing

/// A small Swiss run in a real browser (issue 19): the director pairs round 1 on the
/// director's page, the scorer enters every result at the table pages — each form showing its
/// score before it is saved — and the projector board in another window changes without a
/// reload, the top of the field large and the rest paging. Skipped like the other browser
/// tests where Chromium is missing.
@Suite("Bridge in a browser", .serialized, .enabled(if: WebDriver.available || WebDriver.required, "\(WebDriver.missing)"))
struct BridgeBrowserTests {
    static let id = "swiss-4"

    @Test("one round entered at the table pages moves the live board; each score shows before it is saved")
    func oneRoundAtTheTables() async throws { try await offThePool { try oneRoundAtTheTablesInOwnThread() } }

    func oneRoundAtTheTablesInOwnThread() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let fixtures = TallyProcess.repository.appendingPathComponent("Tests/TallyWebTests/Fixtures")
        try workspace.tally("init", fixtures.appendingPathComponent("swiss-4.yaml").path, "--operator", "裁判长")
        try workspace.tally("teams", "import", fixtures.appendingPathComponent("teams-4.csv").path, "--operator", "记分员")
        let desk = try CompetitionService(databasePath: workspace.database).desk(nil)
        for name in ["裁判长", "记分员"] { try desk.setPassword(official: name, password: "\(name)-password", operator: "裁判长") }
        let (server, port, _) = try ServeTests().serve(workspace)
        defer { _ = server.stop() }
        let base = "http://127.0.0.1:\(port)"

        // The hall's board: one team on top, the other three in pages of two, turned by hand here.
        let board = try WebDriver()
        try board.open("\(base)/c/\(Self.id)/board?top=1&rows=2&seconds=600")
        #expect(board.wait(timeout: 5) { try board.text("#live-status") == "●" })
        _ = try board.run("window.tallyMarker = 19; return 1")
        let before = try board.text("main")

        let director = try WebDriver()
        try director.signIn(at: base, to: Self.id, as: "裁判长")
        try director.open("\(base)/c/\(Self.id)/director")
        try director.click("#pair")
        #expect(director.wait(timeout: 5) { try director.text(".notice.ok").contains("round 1: 2 matches") })
        #expect(board.wait(timeout: 5) { try board.text("main") != before })      // the round's matches appear

        let scorer = try WebDriver(width: 1024, height: 768)
        try scorer.signIn(at: base, to: Self.id, as: "记分员")
        let pairing = try desk.round(1).round.pairing
        for table in pairing.tables {
            try scorer.open("\(base)/c/\(Self.id)/tables/1/\(table.number)")
            for board in 1...2 {
                for (team, tricks) in [(table.home, 10), (table.away, 9)] {
                    let form = "#b\(board)-t\(team)-NS form"
                    try scorer.type("4", into: "\(form) select[name=level]")
                    try scorer.type("S", into: "\(form) select[name=strain]")
                    try scorer.type("N", into: "\(form) select[name=declarer]")
                    _ = try scorer.run("var f = document.querySelector('\(form)'); f.elements.tricks.value = '\(tricks)';"
                                       + " f.elements.tricks.dispatchEvent(new Event('change', {bubbles: true})); return 1")
                    // Board 1 nobody vulnerable, board 2 North-South (Law 2).
                    let expected = tricks == 10 ? (board == 1 ? "NS 420" : "NS 620") : (board == 1 ? "NS -50" : "NS -100")
                    #expect(scorer.wait(timeout: 5) { try scorer.text("\(form) output.preview") == expected }, "\(form)")
                    try scorer.click("\(form) button[type=submit]")
                    #expect(scorer.wait(timeout: 5) { try scorer.text("#b\(board)-t\(team)-NS .saved").hasSuffix(expected) }, "\(form)")
                }
            }
        }

        // The board, not reloaded, shows the standings after round 1 as the command line has them.
        let standings = try JSONSerialization.jsonObject(with: Data(workspace.tally("standings", "--format", "json").standardOutput.utf8))
        let leader = try #require(((standings as? [String: Any])?["entries"] as? [[String: Any]])?.first?["name"] as? String)
        #expect(board.wait(timeout: 5) { try board.text("section.standings tr.top").contains(leader) }, "\(leader)")
        #expect(try board.run("return window.tallyMarker") as? Int == 19)
        #expect(try board.text("section.standings caption.pager") == "1 / 2")
        let firstPage = try board.run("return [...document.querySelectorAll('section.standings tr[data-page]')].filter(r => !r.hidden).length") as? Int
        #expect(firstPage == 2)
        _ = try board.run("window.tallyNextPage(); return 1")
        #expect(try board.text("section.standings caption.pager") == "2 / 2")
        let secondPage = try board.run("return [...document.querySelectorAll('section.standings tr[data-page]')].filter(r => !r.hidden).length") as? Int
        #expect(secondPage == 1)
    }
}
