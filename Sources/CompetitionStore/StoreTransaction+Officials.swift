internal import GRDB

extension StoreTransaction {
    /// Stores (or replaces) the Bcrypt hash of official `name`'s password.
    public func setPasswordHash(_ hash: String, official name: String) throws {
        try db.execute(sql: """
            INSERT INTO officialPassword (competitionId, name, hash, setAt) VALUES (?, ?, ?, ?)
            ON CONFLICT (competitionId, name) DO UPDATE SET hash = excluded.hash, setAt = excluded.setAt
            """, arguments: [competition, name, hash, now])
    }
}

extension TallyDatabase {
    /// The officials of `competition` who have a password, with when it was set.
    public func passwordsSet(competition: String) throws -> [String: String] {
        try read("read the officials' passwords") { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT name, setAt FROM officialPassword WHERE competitionId = ?",
                                                              arguments: [competition]).map { ($0[0] as String, $0[1] as String) })
        }
    }

    /// The Bcrypt hash of official `name`'s password, or `nil`.
    public func passwordHash(competition: String, official name: String) throws -> String? {
        try read("read an official's password") { db in
            try String.fetchOne(db, sql: "SELECT hash FROM officialPassword WHERE competitionId = ? AND name = ?",
                                arguments: [competition, name])
        }
    }
}
