import CompetitionModel
internal import GRDB

/// A stored web session (the token itself is never stored, only its hash).
public struct StoredSession: Sendable, Hashable {
    public var competition: String
    public var official: String
    public var csrf: String
    /// ISO 8601, UTC.
    public var expiresAt: String

    public init(competition: String, official: String, csrf: String, expiresAt: String) {
        self.competition = competition
        self.official = official
        self.csrf = csrf
        self.expiresAt = expiresAt
    }
}

extension TallyDatabase {
    /// Stores a new session.
    public func insertSession(tokenHash: String, _ session: StoredSession) throws {
        try write("store a session", competition: session.competition) { store in
            try store.db.execute(sql: "INSERT INTO webSession (tokenHash, competitionId, official, csrf, expiresAt) VALUES (?, ?, ?, ?, ?)",
                                 arguments: [tokenHash, session.competition, session.official, session.csrf, session.expiresAt])
        }
    }

    /// The session of `tokenHash`, or `nil`.
    public func session(tokenHash: String) throws -> StoredSession? {
        try read("read a session") { db in
            try Row.fetchOne(db, sql: "SELECT competitionId, official, csrf, expiresAt FROM webSession WHERE tokenHash = ?",
                             arguments: [tokenHash]).map {
                StoredSession(competition: $0[0], official: $0[1], csrf: $0[2], expiresAt: $0[3])
            }
        }
    }

    /// Moves a session's expiry (it idles out), or ends it (`expiresAt` nil).
    public func updateSession(tokenHash: String, competition: String, expiresAt: String?) throws {
        try write("update a session", competition: competition) { store in
            if let expiresAt {
                try store.db.execute(sql: "UPDATE webSession SET expiresAt = ? WHERE tokenHash = ?", arguments: [expiresAt, tokenHash])
            } else {
                try store.db.execute(sql: "DELETE FROM webSession WHERE tokenHash = ?", arguments: [tokenHash])
            }
        }
    }

    /// How many failed sign-ins of `official` the audit trail holds since `since` (ISO 8601).
    public func failedSignIns(competition: String, official: String, since: String) throws -> Int {
        try read("count failed sign-ins") { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit WHERE competitionId = ? AND action = 'signin.failed' AND code = ? AND at >= ?",
                             arguments: [competition, official, since]) ?? 0
        }
    }

    /// The newest id of the audit trail (0 when empty): what changed since a reader last looked.
    public func lastAuditID() throws -> Int64 {
        try read("read the audit trail's end") { db in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM audit") ?? 0 }
    }
}

extension TallyDatabase {
    /// The changes to `competition` after position `seq`, oldest first: every audit row but
    /// refusals, failed sign-ins and password changes.
    public func changes(competition: String, after seq: Int64) throws -> [AuditChange] {
        try read("read the latest changes") { db in
            try Row.fetchAll(db, sql: """
                SELECT id, action, tradeId, component, code FROM audit
                WHERE competitionId = ? AND id > ? AND action NOT IN ('refused', 'signin.failed', 'official.password', 'backup')
                ORDER BY id LIMIT 1000
                """, arguments: [competition, seq]).map { row in
                let code = row[4] as String?
                let component = row[3] as String?
                let place = [code, component].compactMap { $0 }.first { $0.hasPrefix("round ") }
                return AuditChange(seq: row[0], action: row[1], trade: row[2], place: place)
            }
        }
    }
}
