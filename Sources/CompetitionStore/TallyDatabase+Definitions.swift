internal import GRDB

/// A competition as the database holds it: its id and the definition text it was loaded from.
public struct StoredCompetitionText: Sendable, Hashable {
    public var id: String
    /// The YAML text of the definition.
    public var source: String
}

extension TallyDatabase {
    /// Every competition the database holds, by id.
    public func competitions() throws(StoreError) -> [StoredCompetitionText] {
        try read("read the competitions") { db in
            try Row.fetchAll(db, sql: "SELECT id, definition FROM competition ORDER BY id")
                .map { StoredCompetitionText(id: $0["id"], source: $0["definition"]) }
        }
    }
}
