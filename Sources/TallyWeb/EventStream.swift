import CompetitionService
import CompetitionModel
import Foundation
import Hummingbird
import NIOCore
import ServiceLifecycle

/// `GET /api/v1/competitions/{id}/events` (web spec §5): Server-Sent Events telling of every
/// committed change to the competition — made by this server or by a `tally` command in
/// another process, found by watching the audit trail twice a second — with its position as the
/// event id, so that a client reconnecting with `Last-Event-ID` gets what it missed. A comment
/// every 15 seconds keeps proxies from closing the stream; a graceful shutdown ends it.
enum EventStream {
    /// What a change is called in an event: `mark`, `lock`, `reveal`, `entrant`, `round`, …
    static func kind(of action: String) -> String {
        switch action {
        case "mark.enter", "mark.correct", "mark.withdraw", "marks.import", "marks.undo-import": "mark"
        case "trade.lock": "lock"
        case "trade.unlock": "unlock"
        case "trade.reveal": "reveal"
        case "time.enter": "time"
        case "deduction.enter": "deduction"
        case "discrepancy.confirm": "confirmation"
        case "result.enter", "result.correct": "result"
        case "definition.load", "definition.update": "definition"
        default: String(action.prefix { $0 != "." })
        }
    }

    /// One event's text.
    static func event(_ change: AuditChange) -> String {
        var data = "{\"seq\": \(change.seq), \"action\": \"\(kind(of: change.action))\""
        if let trade = change.trade { data += ", \"trade\": \"\(trade.replacingOccurrences(of: "\"", with: "\\\""))\"" }
        if let place = change.place, let round = Int(place.dropFirst("round ".count)) { data += ", \"round\": \(round)" }
        return "id: \(change.seq)\nevent: change\ndata: \(data)}\n\n"
    }

    /// The stream's body: the changes after `start`, as they are committed. Each second's
    /// changes are written as one piece and the next look waits for the client to take it
    /// (no change is dropped for a slow client: it only falls behind). A graceful shutdown
    /// cancels the loop, and the stream ends.
    static func body(feed: ChangeFeed, competition: String, after start: Int64) -> ResponseBody {
        ResponseBody { writer in
            try await writer.write(ByteBuffer(string: ": tally events\n\n"))
            let stopping = ShutdownFlag()
            try await withGracefulShutdownHandler {
                var after = start
                var quiet = 0
                while !Task.isCancelled && !stopping.isSet {
                    let since = after
                    if let (text, last) = try? await feed.events(competition: competition, after: since) {
                        try await writer.write(ByteBuffer(string: text))
                        after = last
                        quiet = 0
                    } else {
                        quiet += 1
                        if quiet >= 30 {
                            try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                            quiet = 0
                        }
                    }
                    try await Task.sleep(for: .milliseconds(500))
                }
            } onGracefulShutdown: {
                stopping.set()
            }
            try await writer.finish(nil)
        }
    }
}

/// Set once a graceful shutdown begins: open streams end at their next look (within a second).
final class ShutdownFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
