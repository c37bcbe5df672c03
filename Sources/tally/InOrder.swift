import Foundation

/// Runs `produce` for every index on all cores, a window of indices at a time, and hands
/// the results to `consume` in index order: a long list of independent pieces of work
/// (the trades of a national competition) uses every core while memory holds one window.
/// The first error stops the work and is rethrown.
func inOrder<Result: Sendable>(_ indices: Range<Int>, window: Int,
                               produce: @escaping @Sendable (Int) throws -> Result,
                               consume: (Result) throws -> Void) throws {
    var start = indices.lowerBound
    while start < indices.upperBound {
        let end = min(start + window, indices.upperBound)
        let results = Slots<Result>(count: end - start)
        let first = start
        DispatchQueue.concurrentPerform(iterations: end - start) { offset in
            results.set(offset, Swift.Result { try produce(first + offset) })
        }
        for result in results.all { try consume(result.get()) }
        start = end
    }
}

/// One result per slot, filled from several threads.
///
/// `@unchecked Sendable`: every access holds `lock`.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Swift.Result<Value, any Error>?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Swift.Result<Value, any Error>) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    /// Every slot's result, in order; call after every slot was set.
    var all: [Swift.Result<Value, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return values.map { $0! }
    }
}
