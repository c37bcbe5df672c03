import CompetitionService
import Foundation
import Testing

/// The seed bridge event — 27 teams, 7 Swiss rounds × 8 boards — run through `tally serve`'s
/// API: the director pairs each round, the scorer enters every table's result one by one (four
/// tables at a time); the standings and prizes equal `tally demo`'s byte for byte (issue 19).
@Suite("The seed bridge event through the API", .serialized)
struct WebBridgeReplayTests {
    @Test("seven rounds paired and every result entered through the API end where tally demo ends")
    func replay() async throws { try await offThePool { try replayInOwnThread() } }

    func replayInOwnThread() throws {
        let demo = try Workspace()
        defer { demo.remove() }
        try TallyProcess.run(["demo", "--output", demo.folder.path], in: TallyProcess.repository)
        let demoDatabase = demo.folder.appendingPathComponent("demo.sqlite").path

        // The seed definition with a director and a scorer who sign in.
        let web = try Workspace()
        defer { web.remove() }
        let seed = TallyProcess.repository.appendingPathComponent("competitions/crec-bridge-teams-2023.yaml")
        let definition = web.folder.appendingPathComponent("crec.yaml").path
        try (String(contentsOf: seed, encoding: .utf8)
             + "\nofficials:\n  - { name: 总裁判, role: chief-judge }\n  - { name: 记分员, role: operator }\n")
            .write(toFile: definition, atomically: true, encoding: .utf8)
        try web.tally("init", definition, "--operator", "总裁判")
        let seeds = TallyProcess.repository.appendingPathComponent("seeds/crec-bridge")
        try web.tally("teams", "import", seeds.appendingPathComponent("teams.csv").path, "--operator", "总裁判")
        try web.tally("deals", "import", seeds.appendingPathComponent("deals.pbn").path, "--operator", "总裁判")
        let desk = try CompetitionService(databasePath: web.database).desk(nil)
        for name in ["总裁判", "记分员"] { try desk.setPassword(official: name, password: "\(name)-password", operator: "总裁判") }
        let (server, port, _) = try ServeTests().serve(web)
        defer { _ = server.stop() }

        func signIn(_ name: String) throws -> [String: String] {
            let body = try JSONSerialization.data(withJSONObject: ["competition": "crec-bridge-teams-2023", "name": name,
                                                                   "password": "\(name)-password"])
            let answer = try LocalHTTP.send(port: port, method: "POST", path: "/api/v1/login", headers: ["Content-Type": "application/json"], body: body)
            let csrf = (try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])?["csrf"] as? String ?? ""
            return ["Content-Type": "application/json", "Cookie": String((answer.headers["set-cookie"] ?? "").split(separator: ";").first ?? ""),
                    "X-CSRF-Token": csrf]
        }
        let director = try signIn("总裁判")
        let scorer = try signIn("记分员")
        let base = "/api/v1/competitions/crec-bridge-teams-2023"
        var entered = 0
        for round in 1...7 {
            let paired = try LocalHTTP.send(port: port, method: "POST", path: "\(base)/rounds", headers: director)
            #expect(paired.status == 201, "round \(round): \(String(decoding: paired.body, as: UTF8.self))")
            let text = try String(contentsOf: seeds.appendingPathComponent("results-round\(round).csv"), encoding: .utf8)
            let bodies = try text.split(separator: "\n").dropFirst().map { line -> Data in
                let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                var result: [String: Any] = ["round": Int(cells[0])!, "board": Int(cells[1])!, "team": Int(cells[2])!, "seat": cells[3],
                                             "contract": cells[4]]
                if !cells[5].isEmpty { result["declarer"] = cells[5] }
                if let tricks = Int(cells[6]) { result["tricks"] = tricks }
                return try JSONSerialization.data(withJSONObject: result)
            }
            // The tables enter their results at once, as they do in the hall: four at a time.
            let refused = Refusals()
            DispatchQueue.concurrentPerform(iterations: 4) { worker in
                for index in stride(from: worker, to: bodies.count, by: 4) {
                    do {
                        let answer = try LocalHTTP.send(port: port, method: "POST", path: "\(base)/results", headers: scorer, body: bodies[index])
                        if answer.status != 201 {
                            refused.add("\(String(decoding: bodies[index], as: UTF8.self)): \(answer.status) \(String(decoding: answer.body, as: UTF8.self))")
                        }
                    } catch {
                        refused.add("\(String(decoding: bodies[index], as: UTF8.self)): \(error)")
                    }
                }
            }
            #expect(refused.all.isEmpty, "round \(round): \(refused.all.prefix(5))")
            entered += bodies.count - refused.all.count
        }
        #expect(entered > 2_500)
        for listing in [["standings"], ["awards"], ["crosstable"]] {
            let mine = try web.tally(listing + ["--format", "json"]).standardOutput
            let demoOutput = try demo.tally(["--db", demoDatabase, "--competition", "crec-bridge-teams-2023"] + listing + ["--format", "json"]).standardOutput
            #expect(mine == demoOutput, "\(listing[0])")
        }
    }
}

/// What the server refused, gathered from the threads that post at once.
private final class Refusals: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []

    func add(_ refusal: String) { lock.withLock { collected.append(refusal) } }
    var all: [String] { lock.withLock { collected } }
}
