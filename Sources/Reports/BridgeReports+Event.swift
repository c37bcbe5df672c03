import BridgeScoring
import CompetitionModel

extension BridgeReports {
    /// The reports of a stored event: its teams and its rounds in the engine's terms.
    public init(event: BridgeSnapshot) {
        self.init(info: event.competition.info, rules: event.rules,
                  teams: event.teams.map { TeamInfo(number: $0.number, name: $0.name, players: $0.players) },
                  rounds: event.roundRecords(), penalties: event.penalties)
    }
}
