import CompetitionConfig
import CompetitionModel
import CompetitionStore
import Diagnostics
import SkillsScoring

/// One competition's desk: what its officials do, each a method that checks the rules, stores
/// (one transaction, audited with who did it) and returns what was done or what was computed.
/// Obtained from `CompetitionService.desk(_:)`.
public struct CompetitionDesk: Sendable {
    let database: TallyDatabase
    /// The competition as stored.
    public let competition: StoredCompetition
    /// Where this desk's changes come from, written as the audit source of rows that name no
    /// file line: `nil` at the command line, `web 10.0.0.7` in the browser.
    public var origin: String?

    /// The competition's name, language, decimals and officials.
    public var info: CompetitionInfo { competition.definition.info }

    /// This desk with its changes audited as coming from `origin` (`web 10.0.0.7`).
    public func from(_ origin: String) -> CompetitionDesk {
        var desk = self
        desk.origin = origin
        return desk
    }
}

/// The kinds of file a desk imports whole or not at all, each with its own columns or tags.
public enum ImportedFile: String, Sendable, CaseIterable {
    case marks, times, teams, deals, results

    /// The summary of an import of `count` rows: "12 marks imported", "1 team registered".
    public func summary(count: Int) -> String {
        switch self {
        case .marks: counted(count, "mark") + " imported"
        case .times: counted(count, "time") + " imported"
        case .teams: counted(count, "team") + " registered"
        case .deals: counted(count, "deal") + " stored"
        case .results: counted(count, "result") + " imported"
        }
    }
}

extension CompetitionDesk {
    /// Imports a file of `kind`, all or nothing; every bad row is reported at once. A CSV file,
    /// or an Excel workbook (`.xlsx`: its first sheet, or `sheet`) with the same columns.
    public func importFile(_ kind: ImportedFile, file: String, displayName: String? = nil, sheet: String? = nil,
                           operator: String) throws -> ImportSummary {
        let displayName = displayName ?? file
        if kind == .deals && WorkbookInput.isWorkbook(file) {
            throw InputRejection([Diagnostic(file: displayName, message: "deals come as PBN, not as a workbook")])
        }
        return try WorkbookInput.reading(file, displayName: displayName, sheet: sheet) { path in
            switch kind {
            case .marks: try importMarks(file: path, displayName: displayName, operator: `operator`)
            case .times: try importTimes(file: path, displayName: displayName, operator: `operator`)
            case .teams: try importTeams(file: path, displayName: displayName, operator: `operator`)
            case .deals: try importDeals(file: path, displayName: displayName, operator: `operator`)
            case .results: try importResults(file: path, displayName: displayName, operator: `operator`)
            }
        }
    }
}

extension CompetitionDesk {
    /// Refuses, and records the refusal in the audit trail, when the competition's officials
    /// do not allow `name` to do `action`.
    func authorize(_ name: String, _ action: OfficialAction, operation: String) throws {
        guard let reason = info.officials.refusal(of: name, for: action) else { return }
        let refusal = RuleRefusal(reason, isRoleRefusal: true)
        database.recordRefusal(refusal, competition: competition.id, operator: name, operation: operation, origin: origin)
        throw refusal
    }

    /// Runs one change in one transaction: whole or not at all. A rule refusal rolls it back
    /// and is recorded in the audit trail with who was refused and why.
    func change<T>(_ operation: String, operator name: String, _ body: (StoreTransaction) throws -> T) throws -> T {
        do {
            return try database.write(operation, competition: competition.id, origin: origin, body)
        } catch let refusal as RuleRefusal {
            database.recordRefusal(refusal, competition: competition.id, operator: name, operation: operation, origin: origin)
            throw refusal
        }
    }

    /// Refuses an import that found nothing to store: a file with only its header is a
    /// mistake (the wrong file, an export that failed), never "0 imported".
    func requireRows(_ count: Int, in file: String, what: String) throws {
        guard count == 0 else { return }
        throw InputRejection([Diagnostic(file: file, message: "the file holds no \(what), only its header")])
    }

    /// The definition of `trade`, or an `UnknownReference` listing the trades.
    func trade(_ id: TradeID) throws -> Trade {
        let skills = try competition.skills()
        guard let trade = skills.trade(id) else {
            throw UnknownReference("unknown trade '\(id)'; expected one of: \(skills.trades.map(\.id.rawValue).joined(separator: ", "))")
        }
        return trade
    }
}

extension StoreTransaction {
    /// Refuses when `trade` is locked.
    func requireUnlocked(_ trade: TradeID) throws {
        if try tradeState(trade)?.locked == true {
            throw RuleRefusal("trade '\(trade)' is locked; its marks cannot change (the chief judge can unlock it with a reason)")
        }
    }

    /// The stored entrant `code` of `trade`, or an `UnknownReference` naming both.
    func requireEntrant(trade: TradeID, code: EntrantCode) throws -> StoredEntrant {
        guard let entrant = try entrant(trade: trade, code: code) else {
            throw UnknownReference("unknown code '\(code)' in trade '\(trade)'")
        }
        return entrant
    }
}
