import CompetitionConfig
import CompetitionModel
import CompetitionStore
import Crypto
import Diagnostics
import Foundation

/// A signed-in official of one competition (web spec §2).
public struct SignedIn: Sendable, Hashable {
    public var competition: String
    public var official: Official
    /// The session's CSRF token, sent back with every change.
    public var csrf: String
}

/// Why a sign-in failed: wrong name or password (401), or too many failures (429).
public struct SignInRefusal: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable { case denied, throttled }
    public var reason: Reason
    public var description: String
}

extension CompetitionService {
    /// Sessions idle out after 12 hours.
    public static let sessionIdle: TimeInterval = 12 * 3_600
    /// Five failures within 15 minutes lock an official's sign-in for 15 minutes.
    static let failureWindow: TimeInterval = 15 * 60
    static let failuresAllowed = 5

    /// Signs official `name` of `competition` in with `password`: a new session token (its
    /// hash stored, with a CSRF token and the idle expiry). Every failure is audited (with
    /// `source`); the sixth within 15 minutes is refused whatever the password.
    public func signIn(competition id: String, name: String, password: String, source: String,
                       now: Date = Date()) throws -> (token: String, signedIn: SignedIn) {
        let desk = try desk(id)
        let since = (now - Self.failureWindow).formatted(.iso8601)
        if try database.failedSignIns(competition: id, official: name, since: since) >= Self.failuresAllowed {
            throw SignInRefusal(reason: .throttled, description: "too many failed sign-ins for \(name); try again in 15 minutes")
        }
        guard let official = desk.info.officials.first(where: { $0.name == name }),
              try desk.verifyPassword(official: name, password: password) else {
            try database.write("record a failed sign-in", competition: id) { store in
                try store.audit(AuditEntry(operator: name, action: "signin.failed", competition: id, code: name, source: source))
            }
            throw SignInRefusal(reason: .denied, description: "unknown official or wrong password")
        }
        let token = Self.randomToken()
        let csrf = Self.randomToken()
        try database.insertSession(tokenHash: Self.hash(token), StoredSession(
            competition: id, official: name, csrf: csrf, expiresAt: (now + Self.sessionIdle).formatted(.iso8601)))
        return (token, SignedIn(competition: id, official: official, csrf: csrf))
    }

    /// The official a session token belongs to, its idle expiry moved on; `nil` when the token
    /// is unknown or expired, or the official is no longer declared.
    public func session(token: String, now: Date = Date()) throws -> SignedIn? {
        let hash = Self.hash(token)
        guard let stored = try database.session(tokenHash: hash) else { return nil }
        guard stored.expiresAt > now.formatted(.iso8601) else {
            try database.updateSession(tokenHash: hash, competition: stored.competition, expiresAt: nil)
            return nil
        }
        guard let official = try desk(stored.competition).info.officials.first(where: { $0.name == stored.official }) else { return nil }
        // The idle expiry moves on, written at most once a minute: not a write per request.
        let expiry = now + Self.sessionIdle
        if let current = try? Date(stored.expiresAt, strategy: .iso8601), expiry.timeIntervalSince(current) < 60 {
            return SignedIn(competition: stored.competition, official: official, csrf: stored.csrf)
        }
        try database.updateSession(tokenHash: hash, competition: stored.competition, expiresAt: expiry.formatted(.iso8601))
        return SignedIn(competition: stored.competition, official: official, csrf: stored.csrf)
    }

    /// Ends the session of `token`.
    public func signOut(token: String) throws {
        let hash = Self.hash(token)
        guard let stored = try database.session(tokenHash: hash) else { return }
        try database.updateSession(tokenHash: hash, competition: stored.competition, expiresAt: nil)
    }

    /// The newest position of the audit trail, for event streams watching other processes.
    public func lastChange() throws -> Int64 { try database.lastAuditID() }

    /// At most this many changes come back from one `changes(competition:after:)`.
    public static let changesPerRead = 1_000

    /// The committed changes to `competition` after `seq` (what an event stream sends), from
    /// this process or any other writing the same database; at most `changesPerRead`.
    public func changes(competition: String, after seq: Int64) throws -> [AuditChange] {
        try database.changes(competition: competition, after: seq)
    }

    /// 256 random bits, hex.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(generator.next(), radix: 16).leftPadded(to: 16) }.joined()
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
