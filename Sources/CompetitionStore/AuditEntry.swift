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

    init(row: Row) {
        self.init(id: row["id"], at: row["at"], operator: row["operator"], action: row["action"],
                  competition: row["competitionId"], trade: row["tradeId"], code: row["code"],
                  component: row["component"], judge: row["judge"], aspect: row["aspect"],
                  oldValue: row["oldValue"], newValue: row["newValue"], reason: row["reason"], source: row["source"])
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
    public func auditTrail(competition: String, trade: String? = nil) throws(StoreError) -> [AuditEntry] {
        try read("read the audit trail") { db in
            let rows: [Row]
            if let trade {
                rows = try Row.fetchAll(db, sql: "SELECT * FROM auditTrail WHERE competitionId = ? AND tradeId = ? ORDER BY id, line",
                                        arguments: [competition, trade])
            } else {
                rows = try Row.fetchAll(db, sql: "SELECT * FROM auditTrail WHERE competitionId = ? ORDER BY id, line",
                                        arguments: [competition])
            }
            return rows.map(AuditEntry.init(row:))
        }
    }
}
