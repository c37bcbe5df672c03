import CompetitionModel
import CSVReading
import Diagnostics
import ExactNumbers
internal import GRDB
import SkillsScoring

extension TallyDatabase {
    /// Snapshots of every trade of a skills competition (or one), in definition order.
    public func snapshots(competition: StoredCompetition, trade only: TradeID? = nil) throws -> [TradeSnapshot] {
        let skills = try competition.skills()
        if let only, skills.trade(only) == nil {
            throw UnknownReference("unknown trade '\(only)'; expected one of: \(skills.trades.map(\.id.rawValue).joined(separator: ", "))")
        }
        let trades = skills.trades.filter { only == nil || $0.id == only }
        return try read("read the marks") { db in
            try trades.map { try Self.snapshot(db, competition: competition.id, trade: $0) }
        }
    }

    static func snapshot(_ db: Database, competition: String, trade: Trade) throws -> TradeSnapshot {
        let arguments: StatementArguments = [competition, trade.id.rawValue]
        let state = try Row.fetchOne(db, sql: "SELECT lockedAt, revealedAt FROM trade WHERE competitionId = ? AND id = ?",
                                     arguments: arguments)
        let isRevealed = state?["revealedAt"] as String? != nil
        var records: [EntrantRecord] = []
        var ids: [Int64] = []
        var names: [(EntrantCode, String)] = []
        // Through the C interface: a national competition's standings read 200,000 entrants.
        let entrants = try RawStatement(db, sql: """
            SELECT id, code, status, organisation, name FROM entrant WHERE competitionId = ? AND tradeId = ?
            """)
        entrants.bind(1, competition)
        entrants.bind(2, trade.id.rawValue)
        while try entrants.nextRow() {
            let code = EntrantCode(entrants.text(1) ?? "")
            let status = entrants.text(2).flatMap(EntrantStatus.init(rawValue:)) ?? .registered
            ids.append(entrants.int64(0))
            records.append(EntrantRecord(code: code, organisation: entrants.text(3), status: status))
            if isRevealed { names.append((code, entrants.text(4) ?? "")) }
        }
        // Built once their size is known.
        let positions = Dictionary(uniqueKeysWithValues: zip(ids, ids.indices))
        try readMarks(db, competition: competition, trade: trade.id, ids: ids, into: &records, positions: positions)
        let join = "JOIN entrant e ON e.id = x.entrantId WHERE e.competitionId = ? AND e.tradeId = ?"
        for row in try Row.fetchAll(db, sql: "SELECT x.entrantId, x.component, x.seconds FROM time x \(join)", arguments: arguments) {
            guard let position = positions[row["entrantId"]] else { continue }
            records[position].seconds[ComponentID(row["component"] as String)] = row["seconds"]
        }
        for row in try Row.fetchAll(db, sql: "SELECT x.entrantId, x.component, x.points, x.reason FROM deduction x \(join)",
                                    arguments: arguments) {
            guard let points = Rational(decimal: row["points"] as String) else { continue }
            guard let position = positions[row["entrantId"]] else { continue }
            records[position].deductions.append(
                Deduction(component: ComponentID(row["component"] as String), points: points, reason: row["reason"]))
        }
        var confirmed: Set<DiscrepancyKey> = []
        for row in try Row.fetchAll(db, sql: "SELECT x.entrantId, x.component, x.aspect FROM confirmation x \(join)",
                                    arguments: arguments) {
            guard let position = positions[row["entrantId"]] else { continue }
            let code = records[position].code
            let aspect: String = row["aspect"]
            confirmed.insert(DiscrepancyKey(code: code, component: ComponentID(row["component"] as String),
                                            aspect: aspect.isEmpty ? nil : AspectID(aspect)))
        }
        let rulings = try String.fetchAll(db, sql: "SELECT codes FROM ruling WHERE competitionId = ? AND tradeId = ? ORDER BY id",
                                          arguments: arguments)
            .map { $0.split(separator: ",").map { EntrantCode(String($0)) } }
        // In code order, which they usually are already (the index keeps codes in text order).
        if !records.indices.dropFirst().allSatisfy({ records[$0 - 1].code < records[$0].code }) {
            records = records.indices.sorted { records[$0].code < records[$1].code }.map { records[$0] }
        }
        return TradeSnapshot(trade: trade, isLocked: state?["lockedAt"] as String? != nil, isRevealed: isRevealed,
                             records: records,
                             names: Dictionary(uniqueKeysWithValues: names),
                             confirmed: confirmed, rulings: rulings.reversed())
    }

    /// Appends every stored mark of `trade` to its entrant's record. Read through SQLite's C
    /// interface, byte by byte: a national competition's standings read a million marks.
    ///
    /// `ids` are the trade's entrants. Marks are keyed by entrant first, so when those ids lie
    /// close together (as a trade's entrants do when registered from one file) the marks are
    /// read as one range of the table, and the few of other trades' entrants inside it are
    /// skipped; otherwise entrant by entrant through a join.
    private static func readMarks(_ db: Database, competition: String, trade: TradeID, ids: [Int64],
                           into records: inout [EntrantRecord], positions: [Int64: Int]) throws {
        guard let lowest = ids.min(), let highest = ids.max() else { return }
        let marks: RawStatement
        if highest - lowest < 2 * Int64(ids.count) {
            marks = try RawStatement(db, sql: """
                SELECT entrantId, component, judge, aspect, value FROM mark WHERE entrantId BETWEEN ? AND ?
                """)
            marks.bind(1, lowest)
            marks.bind(2, highest)
        } else {
            marks = try RawStatement(db, sql: """
                SELECT x.entrantId, x.component, x.judge, x.aspect, x.value FROM mark x
                JOIN entrant e ON e.id = x.entrantId WHERE e.competitionId = ? AND e.tradeId = ?
                """)
            marks.bind(1, competition)
            marks.bind(2, trade.rawValue)
        }
        var components = RememberedNames<ComponentID>()
        var aspects = RememberedNames<AspectID>()
        var values = RememberedDecimals()
        // An entrant's marks come together (the table is keyed by entrant first): gathered in
        // one reused array and stored once, at the size they have.
        var last: (entrant: Int64, position: Int?) = (0, nil)
        var gathered: [Mark] = []
        func store() {
            if let position = last.position, !gathered.isEmpty { records[position].marks += gathered }
            gathered.removeAll(keepingCapacity: true)
        }
        defer { store() }
        while try marks.nextRow() {
            let entrant = marks.int64(0)
            if entrant != last.entrant {
                store()
                last = (entrant, positions[entrant])
            }
            guard last.position != nil, let value = marks.withText(4, { values.value(for: $0)?.value }) else { continue }
            let judge = Int(marks.int64(2))
            gathered.append(Mark(
                component: marks.withText(1) { components.id(for: $0) { ComponentID($0) } },
                judge: judge == 0 ? nil : judge,
                aspect: marks.withText(3) { $0.isEmpty ? nil : aspects.id(for: $0) { AspectID($0) } },
                value: value))
        }
    }
}
