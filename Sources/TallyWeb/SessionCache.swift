import CompetitionService
import Foundation

/// Sessions this server has looked up in the last few seconds, so that a judge posting marks
/// does not cost a database read per request. An entry is trusted for `lifetime`; signing out
/// through this server forgets it at once (through another server sharing the database, within
/// `lifetime`).
final class SessionCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (signedIn: SignedIn, checkedAt: ContinuousClock.Instant)] = [:]
    let lifetime: Duration = .seconds(10)

    /// The signed-in official of `token`: from memory when looked up lately, else from `lookUp`.
    func signedIn(token: String, lookUp: @Sendable @escaping () throws -> SignedIn?) async throws -> SignedIn? {
        let now = ContinuousClock.now
        if let entry = lock.withLock({ entries[token] }), now - entry.checkedAt < lifetime { return entry.signedIn }
        let found = try await blocking(lookUp)
        lock.withLock {
            if entries.count > 10_000 { entries.removeAll() }
            entries[token] = found.map { ($0, now) }
        }
        return found
    }

    func forget(token: String) {
        _ = lock.withLock { entries.removeValue(forKey: token) }
    }
}
