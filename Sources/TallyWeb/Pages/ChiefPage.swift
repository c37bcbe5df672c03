import CompetitionConfig
import CompetitionModel
import CompetitionService
import Diagnostics
import Foundation
import Hummingbird
import Reports
import SkillsScoring

/// `/c/{id}/chief`: the chief judge's page. Progress per trade with lock, unlock (a reason) and
/// reveal; discrepancies with a correction form and "confirm as it stands"; withdrawing a
/// mark; drawing the recheck list; the audit trail with filters (trade, action, official).
struct ChiefPage {
    let service: CompetitionService

    func add(to router: Router<WebContext>) {
        let service = service
        router.get("c/:id/chief", use: page { request, context in
            let id = try context.parameters.require("id")
            _ = try PageModel.official(context, of: id, roles: [.chiefJudge])
            let query = request.uri.queryParameters
            let filter = AuditFilter(trade: query.get("trade"), action: query.get("action"), official: query.get("official"))
            let notice = query.get("done")
            return try await blocking { try Self.render(service.desk(id), context: context, filter: filter, notice: notice) }
        })

        router.post("c/:id/chief/:action", use: page { _, context in
            let id = try context.parameters.require("id")
            let action = try context.parameters.require("action")
            let name = try PageModel.official(context, of: id, roles: [.chiefJudge]).official.name
            let form = context.form ?? .empty
            return try await blocking {
                let desk = try service.desk(id, for: context)
                do {
                    return PageModel.redirect(to: "/c/\(id)/chief", notice: try Self.perform(action, form: form, desk: desk, operator: name))
                } catch {
                    let failure = WebFailure(error)
                    return try Self.render(desk, context: context, filter: AuditFilter(), error: failure.message, status: failure.status)
                }
            }
        })
    }

    struct AuditFilter: Sendable {
        var trade: String?
        var action: String?
        var official: String?
    }

    static func perform(_ action: String, form: FormData, desk: CompetitionDesk, operator name: String) throws -> String {
        let required = form.required
        switch action {
        case "lock", "unlock", "reveal":
            guard let step = TradeStep(rawValue: action) else { throw WebFailure(.notFound, "no such step") }
            let trade = TradeID(try required("trade"))
            try step.take(trade, reason: action == "unlock" ? try required("reason") : "", on: desk, operator: name)
            return "\(trade): \(action) ✓"
        case "correct":
            let entry = try desk.enterMark(MarkInput(trade: TradeID(try required("trade")), code: EntrantCode(try required("code")),
                                                     component: ComponentID(try required("component")), judge: form["judge"],
                                                     aspect: form["aspect"].map { AspectID($0) }, value: try required("mark")),
                                           correcting: try required("reason"), operator: name)
            return "\(entry.code) \(entry.slot.component)\(entry.slot.judge.map { " J\($0)" } ?? ""): \(entry.value.exactDescription) ✓"
        case "confirm":
            let key = DiscrepancyKey(code: EntrantCode(try required("code")), component: ComponentID(try required("component")),
                                     aspect: form["aspect"].map { AspectID($0) })
            try desk.confirmDiscrepancy(key, trade: TradeID(try required("trade")), reason: try required("reason"), operator: name)
            return "\(key.code) \(key.component) ✓"
        case "withdraw":
            let old = try desk.withdrawMark(MarkInput(trade: TradeID(try required("trade")), code: EntrantCode(try required("code")),
                                                      component: ComponentID(try required("component")), judge: form["judge"],
                                                      aspect: form["aspect"].map { AspectID($0) }, value: ""),
                                            reason: try required("reason"), operator: name)
            return "\(try required("code")) \(try required("component")): \(old) withdrawn"
        case "recheck":
            guard let seed = UInt64(try required("seed")) else { throw InputRejection("invalid seed; expected a whole number") }
            let top = try form["top"].map { text -> Int in
                guard let top = Int(text), top > 0 else { throw InputRejection("invalid top '\(text)'; expected a positive whole number") }
                return top
            }
            let draw = try desk.recheck(trade: TradeID(try required("trade")), seed: seed, top: top, operator: name)
            return "\(draw.trade.trade.name) (seed \(seed)): " + draw.codes.map(\.rawValue).joined(separator: ", ")
        default:
            throw WebFailure(.notFound, "no such action '\(action)'")
        }
    }

    static func render(_ desk: CompetitionDesk, context: WebContext, filter: AuditFilter, notice: String? = nil,
                       error: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let labels = PageLabels.labels(desk.info.language)
        var model = PageModel.base(info: desk.info, id: desk.competition.id, context: context, title: labels["chief"]!)
        if let notice { model["notice"] = notice }
        if let error { model["error"] = error }
        guard case .skills(let progress) = try desk.progress() else { throw WebFailure(.notFound, "a bridge event's director works at /director") }
        model["progress"] = progress.map(ProgressModel.trade)
        let (_, trades) = try desk.discrepancies()
        model["discrepancies"] = trades.flatMap { published in
            published.result.discrepancies.map { discrepancy -> [String: Any] in
                ["trade": published.trade.id.rawValue, "tradeName": published.trade.name, "code": discrepancy.code.rawValue,
                 "component": discrepancy.component.rawValue, "aspect": discrepancy.aspect?.rawValue ?? "",
                 "marks": discrepancy.marks.keys.sorted().map { "J\($0) \(discrepancy.marks[$0]!.exactDescription)" }.joined(separator: " · "),
                 "seats": discrepancy.marks.keys.sorted().map { "J\($0)" },
                 "spread": discrepancy.spread.exactDescription, "tolerance": discrepancy.tolerance.exactDescription,
                 "confirmed": published.confirmed.contains(discrepancy.key)]
            }
        }
        model["hasDiscrepancies"] = !(model["discrepancies"] as! [[String: Any]]).isEmpty
        model["trades"] = progress.map { ["id": $0.trade.rawValue, "name": $0.name, "selected": $0.trade.rawValue == filter.trade] }
        let clock = AuditClock.local()
        let entries = try desk.auditTrail(trade: filter.trade, for: context.signedIn?.official.name ?? "")
            .reversed()
            .filter { entry in
                (filter.action.map { entry.action.contains($0) } ?? true) && (filter.official.map { entry.operator == $0 } ?? true)
            }
            .prefix(200)
        model["audit"] = entries.map { entry -> [String: Any] in
            ["at": clock.show(entry.at), "operator": entry.operator, "action": entry.action, "trade": entry.trade ?? "",
             "code": entry.code ?? "", "component": [entry.component, entry.judge.map { "J\($0)" }, entry.aspect].compactMap { $0 }.joined(separator: " "),
             "old": entry.oldValue ?? "", "new": entry.newValue ?? "", "reason": entry.reason ?? "", "source": entry.source ?? ""]
        }
        model["filter"] = ["action": filter.action ?? "", "official": filter.official ?? ""]
        return PageRenderer.shared.response("chief", model, status: status)
    }
}
