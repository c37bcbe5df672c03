import CSVReading
import CompetitionConfig
import ExactNumbers
internal import GRDB
import SkillsScoring

/// Resolves the trade and code of an import row to a registered entrant, loaded once per
/// import so that a million rows cost no query each.
struct EntrantLookup {
    struct Entrant {
        var id: Int64
        var status: EntrantStatus
        var locked: Bool
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
        let trade = try self.trade(tradeText)
        guard let code = CSVHeader.cell(columns.code, in: record) else { throw RowProblem("code is empty") }
        return (trade, try entrant(trade: tradeText, code: code), EntrantCode(code))
    }

    /// The trade named `text`.
    func trade(_ text: String) throws(RowProblem) -> Trade {
        guard let trade = trades[text] else { throw RowProblem("unknown trade '\(text)'; expected one of: \(tradeList)") }
        return trade
    }

    /// The registered entrant `code` of `trade`, when it may be marked.
    func entrant(trade: String, code: String) throws(RowProblem) -> Entrant {
        guard let entrant = entrants[trade]?[code] else {
            throw RowProblem("unknown code '\(code)' in trade '\(trade)'")
        }
        guard entrant.status.acceptsMarks else {
            throw RowProblem("\(code) of \(trade) is \(entrant.status.rawValue); marks are refused")
        }
        return entrant
    }
}
