import BridgeScoring
import CompetitionConfig
import CompetitionModel
import CompetitionService
import Diagnostics
import Foundation
import Hummingbird
import Reports

/// `/c/{id}/tables/{round}/{table}`: one table's results of one round, board by board — in robot
/// form each team's seats, in teams-of-four the open and closed rooms — one form per place:
/// contract (level, strain, X/XX, or Pass), declarer, tricks. A saved result shows its
/// North-South score at once and is corrected only by the director; a board or contract that
/// does not belong there is refused with the reason beside its form. The match's IMPs and VPs
/// follow as the boards come in.
struct TablePage {
    let service: CompetitionService

    /// A refused form: where it was and why.
    struct Attempt {
        var place: String
        var error: String
    }

    func add(to router: Router<WebContext>) {
        let service = service
        let roles: Set<Official.Role> = [.operator, .chiefJudge]
        router.get("c/:id/tables/:round/:table", use: page { request, context in
            let id = try context.parameters.require("id")
            _ = try PageModel.official(context, of: id, roles: roles)
            let round = try context.parameters.require("round", as: Int.self)
            let table = try context.parameters.require("table", as: Int.self)
            let notice = request.uri.queryParameters.get("done")
            return try await blocking { try Self.render(service.desk(id), context: context, round: round, table: table, notice: notice) }
        })

        router.post("c/:id/tables/:round/:table", use: page { _, context in
            let id = try context.parameters.require("id")
            let name = try PageModel.official(context, of: id, roles: roles).official.name
            let round = try context.parameters.require("round", as: Int.self)
            let table = try context.parameters.require("table", as: Int.self)
            let form = context.form ?? .empty
            return try await blocking {
                let desk = try service.desk(id, for: context)
                let place = form["place"] ?? ""
                do {
                    guard let board = form["board"].flatMap(Int.init) else { throw InputRejection("the form lacks its board") }
                    let words: [String]
                    if form["level"] == "pass" {
                        words = ["PASS"]
                    } else {
                        guard let level = form["level"], let strain = form["strain"] else { throw InputRejection("choose the contract's level and strain") }
                        guard let declarer = form["declarer"] else { throw InputRejection("choose the declarer") }
                        guard let tricks = form["tricks"] else { throw InputRejection("choose the tricks declarer took") }
                        words = [level + strain + (form["doubled"] ?? ""), declarer, tricks]
                    }
                    let input = ResultInput(round: round, board: board, team: form["team"].flatMap(Int.init), seat: form["seat"],
                                            table: table, room: form["room"], words: words)
                    let stored = try desk.enterResult(input, correcting: nil, operator: name)
                    return PageModel.redirect(to: "/c/\(id)/tables/\(round)/\(table)",
                                              notice: "\(board): \(words.joined(separator: " ")) · NS \(stored.northSouthScore ?? 0)", fragment: place)
                } catch {
                    let failure = WebFailure(error)
                    return try Self.render(desk, context: context, round: round, table: table,
                                           attempt: Attempt(place: place, error: failure.message), status: failure.status)
                }
            }
        })
    }

    static func render(_ desk: CompetitionDesk, context: WebContext, round: Int, table number: Int, notice: String? = nil,
                       attempt: Attempt? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let labels = PageLabels.labels(desk.info.language)
        let paired = try desk.round(round)
        guard let table = paired.round.pairing.tables.first(where: { $0.number == number }) else {
            throw WebFailure(.notFound, "there is no table \(number) in round \(round)")
        }
        let event = paired.event
        var model = PageModel.base(info: desk.info, id: desk.competition.id, context: context,
                                   title: "\(labels["tableEntry"]!) \(round)/\(number)", isBridge: true)
        if let notice { model["notice"] = notice }
        let names = Dictionary(uniqueKeysWithValues: event.teams.map { ($0.number, $0.name) })
        model["round"] = round
        model["table"] = number
        model["home"] = "\(table.home) \(names[table.home] ?? "")"
        model["away"] = "\(table.away) \(names[table.away] ?? "")"
        // The places of a board at this table: each team's seats, or the two rooms.
        var places: [(key: String, label: String, fields: [String: Any], matches: (ResultEntry) -> Bool)] = []
        switch event.rules.form {
        case .robot:
            let seats: [Partnership] = event.rules.robotTables == 2 ? [.northSouth, .eastWest] : [.northSouth]
            for team in [table.home, table.away] {
                for seat in seats {
                    places.append(("t\(team)-\(seat.rawValue)", "\(team) \(names[team] ?? "") · \(seat.rawValue)",
                                   ["team": team.rawValue, "seat": seat.rawValue], { $0.team == team && $0.seat == seat }))
                }
            }
        case .teamsOfFour:
            for room in Room.allCases {
                places.append((room.rawValue, room.rawValue, ["room": room.rawValue], { $0.table == number && $0.room == room }))
            }
        }
        let results = event.results.filter { $0.round == round }
        model["boards"] = event.rules.boards(inRound: round).map { board -> [String: Any] in
            ["board": board, "places": places.map { place -> [String: Any] in
                let anchor = "b\(board)-\(place.key)"
                var entry: [String: Any] = ["label": place.label, "anchor": anchor, "board": board,
                                            "hidden": place.fields.map { ["name": $0.key, "value": "\($0.value)"] }]
                if let stored = results.first(where: { $0.board == board && place.matches($0) }) {
                    entry["stored"] = [stored.adjustment?.rawValue
                        ?? "\(stored.contract?.description ?? "") \(stored.declarer?.rawValue ?? "") \(stored.tricks.map(String.init) ?? "")"
                        + " · NS \(stored.northSouthScore ?? 0)"]
                }
                if let attempt, attempt.place == anchor { entry["error"] = [attempt.error] }
                return entry
            }]
        }
        model["levels"] = (1...7).map(String.init)
        model["strains"] = ["C", "D", "H", "S", "NT"]
        model["seats"] = ["N", "E", "S", "W"]
        model["trickCounts"] = (0...13).map(String.init)
        model["sheet"] = PageRenderer.report(BridgeReports(event: event).matchSheets(round: round, table: number))
        return PageRenderer.shared.response("table", model, status: status)
    }
}
