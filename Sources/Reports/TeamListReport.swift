import CompetitionModel

/// A bridge event's teams with their players.
public struct TeamListReport: Sendable {
    public var event: BridgeSnapshot
    /// The competition's id, as the JSON names it.
    public var competitionID: String

    public init(event: BridgeSnapshot, competitionID: String) {
        self.event = event
        self.competitionID = competitionID
    }

    public func document() -> ReportDocument {
        let info = event.competition.info
        let labels = Labels(info.language)
        return ReportDocument(title: "\(info.name) \(labels.teams)", sections: [ReportSection(
            columns: [ReportColumn(labels.teamNumber, numeric: true), ReportColumn(labels.teamName),
                      ReportColumn(labels.organisation), ReportColumn(labels.players)],
            rows: event.teams.map { team in
                [.number(String(team.number.rawValue)), .text(team.name), .optional(team.organisation),
                 .text(team.players.joined(separator: "、"))]
            },
            notes: ["\(event.teams.count) / \(event.teams.reduce(0) { $0 + $1.players.count })"])], labels: labels)
    }

    public func json() -> JSONValue {
        .object([("competition", .string(competitionID)), ("teams", .array(event.teams.map { team in
            .object([("number", .integer(team.number.rawValue)), ("name", .string(team.name)),
                     ("organisation", team.organisation.map(JSONValue.string) ?? .null),
                     ("players", .array(team.players.map(JSONValue.string))),
                     ("withdrawn-after-round", team.withdrawnAfterRound.map(JSONValue.integer) ?? .null)])
        }))])
    }
}
