import CompetitionService
import CompetitionModel
import Foundation
import Hummingbird
import NIOCore
import ServiceLifecycle

/// `GET /api/v1/competitions/{id}/events` (web spec §5): Server-Sent Events telling of every
/// committed change to the competition — made by this server or by a `tally` command in
/// another process, found by watching the audit trail once a second — with its position as the
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

    /// The stream's body: the changes after `start`, as they are committed.
    static func body(service: CompetitionService, competition: String, after start: Int64) -> ResponseBody {
        let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let task = Task {
            var after = start
            var quiet = 0
            continuation.yield(ByteBuffer(string: ": tally events\n\n"))
            while !Task.isCancelled {
                let since = after
                let changes = (try? await blocking { try service.changes(competition: competition, after: since) }) ?? []
                for change in changes {
                    continuation.yield(ByteBuffer(string: event(change)))
                    after = change.seq
                }
                quiet = changes.isEmpty ? quiet + 1 : 0
                if quiet >= 15 {
                    continuation.yield(ByteBuffer(string: ": keep-alive\n\n"))
                    quiet = 0
                }
                try? await Task.sleep(for: .seconds(1))
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return ResponseBody(asyncSequence: stream.cancelOnGracefulShutdown())
    }
}
