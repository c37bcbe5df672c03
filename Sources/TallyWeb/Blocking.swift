import Dispatch

/// Runs `body` — a call into the service, which blocks on SQLite or Bcrypt — off the event
/// loop, on Dispatch's pool, and resumes with its result.
func blocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global(qos: .userInitiated).async {
            continuation.resume(with: Result { try body() })
        }
    }
}
