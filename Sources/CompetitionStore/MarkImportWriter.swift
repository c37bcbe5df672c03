internal import GRDB
import SkillsScoring

/// Writes the marks of one import, each with its audit row: the mark into `mark` (refused
/// when its slot already holds one) and, when stored, the value as entered into
/// `importedMark` (see `Schema.compactImportAudit`). Both statements are prepared once and
/// take the same seven values, bound without copying. Obtained from
/// `StoreTransaction.beginMarkImport(_:)`; valid inside that transaction only.
public final class MarkImportWriter {
    private let insertMark: RawStatement
    private let auditMark: RawStatement
    private let findMark: RawStatement
    /// The id of the import's `marks.import` audit row.
    let importID: Int64

    init(_ db: Database, importID: Int64) throws {
        self.importID = importID
        insertMark = try RawStatement(db, sql: """
            INSERT INTO mark (entrantId, component, judge, aspect, value, importId, line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            ON CONFLICT DO NOTHING
            """)
        auditMark = try RawStatement(db, sql: """
            INSERT INTO importedMark (importId, line, entrantId, component, judge, aspect, value) VALUES (?6, ?7, ?1, ?2, ?3, ?4, ?5)
            """)
        findMark = try RawStatement(db, sql: """
            SELECT importId, line FROM mark WHERE entrantId = ? AND component = ? AND judge = ? AND aspect = ?
            """)
    }

    /// Stores `value` at `slot` of entrant `entrant` from line `line` with its audit row;
    /// false, writing nothing, when the slot already holds a mark.
    public func write(entrant: EntrantKey, slot: MarkSlot, value: String, line: Int) throws -> Bool {
        try slot.component.rawValue.withCString { component in
            try (slot.aspect?.rawValue ?? "").withCString { aspect in
                try value.withCString { value in
                    func run(_ statement: RawStatement) throws -> Bool {
                        statement.bind(1, entrant.rowID)
                        statement.bind(2, borrowing: component)
                        statement.bind(3, slot.judge ?? 0)
                        statement.bind(4, borrowing: aspect)
                        statement.bind(5, borrowing: value)
                        statement.bind(6, importID)
                        statement.bind(7, line)
                        return try statement.run() > 0
                    }
                    return try run(insertMark) && run(auditMark)
                }
            }
        }
    }

    /// The line of this import that already stored a mark at `slot`, if it was this import.
    public func lineOfStoredMark(entrant: EntrantKey, slot: MarkSlot) throws -> Int? {
        findMark.bind(1, entrant.rowID)
        findMark.bind(2, slot.component.rawValue)
        findMark.bind(3, slot.judge ?? 0)
        findMark.bind(4, slot.aspect?.rawValue ?? "")
        defer { findMark.reset() }
        guard try findMark.nextRow(), findMark.int64(0) == importID else { return nil }
        return Int(findMark.int64(1))
    }
}
