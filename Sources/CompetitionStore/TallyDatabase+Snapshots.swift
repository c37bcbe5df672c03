import ExactNumbers
import GRDB
import SkillsScoring

/// Everything stored about one trade, read in one consistent transaction: the engine's input
/// plus the workflow state.
public struct TradeSnapshot: Sendable {
    public var trade: Trade
    public var isLocked: Bool
    public var isRevealed: Bool
    /// The engine's input, one record per registered entrant.
    public var records: [EntrantRecord]
    /// Registration details by code (names are shown only once the trade is revealed).
    public var entrants: [EntrantCode: EntrantRow]
    /// Discrepancies the chief judge confirmed as they stand.
    public var confirmed: Set<DiscrepancyKey>
    /// Recorded rulings on ties, each an order of codes.
    public var rulings: [[EntrantCode]]
}

extension TallyDatabase {
    /// Snapshots of every trade of a skills competition (or one), in definition order.
    public func snapshots(competition: StoredCompetition, trade only: TradeID? = nil) throws -> [TradeSnapshot] {
        let skills = try skillsDefinition(competition)
        if let only, skills.trade(only) == nil {
            throw InputRejection("unknown trade '\(only)'; expected one of: \(skills.trades.map(\.id.rawValue).joined(separator: ", "))")
        }
        let trades = skills.trades.filter { only == nil || $0.id == only }
        return try read("read the marks") { db in
            try trades.map { try snapshot(db, competition: competition.id, trade: $0) }
        }
    }

    func snapshot(_ db: Database, competition: String, trade: Trade) throws -> TradeSnapshot {
        let arguments: StatementArguments = [competition, trade.id.rawValue]
        let state = try Row.fetchOne(db, sql: "SELECT lockedAt, revealedAt FROM trade WHERE competitionId = ? AND id = ?",
                                     arguments: arguments)
        var records: [Int64: EntrantRecord] = [:]
        var rows: [EntrantCode: EntrantRow] = [:]
        var codes: [Int64: EntrantCode] = [:]
        let entrants = try Row.fetchCursor(db, sql: """
            SELECT id, code, status, name, organisation, station, idNumber, statusReason FROM entrant
            WHERE competitionId = ? AND tradeId = ?
            """, arguments: arguments)
        while let row = try entrants.next() {
            let id: Int64 = row[0]
            let code = EntrantCode(row[1] as String)
            let status = EntrantStatus(rawValue: row[2]) ?? .registered
            let organisation: String? = row[4]
            codes[id] = code
            records[id] = EntrantRecord(code: code, organisation: organisation, status: status)
            rows[code] = EntrantRow(trade: trade.id, code: code, name: row[3], organisation: organisation,
                                    station: row[5], idNumber: row[6], status: status, statusReason: row[7])
        }
        let join = "JOIN entrant e ON e.id = x.entrantId WHERE e.competitionId = ? AND e.tradeId = ?"
        let marks = try Row.fetchCursor(db, sql: "SELECT x.entrantId, x.component, x.judge, x.aspect, x.value FROM mark x \(join)",
                                        arguments: arguments)
        // By column position: name lookups cost more than the work over a million marks.
        var components: [String: ComponentID] = [:]
        while let row = try marks.next() {
            let entrant: Int64 = row[0], componentText: String = row[1], judge: Int = row[2], aspect: String = row[3]
            guard let value = Rational(decimal: row[4] as String) else { continue }
            let component = components[componentText] ?? {
                components[componentText] = ComponentID(componentText)
                return ComponentID(componentText)
            }()
            records[entrant]?.marks.append(Mark(component: component, judge: judge == 0 ? nil : judge,
                                                aspect: aspect.isEmpty ? nil : AspectID(aspect), value: value))
        }
        for row in try Row.fetchAll(db, sql: "SELECT x.entrantId, x.component, x.seconds FROM time x \(join)", arguments: arguments) {
            records[row["entrantId"]]?.seconds[ComponentID(row["component"] as String)] = row["seconds"]
        }
        for row in try Row.fetchAll(db, sql: "SELECT x.entrantId, x.component, x.points, x.reason FROM deduction x \(join)",
                                    arguments: arguments) {
            guard let points = Rational(decimal: row["points"] as String) else { continue }
            records[row["entrantId"]]?.deductions.append(
                Deduction(component: ComponentID(row["component"] as String), points: points, reason: row["reason"]))
        }
        var confirmed: Set<DiscrepancyKey> = []
        for row in try Row.fetchAll(db, sql: "SELECT x.entrantId, x.component, x.aspect FROM confirmation x \(join)",
                                    arguments: arguments) {
            guard let code = codes[row["entrantId"]] else { continue }
            let aspect: String = row["aspect"]
            confirmed.insert(DiscrepancyKey(code: code, component: ComponentID(row["component"] as String),
                                            aspect: aspect.isEmpty ? nil : AspectID(aspect)))
        }
        let rulings = try String.fetchAll(db, sql: "SELECT codes FROM ruling WHERE competitionId = ? AND tradeId = ? ORDER BY id",
                                          arguments: arguments)
            .map { $0.split(separator: ",").map { EntrantCode(String($0)) } }
        return TradeSnapshot(trade: trade, isLocked: state?["lockedAt"] as String? != nil,
                             isRevealed: state?["revealedAt"] as String? != nil,
                             records: records.values.sorted { $0.code < $1.code }, entrants: rows,
                             confirmed: confirmed, rulings: rulings.reversed())
    }
}
