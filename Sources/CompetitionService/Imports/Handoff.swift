import Foundation

/// A bounded hand-over of batches from one thread to another: the producer blocks while
/// `capacity` batches wait, so memory stays constant however large the input; either side
/// may stop the other. Used by the marks import to read and check a file on one core while
/// SQLite writes on the other.
///
/// `@unchecked Sendable`: every stored property is read and written under `condition`.
final class Handoff<Batch: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var waiting: [Batch] = []
    private var closed = false
    private var cancelled = false

    init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
    }

    /// Hands over `batch`, waiting while the hand-over is full; false (dropping the batch)
    /// once the taker has cancelled.
    func put(_ batch: Batch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        waiting.append(batch)
        condition.broadcast()
        return true
    }

    /// No more batches will come.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The taker will take no more: a waiting `put` returns false.
    func cancel() {
        condition.lock()
        cancelled = true
        waiting.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch in the order handed over, waiting for one; `nil` once the hand-over is
    /// closed and empty.
    func take() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !closed { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        condition.broadcast()
        return waiting.removeFirst()
    }
}
