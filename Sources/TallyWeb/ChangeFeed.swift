import CompetitionModel
import CompetitionService

/// The audit trail's newest changes, read at most twice a second per competition and shared by
/// every open event stream of this server: a hundred boards cost two small reads a second, not
/// a hundred. A stream that has fallen behind what is kept reads the trail itself.
actor ChangeFeed {
    private let service: CompetitionService
    private struct Kept {
        /// Changes after `floor`, in order.
        var changes: [AuditChange]
        var floor: Int64
        var polledAt: ContinuousClock.Instant
    }
    private var kept: [String: Kept] = [:]
    /// The last piece of stream text made, by competition: most streams ask for the same
    /// changes each second, and the text is made once for all of them.
    private var lastText: [String: (after: Int64, last: Int64, text: String)] = [:]
    /// How many changes are kept per competition.
    private let capacity = 20_000

    init(service: CompetitionService) {
        self.service = service
    }

    /// The changes of `competition` after `seq`, in order (at most 20,000 at a time).
    func changes(competition: String, after seq: Int64) async throws -> [AuditChange] {
        let now = ContinuousClock.now
        var entry = kept[competition] ?? Kept(changes: [], floor: seq, polledAt: now - .seconds(1))
        if now - entry.polledAt >= .milliseconds(500) {
            entry.polledAt = now
            kept[competition] = entry          // others arriving meanwhile use what is kept
            let service = service
            let from = entry.changes.last?.seq ?? entry.floor
            let new = try await blocking { () throws -> [AuditChange] in
                // A busy second has more changes than one read returns: read on to the newest.
                var new: [AuditChange] = []
                var last = from
                while true {
                    let more = try service.changes(competition: competition, after: last)
                    new += more
                    guard more.count >= CompetitionService.changesPerRead, let seq = more.last?.seq else { return new }
                    last = seq
                }
            }
            entry = kept[competition] ?? entry
            if entry.changes.last?.seq ?? entry.floor == from { entry.changes += new }
            if entry.changes.count > capacity {
                let dropped = entry.changes.count - capacity
                entry.floor = entry.changes[dropped - 1].seq
                entry.changes.removeFirst(dropped)
            }
            kept[competition] = entry
        }
        guard seq >= entry.floor else {
            let service = service
            return try await blocking { try service.changes(competition: competition, after: seq) }
        }
        // The first change after `seq`, by binary search.
        var low = 0, high = entry.changes.count
        while low < high {
            let middle = (low + high) / 2
            if entry.changes[middle].seq <= seq { low = middle + 1 } else { high = middle }
        }
        return Array(entry.changes[low..<min(entry.changes.count, low + capacity)])
    }

    /// The event-stream text of the changes after `seq` and the last change's position; `nil`
    /// when there is none yet.
    func events(competition: String, after seq: Int64) async throws -> (text: String, last: Int64)? {
        let changes = try await self.changes(competition: competition, after: seq)
        guard let last = changes.last?.seq else { return nil }
        if let made = lastText[competition], made.after == seq, made.last == last { return (made.text, last) }
        let text = changes.map(EventStream.event).joined()
        lastText[competition] = (seq, last, text)
        return (text, last)
    }
}
