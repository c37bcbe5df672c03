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
