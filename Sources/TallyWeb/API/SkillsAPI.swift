import CompetitionModel
import CompetitionService
import Foundation
import HTTPTypes
import Hummingbird
import Reports
import SkillsScoring

/// The skills routes of the JSON API (web spec §4): progress, marks, discrepancies, the audit
/// trail and the chief judge's lock, unlock and reveal.
struct SkillsAPI {
    let service: CompetitionService

    func add(to api: RouterGroup<WebContext>) {
        let service = service

        api.get("competitions/:id/progress") { _, context in
            let id = try context.parameters.require("id")
            let progress = try await blocking { try service.desk(id).progress() }
            return WebResponse.json(ProgressJSON.value(progress))
        }

        api.get("competitions/:id/marks") { request, context in
            let id = try context.parameters.require("id")
            let signedIn = try context.official(of: id)
            guard let trade = request.uri.queryParameters.get("trade") else { throw WebFailure(.badRequest, "give the trade: ?trade=T") }
            let judge = try request.uri.queryParameters.get("judge").map { text -> Int in
                guard let seat = JudgeSeat.parse(bytes: Array(text.utf8)) else { throw WebFailure(.badRequest, "invalid judge '\(text)'; expected J1, J2, …") }
                return seat
            }
            let marks = try await blocking {
                try service.desk(id, for: context).marks(trade: TradeID(trade), judge: judge, for: signedIn.official.name)
            }
            return WebResponse.json(.array(marks.map(MarkJSON.stored)))
        }

        api.post("competitions/:id/marks") { request, context in
            let id = try context.parameters.require("id")
            let signedIn = try context.official(of: id)
            let body = try await request.decode(as: MarksBody.self, context: context, expected: MarksBody.expected)
            let inputs = body.marks.map(\.input)
            let reason = body.correct == true ? (body.reason ?? "") : nil
            do {
                let entries = try await blocking {
                    try service.desk(id, for: context).enterMarks(inputs, correcting: reason, operator: signedIn.official.name)
                }
                if body.isBatch { return WebResponse.json(.object([("marks", .array(entries.map(MarkJSON.entry)))]), status: .created) }
                return WebResponse.json(MarkJSON.entry(entries[0]), status: .created)
            } catch let batch as MarkBatchRejection {
                guard body.isBatch else { throw WebFailure(batch.errors[0].error) }
                let status: HTTPResponse.Status = batch.isRoleRefusal ? .forbidden : batch.kind == .refused ? .conflict : .badRequest
                return WebResponse.json(.object([("errors", .array(batch.errors.map { error in
                    .object([("index", .integer(error.index)), ("error", .string(WebFailure(error.error).message))])
                }))]), status: status)
            }
        }

        api.get("competitions/:id/discrepancies") { request, context in
            let id = try context.parameters.require("id")
            _ = try context.official(of: id)
            let trade = request.uri.queryParameters.get("trade").map { TradeID($0) }
            let value = try await blocking { () throws -> JSONValue in
                let (skills, trades) = try service.desk(id).discrepancies(trade: trade)
                return DiscrepancyReport(info: skills.info, trades: trades).json()
            }
            return WebResponse.json(value)
        }

        api.get("competitions/:id/audit") { request, context in
            let id = try context.parameters.require("id")
            let signedIn = try context.official(of: id)
            let trade = request.uri.queryParameters.get("trade")
            let value = try await blocking { () throws -> JSONValue in
                let desk = try service.desk(id, for: context)
                let entries = try desk.auditTrail(trade: trade, for: signedIn.official.name)
                return AuditReport(info: desk.info).json(entries, competition: id)
            }
            return WebResponse.json(value)
        }

        // The chief judge's lock, unlock and reveal of a trade (409 with the reason, the lock's
        // blockers included, when the rules refuse).
        for step in TradeStep.allCases {
            api.post("competitions/:id/trades/:trade/\(step.rawValue)") { request, context in
                let id = try context.parameters.require("id")
                let trade = TradeID(try context.parameters.require("trade"))
                let name = try context.official(of: id).official.name
                var reason = ""
                if step == .unlock {
                    struct Body: Decodable { var reason: String }
                    reason = try await request.decode(as: Body.self, context: context, expected: "{\"reason\"}: unlocking needs a reason").reason
                }
                try await blocking { [reason] in try step.take(trade, reason: reason, on: service.desk(id, for: context), operator: name) }
                return WebResponse.json(.object([("trade", .string(trade.rawValue)), ("done", .string(step.rawValue))]))
            }
        }
    }
}

/// The chief judge's steps on a trade.
enum TradeStep: String, CaseIterable, Sendable {
    case lock, unlock, reveal

    func take(_ trade: TradeID, reason: String, on desk: CompetitionDesk, operator name: String) throws {
        switch self {
        case .lock: try desk.lock(trade: trade, operator: name)
        case .unlock: try desk.unlock(trade: trade, reason: reason, operator: name)
        case .reveal: try desk.reveal(trade: trade, operator: name)
        }
    }
}

/// The body of `POST …/marks`: one mark, or `{"marks": [ … ]}`; with `"correct": true` and a
/// reason, corrections.
struct MarksBody: Decodable {
    static let expected = "{\"trade\", \"code\", \"component\", \"judge\", \"aspect\", \"mark\"} or {\"marks\": [ … ]}"

    struct Mark: Decodable {
        var trade: String, code: String, component: String
        var judge: JudgeText?, aspect: String?
        var mark: MarkValue

        var input: MarkInput {
            MarkInput(trade: TradeID(trade), code: EntrantCode(code), component: ComponentID(component),
                      judge: judge?.text, aspect: aspect.map { AspectID($0) }, value: mark.text)
        }
    }

    var marks: [Mark]
    var isBatch: Bool
    var correct: Bool?
    var reason: String?

    enum Keys: String, CodingKey { case marks, correct, reason }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        correct = try container.decodeIfPresent(Bool.self, forKey: .correct)
        reason = try container.decodeIfPresent(String.self, forKey: .reason)
        if container.contains(.marks) {
            marks = try container.decode([Mark].self, forKey: .marks)
            isBatch = true
        } else {
            marks = [try Mark(from: decoder)]
            isBatch = false
        }
    }
}

/// A mark as JSON gives it: a decimal string or a number.
struct MarkValue: Decodable {
    var text: String
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) { self.text = text; return }
        self.text = String(try container.decode(Decimal.self).description)
    }
}

/// A judge's seat as JSON gives it: `"J3"`, `"3"` or `3`.
struct JudgeText: Decodable {
    var text: String
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) { self.text = text; return }
        self.text = String(try container.decode(Int.self))
    }
}

/// Marks in the API's JSON.
enum MarkJSON {
    static func entry(_ entry: MarkEntry) -> JSONValue {
        .object([("trade", .string(entry.trade.rawValue)), ("code", .string(entry.code.rawValue)),
                 ("component", .string(entry.slot.component.rawValue)),
                 ("judge", entry.slot.judge.map { .string("J\($0)") } ?? .null),
                 ("aspect", entry.slot.aspect.map { .string($0.rawValue) } ?? .null),
                 ("mark", .string(entry.value.exactDescription))])
    }

    static func stored(_ mark: StoredMark) -> JSONValue {
        .object([("code", .string(mark.code.rawValue)), ("component", .string(mark.slot.component.rawValue)),
                 ("judge", mark.slot.judge.map { .string("J\($0)") } ?? .null),
                 ("aspect", mark.slot.aspect.map { .string($0.rawValue) } ?? .null),
                 ("mark", .string(mark.value.exactDescription)), ("at", .string(mark.at))])
    }
}

/// Progress in the API's JSON.
enum ProgressJSON {
    static func value(_ progress: CompetitionProgress) -> JSONValue {
        switch progress {
        case .skills(let trades):
            return .object([("trades", .array(trades.map { trade in
                .object([("trade", .string(trade.trade.rawValue)), ("name", .string(trade.name)), ("entrants", .integer(trade.entrants)),
                         ("competed", .integer(trade.competed)), ("marks", .integer(trade.marks)), ("expected", .integer(trade.expected)),
                         ("locked", .bool(trade.isLocked)), ("revealed", .bool(trade.isRevealed))])
            }))])
        case .bridge(let rounds):
            return .object([("rounds", .array(rounds.map { round in
                .object([("round", .integer(round.round)), ("results", .integer(round.results)), ("expected", .integer(round.expected)),
                         ("complete", .bool(round.isComplete))])
            }))])
        }
    }
}

extension Request {
    /// The JSON body as `T`, or 400 naming what was expected.
    func decode<T: Decodable>(as type: T.Type, context: WebContext, expected: String) async throws -> T {
        do { return try await decode(as: type, context: context) } catch {
            throw WebFailure(.badRequest, "expected \(expected)")
        }
    }
}
