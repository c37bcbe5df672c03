import Foundation

/// A task executor that runs each job on a thread of its own.
///
/// The long end-to-end tests block — on a `tally serve` process, a browser, a socket — for
/// minutes. Run as plain synchronous tests they would hold one of Swift concurrency's threads
/// (as many as the machine has cores: two here) the whole time, and every in-process test of
/// the other suites would wait for them. `offThePool` runs such a test's body here instead;
/// it stays in the test's task, so its expectations are recorded against the test as usual.
final class OwnThreadExecutor: TaskExecutor {
    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        let thread = Thread { job.runSynchronously(on: executor) }
        thread.stackSize = 8 << 20
        thread.start()
    }
}

/// Runs `body` — blocking work with the test's expectations — on a thread of its own.
func offThePool<T>(_ body: () throws -> T) async throws -> T {
    try await withTaskExecutorPreference(OwnThreadExecutor()) { try body() }
}
