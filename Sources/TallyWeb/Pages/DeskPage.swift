import BridgeScoring
import CompetitionConfig
import CompetitionModel
import CompetitionService
import Diagnostics
import Foundation
import Hummingbird
import Reports
import SkillsScoring

/// `/c/{id}/desk`: the data-entry desk (and the chief judge). Skills: progress per trade, the
/// entrants of one trade (register, edit details, set a status), single marks, uploads of
/// entrants, marks and times. Bridge: the teams and uploads of teams, deals and results.
/// Every upload is the command line's import: all or nothing, every bad row reported.
struct DeskPage {
    let service: CompetitionService

    func add(to router: Router<WebContext>) {
        let service = service
        let roles: Set<Official.Role> = [.operator, .chiefJudge]
        router.get("c/:id/desk", use: page { request, context in
            let id = try context.parameters.require("id")
            _ = try PageModel.official(context, of: id, roles: roles)
            let trade = request.uri.queryParameters.get("trade")
            let notice = request.uri.queryParameters.get("done")
            return try await blocking { try Self.render(service.desk(id), context: context, trade: trade, notice: notice) }
        })

        router.post("c/:id/desk/:action", use: page { _, context in
            let id = try context.parameters.require("id")
            let action = try context.parameters.require("action")
            let name = try PageModel.official(context, of: id, roles: roles).official.name
            let form = context.form ?? .empty
            return try await blocking {
                let desk = try service.desk(id, for: context)
                do {
                    let notice = try Self.perform(action, form: form, desk: desk, operator: name)
                    return PageModel.redirect(to: "/c/\(id)/desk", notice: notice)
                } catch {
                    let failure = WebFailure(error)
                    return try Self.render(desk, context: context, trade: form["trade"], error: failure.message, status: failure.status)
                }
            }
        })
    }

    /// Does what the form asks and says what was done.
    static func perform(_ action: String, form: FormData, desk: CompetitionDesk, operator name: String) throws -> String {
        let required = form.required
        switch action {
        case "register":
            let row = try desk.addEntrant(EntrantRow(trade: TradeID(try required("trade")), code: EntrantCode(form["code"] ?? ""),
                                                     name: try required("name"), organisation: form["organisation"], station: form["station"]),
                                          operator: name)
            return "\(row.code) \(row.name) ✓"
        case "edit":
            let row = try desk.editEntrant(code: EntrantCode(try required("code")), trade: TradeID(try required("trade")),
                                           EntrantEdit(name: form["name"], organisation: form["organisation"], station: form["station"]),
                                           reason: try required("reason"), operator: name)
            return "\(row.code) \(row.name) ✓"
        case "status":
            guard let status = EntrantStatus(rawValue: try required("status")) else { throw InputRejection("unknown status") }
            try desk.setStatus(status, code: EntrantCode(try required("code")), trade: TradeID(try required("trade")),
                               reason: form["reason"], operator: name)
            return "\(try required("code")): \(status.rawValue) ✓"
        case "mark":
            let entry = try desk.enterMark(MarkInput(trade: TradeID(try required("trade")), code: EntrantCode(try required("code")),
                                                     component: ComponentID(try required("component")), judge: form["judge"],
                                                     aspect: form["aspect"].map { AspectID($0) }, value: try required("mark")),
                                           correcting: nil, operator: name)
            return "\(entry.code) \(entry.slot.component) \(entry.value.exactDescription) ✓"
        case "upload":
            let kind = try required("kind")
            guard let file = form.files["file"], !file.bytes.isEmpty else { throw InputRejection("choose the file to upload") }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-upload-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let base = (file.name as NSString).lastPathComponent
            let path = folder.appendingPathComponent(base.isEmpty ? "upload" : base).path
            try file.bytes.write(to: URL(fileURLWithPath: path))
            if kind == "entrants" {
                let seed = try form["seed"].map { text -> UInt64 in
                    guard let seed = UInt64(text) else { throw InputRejection("invalid seed '\(text)'; expected a whole number") }
                    return seed
                }
                let summary = try desk.importEntrants(file: path, displayName: base, seed: seed, operator: name)
                return "\(base): " + counted(summary.rows, "entrant") + " registered"
                    + summary.draws.sorted { $0.key.rawValue < $1.key.rawValue }.map { "; \($0.key) drawn with seed \($0.value)" }.joined()
            }
            guard let imported = ImportedFile(rawValue: kind) else { throw InputRejection("unknown kind of file '\(kind)'") }
            let summary = try desk.importFile(imported, file: path, displayName: base, operator: name)
            return "\(base): " + imported.summary(count: summary.rows)
        default:
            throw WebFailure(.notFound, "no such desk action '\(action)'")
        }
    }

    static func render(_ desk: CompetitionDesk, context: WebContext, trade chosen: String?, notice: String? = nil,
                       error: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let labels = PageLabels.labels(desk.info.language)
        let isBridge = desk.competition.definition.isBridge
        var model = PageModel.base(info: desk.info, id: desk.competition.id, context: context, title: labels["desk"]!, isBridge: isBridge)
        if let notice { model["notice"] = notice }
        if let error { model["error"] = error }
        switch try desk.progress() {
        case .skills(let progress):
            let skills = try desk.competition.skills()
            let trade = chosen.flatMap { id in skills.trades.first { $0.id.rawValue == id } } ?? skills.trades.first
            model["skills"] = [
                "progress": progress.map(ProgressModel.trade),
                "trades": skills.trades.map { ["id": $0.id.rawValue, "name": $0.name, "selected": $0.id == trade?.id] },
                "trade": trade.map { ["id": $0.id.rawValue, "name": $0.name] } ?? [:],
                "entrants": try trade.map { try desk.entrants(trade: $0.id) }?.map { entrant -> [String: Any] in
                    ["code": entrant.code.rawValue, "name": entrant.name, "organisation": entrant.organisation ?? "",
                     "station": entrant.station ?? "", "status": entrant.status.rawValue, "reason": entrant.statusReason ?? "",
                     "trade": entrant.trade.rawValue,
                     "statuses": EntrantStatus.allCases.filter { $0 != entrant.status && $0 != .competed }.map(\.rawValue)]
                } ?? [],
                "components": trade?.rules.markableIDs.map(\.rawValue) ?? [],
                "kinds": ["entrants", "marks", "times"],
            ] as [String: Any]
        case .bridge(let rounds):
            let event = try desk.bridgeEvent()
            model["bridge"] = [
                "rounds": rounds.map(ProgressModel.round),
                "teams": event.teams.map { ["number": $0.number.rawValue, "name": $0.name, "organisation": $0.organisation ?? "",
                                            "players": $0.players.joined(separator: "、")] },
                "kinds": ["teams", "deals", "results"],
            ] as [String: Any]
        }
        return PageRenderer.shared.response("desk", model, status: status)
    }
}

/// Progress rows as the desk, the chief judge and the director show them.
enum ProgressModel {
    static func trade(_ progress: TradeProgress) -> [String: Any] {
        ["trade": progress.trade.rawValue, "name": progress.name, "entrants": progress.entrants, "competed": progress.competed,
         "marks": progress.marks, "expected": progress.expected, "locked": progress.isLocked, "revealed": progress.isRevealed]
    }

    static func round(_ progress: RoundProgress) -> [String: Any] {
        ["round": progress.round, "results": progress.results, "expected": progress.expected, "complete": progress.isComplete]
    }
}
