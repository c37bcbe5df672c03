import Dispatch
import Foundation

/// Runs `body` — a call into the service, which blocks on SQLite or Bcrypt — off the event
/// loop, on Dispatch's pool, and resumes with its result. At most `BlockingGate.width` such
/// calls run at once; the others wait without holding a thread (fifty judges posting at once
/// would otherwise park fifty threads on SQLite's one writer, and the machine's two cores
/// would spend their time switching between them).
func blocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    await BlockingGate.shared.enter()
    defer { BlockingGate.shared.leave() }
    return try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global(qos: .userInitiated).async {
            continuation.resume(with: Result { try body() })
        }
    }
}

/// A counting gate for `blocking`: `width` calls pass, the rest queue in order.
final class BlockingGate: @unchecked Sendable {
    static let shared = BlockingGate(width: max(4, 2 * ProcessInfo.processInfo.activeProcessorCount))

    private let lock = NSLock()
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(width: Int) { free = width }

    func enter() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let passes: Bool = lock.withLock {
                if free > 0 {
                    free -= 1
                    return true
                }
                waiting.append(continuation)
                return false
            }
            if passes { continuation.resume() }
        }
    }

    func leave() {
        let next: CheckedContinuation<Void, Never>? = lock.withLock {
            if waiting.isEmpty {
                free += 1
                return nil
            }
            return waiting.removeFirst()
        }
        next?.resume()
    }
}
