import CompetitionService
import Foundation
import Testing

/// `tally serve` as a script starts it (web spec §1): one ready line with the real port, and
/// SIGTERM ends it with exit 0 within 5 seconds.
@Suite("tally serve", .serialized)
struct ServeTests {
    @Test("the ready line names the database and the real port; SIGTERM stops it cleanly")
    func readyLineAndShutdown() throws {
        let workspace = try ReliabilityTests().prepared(entrants: 1)
        defer { workspace.remove() }
        let (running, port, line) = try serve(workspace)
        #expect(line.hasPrefix("serving \(workspace.database) on http://127.0.0.1:\(port)"), "\(line)")
        #expect(port > 0)
        let started = Date()
        #expect(running.stop())           // SIGTERM
        #expect(running.process.terminationStatus == 0)
        #expect(Date().timeIntervalSince(started) < 5)
    }

    static let curlInstalled = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/curl") }

    /// Starts `tally serve` on a free port; returns it with its port and its ready line. Its
    /// request log is `serve.log` in the workspace.
    func serve(_ workspace: Workspace, _ options: [String] = []) throws -> (TallyProcess.Running, Int, String) {
        // The request log goes to a file in the workspace (a pipe would fill and stop the server).
        let running = try TallyProcess.start(["serve", "--port", "0"] + options, in: workspace.folder, environment: ["TALLY_DB": workspace.database],
                                             errorLog: workspace.folder.appendingPathComponent("serve.log"))
        let line = running.firstLine(timeout: 60)
        if line.isEmpty { _ = running.stop(timeout: 5) }
        return (running, Int(line.split(separator: ":").last ?? "") ?? 0, line)
    }

    @Test("the event stream tells of a mark entered by a tally command in another process, without its value; SIGTERM ends open streams",
          .enabled(if: curlInstalled, "curl is not installed"))
    func eventStream() throws {
        let workspace = try ReliabilityTests().prepared(entrants: 1)
        defer { workspace.remove() }
        let (server, port, _) = try serve(workspace)
        #expect(port > 0)
        let stream = try TallyProcess.start(["curl", "-s", "-N", "--max-time", "30",
                                             "http://127.0.0.1:\(port)/api/v1/competitions/panel-of-eight/events"],
                                            executable: URL(fileURLWithPath: "/usr/bin/env"))
        Thread.sleep(forTimeInterval: 1.5)
        try workspace.tally("mark", "--trade", "welder", "--code", "A0001", "--component", "practical", "--judge", "J1", "77.5",
                            "--operator", "录分员")
        Thread.sleep(forTimeInterval: 2.5)
        let stopping = Date()
        #expect(server.stop())            // with the stream still open
        #expect(server.process.terminationStatus == 0)
        #expect(Date().timeIntervalSince(stopping) < 5)
        let events = stream.finish().standardOutput
        #expect(events.contains("event: change"), "\(events)")
        #expect(events.contains("\"action\": \"mark\"") && events.contains("\"trade\": \"welder\""), "\(events)")
        #expect(!events.contains("77.5"))
    }

    @Test("behind a trusted proxy the audit trail names the client from X-Forwarded-For; anyone else's X-Forwarded-For is ignored")
    func trustedProxy() throws {
        let workspace = try ReliabilityTests().prepared(entrants: 1)
        defer { workspace.remove() }
        try CompetitionService(databasePath: workspace.database).desk(nil)
            .setPassword(official: "裁判长", password: "裁判长-password", operator: "裁判长")
        let body = try JSONSerialization.data(withJSONObject: ["competition": "panel-of-eight", "name": "裁判长", "password": "wrong"])
        for (options, expected) in [(["--trusted-proxy", "127.0.0.1"], "web 203.0.113.9"), ([], "web 127.0.0.1")] {
            let (server, port, _) = try serve(workspace, options)
            let answer = try LocalHTTP.send(port: port, method: "POST", path: "/api/v1/login",
                                            headers: ["Content-Type": "application/json", "X-Forwarded-For": "198.51.100.7, 203.0.113.9"],
                                            body: body)
            #expect(answer.status == 401)
            #expect(server.stop())
            let failed = try CompetitionService(databasePath: workspace.database).desk(nil).auditTrail().filter { $0.action == "signin.failed" }
            #expect(failed.last?.source == expected, "\(options)")
            let log = try String(contentsOf: workspace.folder.appendingPathComponent("serve.log"), encoding: .utf8)
            #expect(log.contains(" \(expected.dropFirst(4)) - POST /api/v1/login 401"), "\(log)")
        }
    }
}
