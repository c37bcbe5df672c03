import CompetitionModel
import CompetitionService
import Diagnostics
import Hummingbird
import Reports
import SkillsScoring

/// `/c/{id}/judge`: a judge's mark sheet for each trade and seat they hold — one row per
/// competitor code (codes only), one field per mark of their seat with its max. A row is
/// saved whole or not at all; a saved mark shows its value and time and has no field any
/// more (a correction is the chief judge's); a refused value is shown beside its field.
struct JudgePage {
    let service: CompetitionService

    /// What a refused row sent back: its typed values and the errors beside them.
    struct Attempt {
        var row: String
        var typed: [String: String]
        var errors: [String: String]
        var rowError: String?
    }

    func add(to router: Router<WebContext>) {
        let service = service
        router.get("c/:id/judge", use: page { request, context in
            let id = try context.parameters.require("id")
            let signedIn = try PageModel.official(context, of: id, roles: [.judge])
            let notice = request.uri.queryParameters.get("done")
            return try await blocking { try Self.render(service.desk(id), signedIn: signedIn, context: context, notice: notice) }
        })

        router.post("c/:id/judge", use: page { _, context in
            let id = try context.parameters.require("id")
            let signedIn = try PageModel.official(context, of: id, roles: [.judge])
            guard let form = context.form, let trade = form["trade"], let seat = form["seat"], let code = form["code"] else {
                throw WebFailure(.badRequest, "the row's form lacks its trade, seat or code")
            }
            return try await blocking {
                let desk = try service.desk(id, for: context)
                let fields = try Self.fields(desk, trade: TradeID(trade), seat: seat)
                var inputs: [MarkInput] = []
                var inputFields: [String] = []
                var typed: [String: String] = [:]
                for (index, field) in fields.enumerated() {
                    guard let value = form["m\(index)"] else { continue }
                    typed["m\(index)"] = value
                    inputs.append(MarkInput(trade: TradeID(trade), code: EntrantCode(code), component: field.slot.component,
                                            judge: field.slot.judge.map { "J\($0)" }, aspect: field.slot.aspect, value: value))
                    inputFields.append("m\(index)")
                }
                let row = Self.rowID(trade: trade, seat: seat, code: code)
                do {
                    guard !inputs.isEmpty else { throw InputRejection("enter the row's marks first") }
                    try desk.enterMarks(inputs, correcting: nil, operator: signedIn.official.name)
                    let labels = PageLabels.labels(desk.info.language)
                    return PageModel.redirect(to: "/c/\(id)/judge", notice: "\(code) · \(counted(inputs.count, "mark")) \(labels["save"]!) ✓",
                                              fragment: row)
                } catch let batch as MarkBatchRejection {
                    var errors: [String: String] = [:]
                    for error in batch.errors { errors[inputFields[error.index]] = WebFailure(error.error).message }
                    let status: HTTPResponse.Status = batch.isRoleRefusal ? .forbidden : batch.kind == .refused ? .conflict : .badRequest
                    return try Self.render(desk, signedIn: signedIn, context: context,
                                           attempt: Attempt(row: row, typed: typed, errors: errors), status: status)
                } catch {
                    let failure = WebFailure(error)
                    return try Self.render(desk, signedIn: signedIn, context: context,
                                           attempt: Attempt(row: row, typed: typed, errors: [:], rowError: failure.message), status: failure.status)
                }
            }
        })
    }

    /// The marks of `seat` (`J2`) in a trade, in the definition's order: the sheet's columns.
    static func fields(_ desk: CompetitionDesk, trade: TradeID, seat: String) throws -> [MarkSheetField] {
        let number: Int
        do { number = try JudgeSeat.parse(seat) } catch { throw InputRejection([error]) }
        return try desk.markableCodes(trade: trade).trade.rules.markSheetFields.filter { $0.slot.judge == number }
    }

    static func rowID(trade: String, seat: String, code: String) -> String {
        "row-\(trade)-\(seat)-\(code)".map { $0.isLetter || $0.isNumber || $0 == "-" ? String($0) : "_" }.joined()
    }

    static func render(_ desk: CompetitionDesk, signedIn: SignedIn, context: WebContext, notice: String? = nil,
                       attempt: Attempt? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let labels = PageLabels.labels(desk.info.language)
        var model = PageModel.base(info: desk.info, id: desk.competition.id, context: context, title: labels["markSheet"]!)
        if let notice { model["notice"] = notice }
        let clock = AuditClock.local()
        var sheets: [[String: Any]] = []
        for trade in signedIn.official.trades ?? [] {
            let (definition, codes) = try desk.markableCodes(trade: TradeID(trade))
            let all = definition.rules.markSheetFields
            let seats = signedIn.official.seats ?? Array(Set(all.compactMap(\.slot.judge))).sorted()
            let saved = try desk.marks(trade: definition.id, for: signedIn.official.name)
            var byPlace: [String: StoredMark] = [:]
            for mark in saved { byPlace[Self.place(mark.code, mark.slot)] = mark }
            for seat in seats {
                let fields = all.filter { $0.slot.judge == seat }
                guard !fields.isEmpty else { continue }
                let seatText = "J\(seat)"
                let rows = codes.map { code -> [String: Any] in
                    let row = rowID(trade: trade, seat: seatText, code: code.rawValue)
                    let mine = attempt?.row == row ? attempt : nil
                    var open = false
                    var rowErrors = mine?.rowError.map { [$0] } ?? []
                    let cells = fields.enumerated().map { index, field -> [String: Any] in
                        let label = Self.label(field.slot)
                        if let stored = byPlace[Self.place(code, field.slot)] {
                            if let error = mine?.errors["m\(index)"] { rowErrors.append(error) }     // no field to show it beside
                            return ["saved": true, "value": stored.value.exactDescription, "at": clock.show(stored.at), "label": label]
                        }
                        open = true
                        var cell: [String: Any] = ["saved": false, "field": "m\(index)", "value": mine?.typed["m\(index)"] ?? "", "label": label]
                        cell["error"] = mine?.errors["m\(index)"]     // absent, not empty: Mustache shows an empty string's section
                        return cell
                    }
                    var model: [String: Any] = ["code": code.rawValue, "rowID": row, "formID": "form-" + row, "cells": cells, "open": open,
                                                "trade": trade, "seat": seatText]
                    if !rowErrors.isEmpty { model["rowError"] = rowErrors.joined(separator: "\n") }
                    return model
                }
                sheets.append(["tradeName": definition.name, "seat": seatText, "anchor": "sheet-\(trade)-\(seatText)",
                               "fields": fields.map { ["label": Self.label($0.slot), "max": $0.max.exactDescription] }, "rows": rows])
            }
        }
        model["sheets"] = sheets
        return PageRenderer.shared.response("judge", model, status: status)
    }

    private static func place(_ code: EntrantCode, _ slot: MarkSlot) -> String {
        "\(code.rawValue)|\(slot.component.rawValue)|\(slot.judge ?? 0)|\(slot.aspect?.rawValue ?? "")"
    }

    private static func label(_ slot: MarkSlot) -> String {
        slot.aspect.map { "\(slot.component.rawValue) · \($0.rawValue)" } ?? slot.component.rawValue
    }
}
