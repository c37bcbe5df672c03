import BridgeScoring
import SkillsScoring

/// Marker for competition identifiers.
public enum CompetitionIdentifierKind {}
/// Identifies a competition in a database, e.g. `wansheng-craftsman-2023`.
public typealias CompetitionID = Identifier<CompetitionIdentifierKind>

/// A validated competition definition of either kind.
public enum CompetitionDefinition: Sendable, Hashable {
    case skills(SkillsCompetition)
    case bridgeTeams(BridgeCompetition)

    /// The `competition:` section common to both kinds.
    public var info: CompetitionInfo {
        switch self {
        case .skills(let competition): competition.info
        case .bridgeTeams(let competition): competition.info
        }
    }
}

/// The kind of a competition, as written in `competition.kind`.
public enum CompetitionKind: String, Sendable, CaseIterable {
    /// 职业技能大赛.
    case skills
    /// 桥牌团体赛.
    case bridgeTeams = "bridge-teams"
}

/// The language of labels in printed outputs.
public enum OutputLanguage: String, Sendable, CaseIterable {
    case zh, en
}

/// A calendar date as written in a definition (`2023-02-15`).
public struct CompetitionDate: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

/// The `competition:` section.
public struct CompetitionInfo: Sendable, Hashable {
    public var id: CompetitionID
    public var name: String
    public var kind: CompetitionKind
    public var organiser: String?
    public var date: CompetitionDate?
    /// Published precision: totals round half-up to this many decimals.
    public var decimals: Int
    public var language: OutputLanguage
    /// The declared officials; when any are, only they may write, each within their role.
    public var officials: [Official]

    public init(id: CompetitionID, name: String, kind: CompetitionKind, organiser: String? = nil,
                date: CompetitionDate? = nil, decimals: Int = 2, language: OutputLanguage = .en,
                officials: [Official] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.organiser = organiser
        self.date = date
        self.decimals = decimals
        self.language = language
        self.officials = officials
    }
}

/// A validated skills competition: its trades with their resolved rules, titles and
/// organisation scoring.
public struct SkillsCompetition: Sendable, Hashable {
    public var info: CompetitionInfo
    /// Trades in definition order, each with the defaults and its overrides applied.
    public var trades: [Trade]
    public var titles: [TitleRule]
    public var organisations: OrganisationScoring
    /// Cross-trade standardised scores, when configured.
    public var standardisation: Standardisation?

    public init(info: CompetitionInfo, trades: [Trade], titles: [TitleRule] = [],
                organisations: OrganisationScoring = OrganisationScoring(),
                standardisation: Standardisation? = nil) {
        self.info = info
        self.trades = trades
        self.titles = titles
        self.organisations = organisations
        self.standardisation = standardisation
    }

    /// The trade with this id, if any.
    public func trade(_ id: TradeID) -> Trade? { trades.first { $0.id == id } }
}

/// A validated bridge team competition.
public struct BridgeCompetition: Sendable, Hashable {
    public var info: CompetitionInfo
    public var rules: EventRules
    public var awards: TeamAwards

    public init(info: CompetitionInfo, rules: EventRules, awards: TeamAwards) {
        self.info = info
        self.rules = rules
        self.awards = awards
    }
}
