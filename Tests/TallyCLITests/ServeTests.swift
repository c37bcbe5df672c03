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
        let running = try TallyProcess.start(["serve", "--port", "0"], in: workspace.folder,
                                             environment: ["TALLY_DB": workspace.database])
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while !text.contains("\n") && Date() < deadline {
            text += String(decoding: running.output.fileHandleForReading.availableData, as: UTF8.self)
        }
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(line.hasPrefix("serving \(workspace.database) on http://127.0.0.1:"), "\(text)")
        let port = Int(line.split(separator: ":").last ?? "") ?? 0
        #expect(port > 0)
        let started = Date()
        running.process.terminate()       // SIGTERM
        running.process.waitUntilExit()
        #expect(running.process.terminationStatus == 0)
        #expect(Date().timeIntervalSince(started) < 5)
    }
}
