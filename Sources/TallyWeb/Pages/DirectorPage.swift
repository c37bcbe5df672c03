import BridgeScoring
import CompetitionConfig
import CompetitionModel
import CompetitionService
import Diagnostics
import Foundation
import Hummingbird
import Reports

/// `/c/{id}/director`: the bridge director (the chief judge of a bridge event). The rounds'
/// progress; a round's matches with their boards in or missing and the links to each table's
/// entry page; pairing the next round (refused with the reason while results are missing;
/// where no legal pairing exists, with rematches or a second bye allowed, or the director's own
/// pairing; a pairing withdrawn while its round has no results); corrections and adjusted
/// scores with a reason; VP penalties, forfeits, withdrawals; and
/// `/c/{id}/director/sheet/{round}`, the round sheet printed for the tables.
struct DirectorPage {
    let service: CompetitionService

    func add(to router: Router<WebContext>) {
        let service = service
        router.get("c/:id/director", use: page { request, context in
            let id = try context.parameters.require("id")
            _ = try PageModel.official(context, of: id, roles: [.chiefJudge])
            let round = request.uri.queryParameters.get("round").flatMap(Int.init)
            let notice = request.uri.queryParameters.get("done")
            return try await blocking { try Self.render(service.desk(id), context: context, round: round, notice: notice) }
        })

        router.get("c/:id/director/sheet/:round", use: page { _, context in
            let id = try context.parameters.require("id")
            let round = try context.parameters.require("round", as: Int.self)
            _ = try PageModel.official(context, of: id, roles: [.chiefJudge, .operator])
            return try await blocking {
                let desk = try service.desk(id)
                let paired = try desk.round(round)
                let boards = paired.event.rules.boards(inRound: round)
                var model = PageModel.base(info: desk.info, id: id, context: context, title: "\(round)", isBridge: true)
                let names = Dictionary(uniqueKeysWithValues: paired.event.teams.map { ($0.number, $0.name) })
                model["round"] = round
                model["boards"] = "\(boards.lowerBound)–\(boards.upperBound)"
                model["tables"] = paired.round.pairing.tables.map { table -> [String: Any] in
                    ["table": table.number, "home": "\(table.home) \(names[table.home] ?? "")", "away": "\(table.away) \(names[table.away] ?? "")",
                     "boards": "\(boards.lowerBound)–\(boards.upperBound)"]
                }
                model["bye"] = paired.round.pairing.bye.map { ["\($0) \(names[$0] ?? "")"] } ?? []
                return PageRenderer.shared.response("round-sheet", model)
            }
        })

        router.post("c/:id/director/:action", use: page { _, context in
            let id = try context.parameters.require("id")
            let action = try context.parameters.require("action")
            let name = try PageModel.official(context, of: id, roles: [.chiefJudge]).official.name
            let form = context.form ?? .empty
            return try await blocking {
                let desk = try service.desk(id, for: context)
                do {
                    let (notice, round) = try Self.perform(action, form: form, desk: desk, operator: name)
                    return PageModel.redirect(to: "/c/\(id)/director", notice: notice, fragment: round.map { "round-\($0)" })
                } catch {
                    let failure = WebFailure(error)
                    // A refused pairing opens the director's choices beside the reason.
                    return try Self.render(desk, context: context, round: form["round"].flatMap(Int.init), error: failure.message,
                                           status: failure.status, showChoices: ["pair", "set", "unpair"].contains(action))
                }
            }
        })
    }

    static func perform(_ action: String, form: FormData, desk: CompetitionDesk, operator name: String) throws -> (String, Int?) {
        let required = form.required
        func number(_ field: String) throws -> Int {
            guard let value = Int(try required(field)) else { throw InputRejection("'\(field)' is not a number") }
            return value
        }
        switch action {
        case "pair":
            // The director's choice when no legal pairing exists (bridge spec §6), with a reason.
            let allowing = try form["allow"].map(PairingAllowance.init(named:))
            let paired = try desk.pairNextRound(seed: nil, allowing: allowing, reason: form["reason"], operator: name)
            return ("round \(paired.round.number): \(paired.round.pairing.tables.count) matches", paired.round.number)
        case "set":
            // The director's own pairing: matches written home first, `3-7`, apart by spaces or commas.
            let text = try required("matches")
            let matches: [(home: TeamNumber, away: TeamNumber)]
            do throws(Diagnostic) { matches = try RoundPairing.matches(text) } catch { throw InputRejection(error.message) }
            let bye = try form["bye"].map { text -> TeamNumber in
                guard let team = Int(text) else { throw InputRejection("'bye' is not a team number") }
                return TeamNumber(team)
            }
            var allowing: Set<PairingAllowance> = []
            if form["allow-rematches"] != nil { allowing.insert(.rematches) }
            if form["allow-second-bye"] != nil { allowing.insert(.secondBye) }
            let paired = try desk.setRound(try number("round"), matches: matches, bye: bye, allowing: allowing,
                                           reason: try required("reason"), operator: name)
            return ("round \(paired.round.number): the director's pairing, \(paired.round.pairing.tables.count) matches", paired.round.number)
        case "unpair":
            try desk.unpairRound(try number("round"), reason: try required("reason"), operator: name)
            return ("round \(try number("round")): pairing withdrawn", nil)
        case "correct", "adjust":
            let round = try number("round")
            let words = action == "adjust" ? [] : try required("result").split(separator: " ").map(String.init)
            let input = ResultInput(round: round, board: try number("board"), team: form["team"].flatMap(Int.init), seat: form["seat"],
                                    table: form["table"].flatMap(Int.init), room: form["room"],
                                    adjusted: action == "adjust" ? try required("adjusted") : nil, words: words)
            // An adjusted score may be the first result at its place, or replace one.
            let stored = try desk.enterResult(input, correcting: form["replace"] == nil && action == "adjust" ? nil : try required("reason"),
                                              operator: name)
            return ("round \(round) board \(stored.board): \(stored.adjustment?.rawValue ?? "NS \(stored.northSouthScore ?? 0)")", round)
        case "penalty":
            let hundredths = try desk.penalise(team: TeamNumber(try number("team")), round: try number("round"),
                                               victoryPoints: try required("vp"), reason: try required("reason"), operator: name)
            return ("team \(try number("team")): −\(formatHundredths(hundredths)) VP", try number("round"))
        case "forfeit":
            try desk.forfeit(round: try number("round"), team: TeamNumber(try number("team")), reason: try required("reason"), operator: name)
            return ("round \(try number("round")): team \(try number("team")) forfeits", try number("round"))
        case "withdraw":
            try desk.withdraw(team: TeamNumber(try number("team")), reason: try required("reason"), operator: name)
            return ("team \(try number("team")) withdrawn", nil)
        default:
            throw WebFailure(.notFound, "no such action '\(action)'")
        }
    }

    static func render(_ desk: CompetitionDesk, context: WebContext, round chosen: Int?, notice: String? = nil,
                       error: String? = nil, status: HTTPResponse.Status = .ok, showChoices: Bool = false) throws -> Response {
        let labels = PageLabels.labels(desk.info.language)
        var model = PageModel.base(info: desk.info, id: desk.competition.id, context: context, title: labels["director"]!, isBridge: true)
        if let notice { model["notice"] = notice }
        if let error { model["error"] = error }
        if showChoices { model["showChoices"] = true }
        guard case .bridge(let progress) = try desk.progress() else { throw WebFailure(.notFound, "a skills competition's chief judge works at /chief") }
        let event = try desk.bridgeEvent()
        model["rounds"] = progress.map(ProgressModel.round)
        model["isRobot"] = event.rules.form == .robot
        model["teams"] = event.teams.map { ["number": $0.number.rawValue, "name": $0.name] }
        let round = chosen ?? event.rounds.count
        if let stored = event.rounds.first(where: { $0.number == round }) {
            let boards = Array(event.rules.boards(inRound: round))
            let perBoard = event.rules.form == .robot ? 2 * event.rules.robotTables : 2
            let names = Dictionary(uniqueKeysWithValues: event.teams.map { ($0.number, $0.name) })
            let inRound = event.results.filter { $0.round == round }
            model["round"] = [
                "number": round,
                "matches": stored.pairing.tables.map { table -> [String: Any] in
                    let results = inRound.filter { $0.table == table.number || $0.team == table.home || $0.team == table.away }
                    let missing = boards.filter { board in results.count { $0.board == board } < perBoard }
                    return ["table": table.number, "home": "\(table.home) \(names[table.home] ?? "")", "away": "\(table.away) \(names[table.away] ?? "")",
                            "in": boards.count - missing.count, "boards": boards.count,
                            "missing": missing.map(String.init).joined(separator: ", "), "href": "/c/\(desk.competition.id)/tables/\(round)/\(table.number)"]
                },
                "bye": stored.pairing.bye.map { ["\($0) \(names[$0] ?? "")"] } ?? [],
                "sheets": PageRenderer.report(BridgeReports(event: event).matchSheets(round: round)),
            ] as [String: Any]
        }
        model["roundLinks"] = event.rounds.map { ["number": $0.number, "href": "/c/\(desk.competition.id)/director?round=\($0.number)"] }
        return PageRenderer.shared.response("director", model, status: status)
    }
}
