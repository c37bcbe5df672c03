import CompetitionModel
import ExactNumbers
internal import GRDB
import SkillsScoring

/// A stored entrant as a change needs it: the key its marks are stored under, its status and
/// whether its trade is locked.
public struct StoredEntrant: Sendable, Hashable {
    /// The row the entrant's marks, times and deductions hang on.
    public let key: EntrantKey
    public var trade: TradeID
    public var code: EntrantCode
    public var status: EntrantStatus
    /// Whether the entrant's trade is locked.
    public var locked: Bool
}

/// The stored row of an entrant, as the store keys it (opaque to the layers above).
public struct EntrantKey: Sendable, Hashable {
    let rowID: Int64
}

/// A mark an import stored, as it stands now.
public struct ImportedMarkState: Sendable, Hashable {
    public var entrant: StoredEntrant
    public var slot: MarkSlot
    /// The value the file gave.
    public var imported: String
    /// The value stored now (different when corrected since).
    public var current: String
    /// The file's line.
    public var line: Int
}

extension Int {
    /// `nil` for 0 (the store's "no judge").
    fileprivate var nonZero: Int? { self == 0 ? nil : self }
}

/// Whether a trade is locked and revealed.
public struct TradeState: Sendable, Hashable {
    public var locked: Bool
    public var revealed: Bool

    public init(locked: Bool, revealed: Bool) {
        self.locked = locked
        self.revealed = revealed
    }
}

extension StoreTransaction {
    // MARK: Trades

    /// The state of `trade`; `nil` when the competition has no such trade.
    public func tradeState(_ trade: TradeID) throws -> TradeState? {
        // Statements of the one-mark path are prepared once per connection (cached): a server
        // stores marks one by one, and preparing is most of the work of a small statement.
        try Row.fetchOne(db.cachedStatement(sql: "SELECT lockedAt, revealedAt FROM trade WHERE competitionId = ? AND id = ?"),
                         arguments: [competition, trade.rawValue])
            .map { TradeState(locked: $0["lockedAt"] as String? != nil, revealed: $0["revealedAt"] as String? != nil) }
    }

    /// Locks (stamped with the transaction's time) or unlocks `trade`.
    public func setLocked(_ locked: Bool, trade: TradeID) throws {
        try db.execute(sql: "UPDATE trade SET lockedAt = ? WHERE competitionId = ? AND id = ?",
                       arguments: [locked ? now : nil, competition, trade.rawValue])
    }

    /// Marks `trade` revealed (its codes decrypted to names), stamped with the transaction's time.
    public func setRevealed(trade: TradeID) throws {
        try db.execute(sql: "UPDATE trade SET revealedAt = ? WHERE competitionId = ? AND id = ?",
                       arguments: [now, competition, trade.rawValue])
    }

    /// Everything stored about `trade`, for the engine.
    public func tradeSnapshot(_ trade: Trade) throws -> TradeSnapshot {
        try TallyDatabase.snapshot(db, competition: competition, trade: trade)
    }

    // MARK: Entrants

    /// The stored entrant `code` of `trade`.
    public func entrant(trade: TradeID, code: EntrantCode) throws -> StoredEntrant? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT e.id, e.status, t.lockedAt FROM entrant e JOIN trade t ON t.competitionId = e.competitionId AND t.id = e.tradeId
            WHERE e.competitionId = ? AND e.tradeId = ? AND e.code = ?
            """), arguments: [competition, trade.rawValue, code.rawValue]).map { row in
            StoredEntrant(key: EntrantKey(rowID: row[0]), trade: trade, code: code,
                          status: EntrantStatus(rawValue: row[1]) ?? .registered, locked: (row[2] as String?) != nil)
        }
    }

    /// Calls `body` with every stored entrant of the competition, one at a time, in no
    /// particular order (an import loads them once, without holding them twice).
    public func forEachEntrant(_ body: (StoredEntrant) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.tradeId, e.code, e.status, t.lockedAt FROM entrant e
            JOIN trade t ON t.competitionId = e.competitionId AND t.id = e.tradeId WHERE e.competitionId = ?
            """, arguments: [competition])
        while let row = try rows.next() {
            try body(StoredEntrant(key: EntrantKey(rowID: row[0]), trade: TradeID(row[1] as String),
                                   code: EntrantCode(row[2] as String), status: EntrantStatus(rawValue: row[3]) ?? .registered,
                                   locked: (row[4] as String?) != nil))
        }
    }

    /// The codes registered in `trade`.
    public func codes(trade: TradeID) throws -> [EntrantCode] {
        try String.fetchAll(db, sql: "SELECT code FROM entrant WHERE competitionId = ? AND tradeId = ?",
                            arguments: [competition, trade.rawValue]).map(EntrantCode.init(rawValue:))
    }

    /// Stores `entrant` (and its organisation); `false`, writing nothing, when its code is
    /// already registered in its trade.
    public func insert(_ entrant: EntrantRow) throws -> Bool {
        try inserted {
            if let organisation = entrant.organisation {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO organisation (competitionId, name) VALUES (?, ?)")
                    .execute(arguments: [competition, organisation])
            }
            try db.cachedStatement(sql: """
                INSERT INTO entrant (competitionId, tradeId, code, name, organisation, station, idNumber, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [competition, entrant.trade.rawValue, entrant.code.rawValue, entrant.name,
                                         entrant.organisation, entrant.station, entrant.idNumber, entrant.status.rawValue])
        }
    }

    /// The registered details of a stored entrant.
    public func details(of entrant: StoredEntrant) throws -> EntrantRow {
        let row = try Row.fetchOne(db, sql: "SELECT name, organisation, station, idNumber, statusReason FROM entrant WHERE id = ?",
                                   arguments: [entrant.key.rowID])
        return EntrantRow(trade: entrant.trade, code: entrant.code, name: row?["name"] ?? "", organisation: row?["organisation"],
                          station: row?["station"], idNumber: row?["idNumber"], status: entrant.status,
                          statusReason: row?["statusReason"])
    }

    /// Replaces an entrant's name, organisation and station.
    public func updateDetails(of entrant: EntrantKey, name: String, organisation: String?, station: String?) throws {
        if let organisation {
            try db.execute(sql: "INSERT OR IGNORE INTO organisation (competitionId, name) VALUES (?, ?)",
                           arguments: [competition, organisation])
        }
        try db.execute(sql: "UPDATE entrant SET name = ?, organisation = ?, station = ? WHERE id = ?",
                       arguments: [name, organisation, station, entrant.rowID])
    }

    /// Records the seed of a draw (`codes` or `stations`) of `trade`.
    public func recordDraw(trade: TradeID, kind: String, seed: UInt64) throws {
        try db.execute(sql: "INSERT INTO draw (competitionId, tradeId, kind, seed, drawnAt) VALUES (?, ?, ?, ?, ?)",
                       arguments: [competition, trade.rawValue, kind, String(seed), now])
    }

    /// Sets an entrant's status and its reason.
    public func setStatus(_ status: EntrantStatus, reason: String?, of entrant: EntrantKey) throws {
        try db.execute(sql: "UPDATE entrant SET status = ?, statusReason = ? WHERE id = ?",
                       arguments: [status.rawValue, reason, entrant.rowID])
    }

    // MARK: Marks, times, deductions

    /// How many marks are stored for `entrant`.
    public func markCount(of entrant: EntrantKey) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mark WHERE entrantId = ?", arguments: [entrant.rowID]) ?? 0
    }

    /// The value stored at `slot` of `entrant`, as stored text.
    public func mark(of entrant: EntrantKey, at slot: MarkSlot) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM mark WHERE entrantId = ? AND component = ? AND judge = ? AND aspect = ?"),
                            arguments: slotArguments(entrant, slot))
    }

    /// Stores a mark keyed in alone (not from a file).
    public func insertMark(_ value: Rational, of entrant: EntrantKey, at slot: MarkSlot) throws {
        try db.cachedStatement(sql: "INSERT INTO mark (entrantId, component, judge, aspect, value) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: slotArguments(entrant, slot) + [value.exactDescription])
    }

    /// Replaces the mark stored at `slot` of `entrant`.
    public func replaceMark(with value: Rational, of entrant: EntrantKey, at slot: MarkSlot) throws {
        try db.execute(sql: "UPDATE mark SET value = ? WHERE entrantId = ? AND component = ? AND judge = ? AND aspect = ?",
                       arguments: [value.exactDescription] + slotArguments(entrant, slot))
    }

    /// Removes the mark at `slot` of `entrant` (its audit rows stay).
    public func deleteMark(of entrant: EntrantKey, at slot: MarkSlot) throws {
        try db.execute(sql: "DELETE FROM mark WHERE entrantId = ? AND component = ? AND judge = ? AND aspect = ?",
                       arguments: slotArguments(entrant, slot))
    }

    /// The latest marks import read from `source` (as its audit row names the file) that
    /// still has marks stored: its audit id, or `nil`.
    public func latestMarkImport(source: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT a.id FROM audit a WHERE a.competitionId = ? AND a.action = 'marks.import' AND a.source = ?
              AND EXISTS (SELECT 1 FROM mark m WHERE m.importId = a.id) ORDER BY a.id DESC LIMIT 1
            """, arguments: [competition, source])
    }

    /// The marks import `id` stored that are still stored, with the value each was imported
    /// with and the value it holds now, in the file's order.
    public func marks(ofImport id: Int64) throws -> [ImportedMarkState] {
        try Row.fetchAll(db, sql: """
            SELECT m.entrantId, e.tradeId, e.code, e.status, t.lockedAt, m.component, m.judge, m.aspect, i.value, m.value, m.line
            FROM mark m JOIN entrant e ON e.id = m.entrantId
            JOIN trade t ON t.competitionId = e.competitionId AND t.id = e.tradeId
            JOIN importedMark i ON i.importId = m.importId AND i.line = m.line
            WHERE m.importId = ? ORDER BY m.line
            """, arguments: [id]).map { row in
            ImportedMarkState(
                entrant: StoredEntrant(key: EntrantKey(rowID: row[0]), trade: TradeID(row[1] as String), code: EntrantCode(row[2] as String),
                                       status: EntrantStatus(rawValue: row[3]) ?? .registered, locked: (row[4] as String?) != nil),
                slot: MarkSlot(component: ComponentID(row[5] as String), judge: (row[6] as Int).nonZero,
                               aspect: (row[7] as String).isEmpty ? nil : AspectID(row[7] as String)),
                imported: row[8], current: row[9], line: row[10])
        }
    }

    /// Starts the import of a marks file: writes its audit row (`entry`) and returns the writer
    /// of its marks, each audited by the line it came from.
    public func beginMarkImport(_ entry: AuditEntry) throws -> MarkImportWriter {
        try audit(entry)
        return try MarkImportWriter(db, importID: db.lastInsertedRowID)
    }

    /// Stores a time used; `false`, writing nothing, when one is stored for that component.
    public func insertTime(seconds: Int, of entrant: EntrantKey, component: ComponentID) throws -> Bool {
        try db.cachedStatement(sql: "INSERT INTO time (entrantId, component, seconds) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
            .execute(arguments: [entrant.rowID, component.rawValue, seconds])
        return db.changesCount > 0
    }

    /// Stores a deduction from a component.
    public func insert(_ deduction: Deduction, of entrant: EntrantKey) throws {
        try db.execute(sql: "INSERT INTO deduction (entrantId, component, points, reason) VALUES (?, ?, ?, ?)",
                       arguments: [entrant.rowID, deduction.component.rawValue, deduction.points.exactDescription,
                                   deduction.reason])
    }

    // MARK: Discrepancies and rulings

    /// Records the chief judge's confirmation of the marks of a component (and aspect) as
    /// they stand, replacing an earlier one's reason.
    public func confirm(component: ComponentID, aspect: AspectID?, of entrant: EntrantKey, reason: String) throws {
        try db.execute(sql: """
            INSERT INTO confirmation (entrantId, component, aspect, reason) VALUES (?, ?, ?, ?)
            ON CONFLICT DO UPDATE SET reason = excluded.reason
            """, arguments: [entrant.rowID, component.rawValue, aspect?.rawValue ?? "", reason])
    }

    /// Removes the confirmation of a component (and aspect), if one is stored.
    public func removeConfirmation(component: ComponentID, aspect: AspectID?, of entrant: EntrantKey) throws {
        try db.execute(sql: "DELETE FROM confirmation WHERE entrantId = ? AND component = ? AND aspect = ?",
                       arguments: [entrant.rowID, component.rawValue, aspect?.rawValue ?? ""])
    }

    /// Stores a ruling ordering tied entrants of `trade`, best first.
    public func insertRuling(_ codes: [EntrantCode], trade: TradeID, reason: String) throws {
        try db.execute(sql: "INSERT INTO ruling (competitionId, tradeId, codes, reason) VALUES (?, ?, ?, ?)",
                       arguments: [competition, trade.rawValue, codes.map(\.rawValue).joined(separator: ","), reason])
    }

    private func slotArguments(_ entrant: EntrantKey, _ slot: MarkSlot) -> StatementArguments {
        [entrant.rowID, slot.component.rawValue, slot.judge ?? 0, slot.aspect?.rawValue ?? ""]
    }
}
