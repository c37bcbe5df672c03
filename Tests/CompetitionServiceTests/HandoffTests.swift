@testable import CompetitionService
import Foundation
import Testing

/// The hand-over between the reading and the writing thread of an import, and the merging of
/// the errors each finds.
@Suite("Import plumbing")
struct HandoffTests {
    @Test("every batch arrives once, in order, however small the hand-over", arguments: [1, 2, 8])
    func ordered(capacity: Int) {
        let handoff = Handoff<[Int]>(capacity: capacity)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            for start in stride(from: 0, to: 10_000, by: 10) { _ = handoff.put(Array(start..<start + 10)) }
            handoff.close()
            done.signal()
        }
        var received: [Int] = []
        while let batch = handoff.take() { received += batch }
        done.wait()
        #expect(received == Array(0..<10_000))
    }

    @Test("cancelling releases a producer waiting on a full hand-over")
    func cancel() {
        let handoff = Handoff<Int>(capacity: 1)
        let done = DispatchSemaphore(value: 0)
        let refused = Counter()
        DispatchQueue.global().async {
            for value in 0..<100 where !handoff.put(value) { refused.increment() }
            done.signal()
        }
        #expect(handoff.take() == 0)
        handoff.cancel()
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(refused.value > 0)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func increment() { lock.lock(); count += 1; lock.unlock() }
        var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    }
}
