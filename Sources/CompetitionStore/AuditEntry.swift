import GRDB

/// One row of the audit trail: who did what, when, with the old and new values.
public struct AuditEntry: Sendable, Hashable {
    public var id: Int64
    /// ISO 8601 time.
    public var at: String
    public var `operator`: String
    /// What was done, e.g. `mark.enter`, `mark.correct`, `trade.lock`.
    public var action: String
    public var competition: String
    public var trade: String?
    public var code: String?
    public var component: String?
    public var judge: Int?
    public var aspect: String?
    public var oldValue: String?
    public var newValue: String?
    public var reason: String?
    /// Where the change came from, e.g. `marks.csv:12`.
    public var source: String?

    public init(id: Int64 = 0, at: String = "", operator: String, action: String, competition: String,
                trade: String? = nil, code: String? = nil, component: String? = nil, judge: Int? = nil,
                aspect: String? = nil, oldValue: String? = nil, newValue: String? = nil, reason: String? = nil,
                source: String? = nil) {
        self.id = id
        self.at = at
        self.operator = `operator`
        self.action = action
        self.competition = competition
        self.trade = trade
        self.code = code
        self.component = component
        self.judge = judge
        self.aspect = aspect
        self.oldValue = oldValue
        self.newValue = newValue
        self.reason = reason
        self.source = source
    }
}

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
    /// Appends to the audit trail inside the caller's transaction.
    func audit(_ db: Database, _ entry: AuditEntry) throws {
        var entry = entry
        if entry.at.isEmpty { entry.at = now() }
        try db.cachedStatement(sql: AuditEntry.insertSQL).execute(arguments: entry.arguments)
    }

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
