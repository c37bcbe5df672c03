@testable import CompetitionStore
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

    @Test("errors found by the two halves are shown in line order, a thousand at most, all counted")
    func merge() {
        var reading = ErrorList(file: "m.csv")
        var writing = ErrorList(file: "m.csv")
        for line in stride(from: 2, through: 3_000, by: 2) { reading.add(line, "bad") }
        for line in stride(from: 3, through: 3_001, by: 2) { writing.add(line, "duplicate") }
        writing.add(3_001, "again")
        reading.merge(writing)
        let lines = reading.rejection.lines
        #expect(lines.count == 1_001)
        #expect(lines.prefix(3) == ["m.csv:2: error: bad", "m.csv:3: error: duplicate", "m.csv:4: error: bad"])
        #expect(lines[999] == "m.csv:1001: error: duplicate")
        #expect(lines.last == "m.csv: error: … and 2001 more errors; nothing was imported")
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func increment() { lock.lock(); count += 1; lock.unlock() }
        var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    }
}
