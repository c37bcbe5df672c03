internal import GRDB
import SkillsScoring

/// The definition stored for a competition: its kind and the YAML text it was loaded from.
public struct StoredDefinitionText: Sendable, Hashable {
    /// `skills` or `bridge-teams`.
    public var kind: String
    public var source: String
}

extension StoreTransaction {
    /// The stored definition of the competition; `nil` when it is not stored yet.
    public func storedDefinition() throws -> StoredDefinitionText? {
        try Row.fetchOne(db, sql: "SELECT kind, definition FROM competition WHERE id = ?", arguments: [competition])
            .map { StoredDefinitionText(kind: $0["kind"], source: $0["definition"]) }
    }

    /// Stores the competition's definition: a new competition, or the new text of a stored one.
    public func storeDefinition(kind: String, name: String, source: String) throws {
        try db.execute(sql: """
            INSERT INTO competition (id, kind, name, definition, loadedAt) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, definition = excluded.definition, loadedAt = excluded.loadedAt
            """, arguments: [competition, kind, name, source, now])
    }

    /// Makes the stored trades those of `trades` (id and name), in that order: new ones are
    /// added, kept ones renamed and reordered, the others removed.
    public func setTrades(_ trades: [(id: TradeID, name: String)]) throws {
        for (position, trade) in trades.enumerated() {
            try db.execute(sql: """
                INSERT INTO trade (competitionId, id, name, position) VALUES (?, ?, ?, ?)
                ON CONFLICT (competitionId, id) DO UPDATE SET name = excluded.name, position = excluded.position
                """, arguments: [competition, trade.id.rawValue, trade.name, position])
        }
        let kept = trades.map(\.id.rawValue)
        let placeholders = Array(repeating: "?", count: kept.count).joined(separator: ", ")
        try db.execute(sql: "DELETE FROM trade WHERE competitionId = ? AND id NOT IN (\(placeholders))",
                       arguments: StatementArguments([competition] + kept))
    }

    /// How many entrants each trade with entrants has, by trade id.
    public func entrantCounts() throws -> [(trade: TradeID, count: Int)] {
        try Row.fetchAll(db, sql: "SELECT tradeId, COUNT(*) AS n FROM entrant WHERE competitionId = ? GROUP BY tradeId ORDER BY tradeId",
                         arguments: [competition]).map { (TradeID($0["tradeId"] as String), $0["n"] as Int) }
    }

    /// Calls `body` with every stored mark's trade, slot and stored value, one at a time.
    public func forEachMark(_ body: (TradeID, MarkSlot, String) throws -> Void) throws {
        let marks = try Row.fetchCursor(db, sql: """
            SELECT e.tradeId, m.component, m.judge, m.aspect, m.value FROM mark m JOIN entrant e ON e.id = m.entrantId
            WHERE e.competitionId = ?
            """, arguments: [competition])
        while let row = try marks.next() {
            let judge: Int = row["judge"], aspect: String = row["aspect"]
            try body(TradeID(row["tradeId"] as String),
                     MarkSlot(component: ComponentID(row["component"] as String), judge: judge == 0 ? nil : judge,
                              aspect: aspect.isEmpty ? nil : AspectID(aspect)),
                     row["value"])
        }
    }

    /// The trades and components that stored times (or, with `deductions`, deductions) name.
    public func componentsWithStored(deductions: Bool) throws -> [(trade: TradeID, component: ComponentID)] {
        try Row.fetchAll(db, sql: """
            SELECT DISTINCT e.tradeId, t.component FROM \(deductions ? "deduction" : "time") t JOIN entrant e ON e.id = t.entrantId
            WHERE e.competitionId = ?
            """, arguments: [competition]).map { (TradeID($0["tradeId"] as String), ComponentID($0["component"] as String)) }
    }
}
