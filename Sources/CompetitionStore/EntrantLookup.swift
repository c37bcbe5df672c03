import CSVReading
import CompetitionConfig
import ExactNumbers
import GRDB
import SkillsScoring

/// Resolves the trade and code of an import row to a registered entrant, loaded once per
/// import so that a million rows cost no query each.
struct EntrantLookup {
    struct Entrant {
        var id: Int64
        var status: EntrantStatus
        var locked: Bool
    }

    struct Row {
        var trade: Trade
        var code: EntrantCode
        var entrant: Entrant
        var slot: MarkSlot
        var value: Rational
    }

    /// Where each column of a marks or times file is, found once per file.
    struct Columns {
        var trade, code, component, judge, aspect, mark: Int?

        init(_ header: CSVHeader) {
            trade = header.position(of: "trade")
            code = header.position(of: "code")
            component = header.position(of: "component")
            judge = header.position(of: "judge")
            aspect = header.position(of: "aspect")
            mark = header.position(of: "mark")
        }
    }

    private let trades: [String: Trade]
    private let tradeList: String
    private var entrants: [String: [String: Entrant]] = [:]

    init(_ db: Database, competition: String, definition: SkillsCompetition) throws {
        trades = Dictionary(uniqueKeysWithValues: definition.trades.map { ($0.id.rawValue, $0) })
        tradeList = definition.trades.map(\.id.rawValue).joined(separator: ", ")
        let rows = try GRDB.Row.fetchCursor(db, sql: """
            SELECT e.id, e.tradeId, e.code, e.status, t.lockedAt FROM entrant e
            JOIN trade t ON t.competitionId = e.competitionId AND t.id = e.tradeId WHERE e.competitionId = ?
            """, arguments: [competition])
        while let row = try rows.next() {
            let entrant = Entrant(id: row[0], status: EntrantStatus(rawValue: row[3]) ?? .registered,
                                  locked: (row[4] as String?) != nil)
            entrants[row[1], default: [:]][row[2]] = entrant
        }
    }

    /// The trade and registered entrant a row names (columns `trade` and `code`).
    func entrant(_ record: CSVRecord, columns: Columns) throws(RowProblem) -> (Trade, Entrant, EntrantCode) {
        guard let tradeText = CSVHeader.cell(columns.trade, in: record) else { throw RowProblem("trade is empty") }
        guard let trade = trades[tradeText] else { throw RowProblem("unknown trade '\(tradeText)'; expected one of: \(tradeList)") }
        guard let code = CSVHeader.cell(columns.code, in: record) else { throw RowProblem("code is empty") }
        guard let entrant = entrants[tradeText]?[code] else {
            throw RowProblem("unknown code '\(code)' in trade '\(tradeText)'")
        }
        guard entrant.status.acceptsMarks else {
            throw RowProblem("\(code) of \(tradeText) is \(entrant.status.rawValue); marks are refused")
        }
        return (trade, entrant, EntrantCode(code))
    }

    /// A marks row resolved: trade, entrant, slot and value (not yet checked against the rules).
    func resolve(_ record: CSVRecord, columns: Columns) throws(RowProblem) -> Row {
        let (trade, entrant, code) = try entrant(record, columns: columns)
        guard let component = CSVHeader.cell(columns.component, in: record) else { throw RowProblem("component is empty") }
        var judge: Int?
        if let text = CSVHeader.cell(columns.judge, in: record) {
            let digits = text.uppercased().hasPrefix("J") ? String(text.dropFirst()) : text
            guard let seat = Int(digits), seat >= 1 else {
                throw RowProblem("invalid judge '\(text)'; expected a panel seat J1, J2, … (or 1, 2, …)")
            }
            judge = seat
        }
        guard let markText = CSVHeader.cell(columns.mark, in: record) else { throw RowProblem("mark is empty") }
        guard let value = Rational(decimal: markText) else {
            throw RowProblem("invalid mark '\(markText)'; expected a number such as 86 or 86.5")
        }
        return Row(trade: trade, code: code, entrant: entrant,
                   slot: MarkSlot(component: ComponentID(component), judge: judge,
                                  aspect: CSVHeader.cell(columns.aspect, in: record).map { AspectID($0) }),
                   value: value)
    }
}
