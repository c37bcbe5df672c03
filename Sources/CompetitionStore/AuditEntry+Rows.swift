import CompetitionModel
internal import GRDB

extension AuditEntry {
    static let insertSQL = """
        INSERT INTO audit (at, operator, action, competitionId, tradeId, code, component, judge, aspect,
                           oldValue, newValue, reason, source)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    var arguments: StatementArguments {
        [at, `operator`, action, competition, trade, code, component, judge, aspect, oldValue, newValue, reason, source]
    }

    /// The columns `init(row:)` reads, in its order.
    static let selection = "id, at, operator, action, competitionId, tradeId, code, component, judge, aspect, " +
        "oldValue, newValue, reason, source"

    /// A row of `selection`, read by position (a million entries are read by name slowly).
    init(row: Row) {
        self.init(id: row[0], at: row[1], operator: row[2], action: row[3], competition: row[4], trade: row[5], code: row[6],
                  component: row[7], judge: row[8], aspect: row[9], oldValue: row[10], newValue: row[11], reason: row[12],
                  source: row[13])
    }
}

extension TallyDatabase {
    /// The audit trail of a competition (optionally one trade), oldest first; each mark of an
    /// import is an entry of its own, after the import's `marks.import` entry.
    public func auditTrail(competition: String, trade: String? = nil) throws -> [AuditEntry] {
        var entries: [AuditEntry] = []
        try forEachAuditEntry(competition: competition, trade: trade) { entries.append($0) }
        return entries
    }

    /// Hands each entry of the audit trail to `body`, in the order of `auditTrail`, as it is
    /// read: a national competition's trail (a million entries) is never held whole. An error
    /// `body` throws (say, writing the listing) ends the reading and is rethrown as it is.
    public func forEachAuditEntry(competition: String, trade: String? = nil,
                                  _ body: (AuditEntry) throws -> Void) throws {
        var failure: (any Error)?
        try read("read the audit trail") { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(AuditEntry.selection) FROM auditTrail
                WHERE competitionId = ?\(trade == nil ? "" : " AND tradeId = ?") ORDER BY id, line
                """, arguments: StatementArguments([competition] + (trade.map { [$0] } ?? [])))
            while let row = try rows.next() {
                do {
                    try body(AuditEntry(row: row))
                } catch {
                    failure = error
                    return
                }
            }
        }
        if let failure { throw failure }
    }
}

extension TallyDatabase {
    /// When the newest audit row of `competition` whose action starts with `prefix` (`result.`)
    /// was written, or `nil`: one indexed query, not a reading of the trail.
    public func lastAuditTime(competition: String, actionPrefix prefix: String) throws -> String? {
        try read("read the audit trail") { db in
            try String.fetchOne(db, sql: "SELECT at FROM audit WHERE competitionId = ? AND action LIKE ? ORDER BY id DESC LIMIT 1",
                                arguments: [competition, prefix + "%"])
        }
    }
}
