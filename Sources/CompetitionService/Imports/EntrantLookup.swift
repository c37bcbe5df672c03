import CSVReading
import Diagnostics
import CompetitionConfig
import CompetitionStore
import SkillsScoring

/// Resolves the trade and code of an import row to a registered entrant, loaded once per
/// import so that a million rows cost no query each.
struct EntrantLookup {
    /// What an import needs of an entrant (kept small: a national competition has 200,000).
    struct Entrant {
        var key: EntrantKey
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

    init(_ store: StoreTransaction, definition: SkillsCompetition) throws {
        trades = Dictionary(uniqueKeysWithValues: definition.trades.map { ($0.id.rawValue, $0) })
        tradeList = definition.trades.map(\.id.rawValue).joined(separator: ", ")
        try store.forEachEntrant { entrant in
            entrants[entrant.trade.rawValue, default: [:]][entrant.code.rawValue] =
                Entrant(key: entrant.key, status: entrant.status, locked: entrant.locked)
        }
    }

    /// The trade and registered entrant a row names (columns `trade` and `code`).
    func entrant(_ record: CSVRecord, columns: Columns) throws(Diagnostic) -> (Trade, Entrant, EntrantCode) {
        guard let tradeText = CSVHeader.cell(columns.trade, in: record) else { throw Diagnostic("trade is empty") }
        let trade = try self.trade(tradeText)
        guard let code = CSVHeader.cell(columns.code, in: record) else { throw Diagnostic("code is empty") }
        return (trade, try entrant(trade: tradeText, code: code), EntrantCode(code))
    }

    /// The trade named `text`.
    func trade(_ text: String) throws(Diagnostic) -> Trade {
        guard let trade = trades[text] else { throw Diagnostic("unknown trade '\(text)'; expected one of: \(tradeList)") }
        return trade
    }

    /// The registered entrant `code` of `trade`, when it may be marked.
    func entrant(trade: String, code: String) throws(Diagnostic) -> Entrant {
        // Codes are stored upper-case: a hit as typed, else as `EntrantCode` spells it (`a04`).
        guard let entrant = entrants[trade]?[code] ?? entrants[trade]?[EntrantCode(code).rawValue] else {
            throw Diagnostic("unknown code '\(code)' in trade '\(trade)'")
        }
        guard entrant.status.acceptsMarks else {
            throw Diagnostic("\(code) of \(trade) is \(entrant.status.rawValue); marks are refused")
        }
        return entrant
    }
}
