import CompetitionModel
import CompetitionService
import Hummingbird
import Reports
import SkillsScoring

/// `/c/{id}/board`: the projector board. Revealed trades' standings, the progress of the
/// others (no total, rank or name before the reveal); for bridge, the standings after the
/// last round with results and the current round's matches. Large type, the top of the field
/// larger still and the rest paging (`BoardPaging`); the script swaps in a fresh copy whenever
/// the event stream announces a change.
struct BoardPage {
    let service: CompetitionService

    func add(to router: Router<WebContext>) {
        let service = service
        router.get("c/:id/board", use: page { request, context in
            let id = try context.parameters.require("id")
            let paging = try BoardPaging(request)
            return try await blocking { () throws -> Response in
                let desk = try service.desk(id)
                let labels = PageLabels.labels(desk.info.language)
                var model = PageModel.base(info: desk.info, id: id, context: context, title: labels["board"]!,
                                           isBridge: desk.competition.definition.isBridge)
                model["bodyClass"] = "board"
                model["live"] = id
                switch try desk.standings() {
                case .skills(let skills, let trades):
                    guard case .skills(let progress) = try desk.progress() else { break }
                    let byTrade = Dictionary(uniqueKeysWithValues: progress.map { ($0.trade, $0) })
                    model["trades"] = trades.map { trade -> [String: Any] in
                        var entry: [String: Any] = ["name": trade.trade.name]
                        if trade.isRevealed {
                            entry["report"] = PageRenderer.report(SkillsStandingsReport(info: skills.info, trades: [trade]).document(),
                                                                 paging: paging)
                        } else if let progress = byTrade[trade.trade.id] {
                            entry["progress"] = ["entrants": progress.entrants, "competed": progress.competed, "marks": progress.marks,
                                                 "expected": progress.expected, "locked": progress.isLocked ? labels["locked"]! : ""]
                        }
                        return entry
                    }
                case .bridge(let event, let standings):
                    let reports = BridgeReports(event: event)
                    model["bridge"] = ["standings": PageRenderer.report(reports.standingsDocument(standings), paging: paging),
                                       "round": event.rounds.isEmpty ? [:] as [String: Any]
                                           : PageRenderer.report(reports.matchSheets(round: event.rounds.count))]
                }
                return PageRenderer.shared.response("board", model)
            }
        })
    }
}
