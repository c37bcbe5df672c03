import CompetitionService
import Foundation
import Testing

/// The judging day run at the command line and again through `tally serve` — each judge
/// signed in posting their seat's marks, the desk the theory marks, the chief judge locking and
/// revealing — ends with byte-identical standings and award lists (issue 18's "done when").
@Suite("A judging day in the browser equals the command line's", .serialized)
struct WebJudgingDayTests {
    static let entrants = 12

    /// Every mark of the day: theory from the desk, the practical panel from the judges (a few
    /// spreads beyond the tolerance, so that discrepancies exist and are confirmed alike).
    static func marks() -> [(code: String, component: String, judge: Int?, value: String)] {
        var marks: [(String, String, Int?, String)] = []
        for index in 1...entrants {
            let code = ReliabilityTests().code(index)
            marks.append((code, "theory", nil, "\(60 + index * 3 % 37).5"))
            for seat in 1...8 { marks.append((code, "practical", seat, "\(70 + (index * 7 + seat * 3) % 29)")) }
        }
        return marks
    }

    func json(_ response: (status: Int, headers: [String: String], body: Data)) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any] ?? [:]
    }

    @Test("standings and award lists JSON are byte for byte the command line's")
    func sameOutcome() async throws { try await offThePool { try sameOutcomeInOwnThread() } }

    func sameOutcomeInOwnThread() throws {
        // At the command line.
        let cli = try ReliabilityTests().prepared(entrants: Self.entrants)
        defer { cli.remove() }
        var lines = ["trade,code,component,judge,mark"]
        for mark in Self.marks() { lines.append("welder,\(mark.code),\(mark.component),\(mark.judge.map { "J\($0)" } ?? ""),\(mark.value)") }
        let file = cli.folder.appendingPathComponent("marks.csv").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        try cli.tally("marks", "import", file, "--operator", "录分员")
        try cli.tally("lock", "--trade", "welder", "--operator", "裁判长")
        try cli.tally("reveal", "--trade", "welder", "--operator", "裁判长")

        // In the browser's place: the same officials through the server's API.
        let web = try ReliabilityTests().prepared(entrants: Self.entrants)
        defer { web.remove() }
        let desk = try CompetitionService(databasePath: web.database).desk(nil)
        let officials = ["裁判长", "录分员"] + (1...8).map { "评委\($0)" }
        for name in officials { try desk.setPassword(official: name, password: "\(name)-password", operator: "裁判长") }
        let (server, port, _) = try ServeTests().serve(web)
        defer { _ = server.stop() }
        func signIn(_ name: String) throws -> [String: String] {
            let body = try JSONSerialization.data(withJSONObject: ["competition": "panel-of-eight", "name": name, "password": "\(name)-password"])
            let answer = try LocalHTTP.send(port: port, method: "POST", path: "/api/v1/login", headers: ["Content-Type": "application/json"], body: body)
            #expect(answer.status == 200)
            let cookie = String((answer.headers["set-cookie"] ?? "").split(separator: ";").first ?? "")
            return ["Content-Type": "application/json", "Cookie": cookie, "X-CSRF-Token": json(answer)["csrf"] as? String ?? ""]
        }
        func post(_ path: String, _ object: Any, as headers: [String: String]) throws -> Int {
            try LocalHTTP.send(port: port, method: "POST", path: "/api/v1/competitions/panel-of-eight\(path)", headers: headers,
                               body: JSONSerialization.data(withJSONObject: object)).status
        }
        let all = Self.marks()
        let theory = all.filter { $0.judge == nil }.map { ["trade": "welder", "code": $0.code, "component": "theory", "mark": $0.value] }
        #expect(try post("/marks", ["marks": theory], as: try signIn("录分员")) == 201)
        for seat in 1...8 {
            let judge = try signIn("评委\(seat)")
            // Row by row, as the judge's sheet saves them.
            for mark in all where mark.judge == seat {
                let row: [String: Any] = ["trade": "welder", "code": mark.code, "component": "practical", "judge": "J\(seat)", "mark": mark.value]
                #expect(try post("/marks", ["marks": [row]], as: judge) == 201)
            }
        }
        let chief = try signIn("裁判长")
        #expect(try post("/trades/welder/lock", [String: String](), as: chief) == 200)
        #expect(try post("/trades/welder/reveal", [String: String](), as: chief) == 200)

        for listing in [["standings", "--format", "json"], ["awards", "--format", "json"], ["standings", "--trade", "welder", "--format", "json"]] {
            let mine = try cli.tally(listing).standardOutput
            let theirs = try web.tally(listing).standardOutput
            if mine != theirs {
                try mine.write(toFile: "/tmp/tally-cli-\(listing[0]).json", atomically: true, encoding: .utf8)
                try theirs.write(toFile: "/tmp/tally-web-\(listing[0]).json", atomically: true, encoding: .utf8)
            }
            #expect(mine == theirs, "\(listing.joined(separator: " "))")
            #expect(mine.contains("\"A00"))       // codes are there: not an empty listing
        }
        let webEntries = try CompetitionService(databasePath: web.database).desk(nil).auditTrail().filter { $0.action.hasPrefix("mark.") || $0.action.hasPrefix("trade.") }
        #expect(webEntries.allSatisfy { ($0.source ?? "").hasPrefix("web 127.0.0.1") })
    }
}
