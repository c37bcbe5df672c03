import CompetitionConfig
import CompetitionModel
import CompetitionStore

/// One competition's desk: what its officials do, each a method that checks the rules, stores
/// (one transaction, audited with who did it) and returns what was done or what was computed.
/// Obtained from `CompetitionService.desk(_:)`.
public struct CompetitionDesk: Sendable {
    let database: TallyDatabase
    /// The competition as stored.
    public let competition: StoredCompetition

    /// The competition's name, language, decimals and officials.
    public var info: CompetitionInfo { competition.definition.info }
}

/// The kinds of file a desk imports whole or not at all, each with its own columns or tags.
public enum ImportedFile: String, Sendable, CaseIterable {
    case marks, times, teams, deals, results

    /// What one imported row is called in a summary ("12 marks imported").
    public var summary: String {
        switch self {
        case .marks: "marks imported"
        case .times: "times imported"
        case .teams: "teams registered"
        case .deals: "deals stored"
        case .results: "results imported"
        }
    }
}

extension CompetitionDesk {
    /// Imports a file of `kind`, all or nothing; every bad row is reported at once.
    public func importFile(_ kind: ImportedFile, file: String, displayName: String? = nil, operator: String) throws -> ImportSummary {
        switch kind {
        case .marks: try importMarks(file: file, displayName: displayName, operator: `operator`)
        case .times: try importTimes(file: file, displayName: displayName, operator: `operator`)
        case .teams: try importTeams(file: file, displayName: displayName, operator: `operator`)
        case .deals: try importDeals(file: file, displayName: displayName, operator: `operator`)
        case .results: try importResults(file: file, displayName: displayName, operator: `operator`)
        }
    }
}
