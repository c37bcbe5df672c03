import CompetitionConfig
import CompetitionModel
import SkillsScoring

/// The registered entrants with their names: the organiser's desk list.
public struct EntrantListReport: Sendable {
    public var competition: SkillsCompetition
    /// The competition's id, as the JSON names it.
    public var competitionID: String
    public var entrants: [EntrantRow]

    public init(competition: SkillsCompetition, competitionID: String, entrants: [EntrantRow]) {
        self.competition = competition
        self.competitionID = competitionID
        self.entrants = entrants
    }

    public func document() -> ReportDocument {
        let labels = Labels(competition.info.language)
        let names = Dictionary(uniqueKeysWithValues: competition.trades.map { ($0.id, $0.name) })
        return ReportDocument(title: "\(competition.info.name) \(labels.entrants)", sections: [ReportSection(
            columns: [ReportColumn(labels.trade), ReportColumn(labels.code), ReportColumn(labels.name),
                      ReportColumn(labels.organisation), ReportColumn(labels.station), ReportColumn(labels.status)],
            rows: entrants.map { entrant in
                [.text(names[entrant.trade] ?? entrant.trade.rawValue), .text(entrant.code.rawValue), .text(entrant.name),
                 .optional(entrant.organisation), .optional(entrant.station), .text(labels.status(entrant.status))]
            })], labels: labels)
    }

    public func json() -> JSONValue {
        .object([("competition", .string(competitionID)), ("entrants", .array(entrants.map { entrant in
            .object([("trade", .string(entrant.trade.rawValue)), ("code", .string(entrant.code.rawValue)),
                     ("name", .string(entrant.name)), ("organisation", entrant.organisation.map(JSONValue.string) ?? .null),
                     ("station", entrant.station.map(JSONValue.string) ?? .null),
                     ("status", .string(entrant.status.rawValue)),
                     ("status-reason", entrant.statusReason.map(JSONValue.string) ?? .null)])
        }))])
    }
}
