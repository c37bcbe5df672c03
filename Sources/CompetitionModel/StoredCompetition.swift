import CompetitionConfig
import Diagnostics

/// A competition as stored: its definition, re-read from the YAML kept in the database.
public struct StoredCompetition: Sendable {
    public var id: String
    public var definition: CompetitionDefinition
    public var source: String

    public init(id: String, definition: CompetitionDefinition, source: String) {
        self.id = id
        self.definition = definition
        self.source = source
    }
}

extension StoredCompetition {
    /// The skills definition; a bridge event is rejected here, the one place the kind is checked.
    public func skills() throws(InputRejection) -> SkillsCompetition {
        guard case .skills(let skills) = definition else {
            throw InputRejection("competition '\(id)' is a bridge event; this command is for skills competitions")
        }
        return skills
    }

    /// The bridge definition; a skills competition is rejected here.
    public func bridge() throws(InputRejection) -> BridgeCompetition {
        guard case .bridgeTeams(let bridge) = definition else {
            throw InputRejection("competition '\(id)' is a skills competition; this command is for bridge events")
        }
        return bridge
    }
}

/// What `store(_:source:operator:)` did.
public enum DefinitionLoadOutcome: String, Sendable {
    case created, updated, unchanged
}
