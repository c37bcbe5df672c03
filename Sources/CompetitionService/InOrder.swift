import Foundation

/// Runs `produce` for every index on all cores and hands the results to `consume` in index
/// order as soon as each is ready: a long list of independent pieces of work (the trades of
/// a national competition) keeps every core busy while this thread writes the results out,
/// and at most `ahead` results wait in memory. The first error is rethrown once the workers
/// have stopped.
package func inOrder<Result: Sendable>(_ indices: Range<Int>, ahead: Int,
                               produce: @escaping @Sendable (Int) throws -> Result,
                               consume: (Result) throws -> Void) throws {
    guard !indices.isEmpty else { return }
    let board = OrderedResults<Result>(indices, ahead: ahead)
    let workers = min(ProcessInfo.processInfo.activeProcessorCount, indices.count)
    let finished = DispatchGroup()
    for _ in 0..<workers {
        DispatchQueue.global(qos: .userInitiated).async(group: finished) {
            while let index = board.claim() { board.fill(index, Swift.Result { try produce(index) }) }
        }
    }
    defer {
        board.stop()
        finished.wait()
    }
    for index in indices { try consume(board.take(index).get()) }
}

/// The results of `inOrder` between the workers that fill them and the thread that takes
/// them in order.
///
/// `@unchecked Sendable`: every stored property is accessed holding `condition`.
private final class OrderedResults<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let end: Int
    private let ahead: Int
    private var next: Int
    private var taken: Int
    private var ready: [Int: Swift.Result<Value, any Error>] = [:]
    private var stopped = false

    init(_ indices: Range<Int>, ahead: Int) {
        next = indices.lowerBound
        taken = indices.lowerBound
        end = indices.upperBound
        self.ahead = max(1, ahead)
    }

    /// The next index to work on, waiting while `ahead` results wait to be taken; `nil` when
    /// every index is claimed or the work stopped.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && next < end && next - taken >= ahead { condition.wait() }
        guard !stopped, next < end else { return nil }
        next += 1
        return next - 1
    }

    func fill(_ index: Int, _ result: Swift.Result<Value, any Error>) {
        condition.lock()
        ready[index] = result
        condition.broadcast()
        condition.unlock()
    }

    /// The result of `index`, waiting for it.
    func take(_ index: Int) -> Swift.Result<Value, any Error> {
        condition.lock()
        defer { condition.unlock() }
        while ready[index] == nil { condition.wait() }
        taken = index + 1
        condition.broadcast()
        return ready.removeValue(forKey: index)!
    }

    /// No more indices are handed out.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
