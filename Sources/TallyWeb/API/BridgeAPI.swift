import BridgeScoring
import CompetitionModel
import CompetitionService
import Diagnostics
import Foundation
import Hummingbird
import Reports

/// The bridge routes of the JSON API (web spec §4): pairing the next round, a round, a
/// table's result, a round's matches.
struct BridgeAPI {
    let service: CompetitionService

    func add(to api: RouterGroup<WebContext>) {
        let service = service

        api.post("competitions/:id/rounds") { request, context in
            let id = try context.parameters.require("id")
            let name = try context.official(of: id).official.name
            // No body: the next legal pairing. Where none exists, the director may allow
            // rematches or a second bye with a reason: {"allow": "rematches", "reason": R}.
            var request = request
            let bytes = try await request.collectBody(upTo: 64 * 1024)
            let body = bytes.readableBytes == 0 ? PairBody() : try await request.decode(as: PairBody.self, context: context, expected: PairBody.expected)
            let allowing = try body.allow.map(PairingAllowance.init(named:))
            let paired = try await blocking {
                try service.desk(id, for: context).pairNextRound(seed: nil, allowing: allowing, reason: body.reason, operator: name)
            }
            return WebResponse.json(BridgeReports(event: paired.event).roundJSON(paired.round.pairing, round: paired.round.number),
                                    status: .created)
        }

        // The score calculator behind the table page's preview: `tally bridge score --format
        // json` for CONTRACT DECLARER TRICKS on board N (its vulnerability by Law 2). Public: it
        // reads nothing stored.
        api.get("score") { request, _ in
            let query = request.uri.queryParameters
            guard let contract = query.get("contract"), let declarer = query.get("declarer").flatMap(Seat.init(rawValue:)),
                  let tricks = query.get("tricks").flatMap(Int.init), let board = query.get("board").flatMap(Int.init) else {
                throw WebFailure(.badRequest, "give ?contract=4HX&declarer=N|E|S|W&tricks=0–13&board=N")
            }
            do throws(Diagnostic) {
                return WebResponse.json(try BridgeCalculator.score(contract, declarer: declarer, tricks: tricks, board: board,
                                                                   vulnerability: nil).json)
            } catch {
                throw WebFailure(.badRequest, error.message)
            }
        }

        api.get("competitions/:id/rounds/:round") { _, context in
            let id = try context.parameters.require("id")
            let number = try context.parameters.require("round", as: Int.self)
            let paired = try await blocking { try service.desk(id).round(number) }
            return WebResponse.json(BridgeReports(event: paired.event).roundJSON(paired.round.pairing, round: paired.round.number))
        }

        api.post("competitions/:id/results") { request, context in
            let id = try context.parameters.require("id")
            let name = try context.official(of: id).official.name
            let body = try await request.decode(as: ResultBody.self, context: context, expected: ResultBody.expected)
            let reason = body.correct == true ? (body.reason ?? "") : nil
            let stored = try await blocking { try service.desk(id, for: context).enterResult(body.input, correcting: reason, operator: name) }
            return WebResponse.json(ResultJSON.value(stored), status: .created)
        }

        api.get("competitions/:id/matches") { request, context in
            let id = try context.parameters.require("id")
            guard let round = request.uri.queryParameters.get("round").flatMap(Int.init) else {
                throw WebFailure(.badRequest, "give the round: ?round=N")
            }
            let event = try await blocking { try service.desk(id).matches(round: round) }
            return WebResponse.json(BridgeReports(event: event).matchSheetsJSON(round: round))
        }
    }
}

/// The optional body of `POST …/rounds`: what the director allows where no legal pairing
/// exists (bridge spec §6), and why.
struct PairBody: Decodable {
    static let expected = "no body, or {\"allow\": \"rematches\" or \"second-bye\", \"reason\": R}"
    var allow: String?
    var reason: String?
}

/// The body of `POST …/results`: the place (robot form: team and seat; teams of four: table
/// and room), then the contract, declarer and tricks, or a score, or an adjusted score.
struct ResultBody: Decodable {
    static let expected = "{\"round\", \"board\", \"team\", \"seat\" (or \"table\", \"room\"), \"contract\", \"declarer\", \"tricks\"}"
    var round: Int
    var board: Int
    var team: Int?
    var seat: String?
    var table: Int?
    var room: String?
    var contract: String?
    var declarer: String?
    var tricks: Int?
    var score: Int?
    var adjusted: String?
    var correct: Bool?
    var reason: String?

    var input: ResultInput {
        ResultInput(round: round, board: board, team: team, seat: seat, table: table, room: room, adjusted: adjusted,
                    words: contract == nil ? [] : [contract, declarer, tricks.map(String.init)].compactMap { $0 }, score: score)
    }
}

/// A stored table result in the API's JSON.
enum ResultJSON {
    static func value(_ entry: ResultEntry) -> JSONValue {
        var members: [(String, JSONValue)] = [("round", .integer(entry.round)), ("board", .integer(entry.board))]
        if let team = entry.team { members.append(("team", .integer(team.rawValue))) }
        if let seat = entry.seat { members.append(("seat", .string(seat.rawValue))) }
        if let table = entry.table { members.append(("table", .integer(table))) }
        if let room = entry.room { members.append(("room", .string(room.rawValue))) }
        members += [("contract", entry.contract.map { .string($0.description) } ?? .null),
                    ("declarer", entry.declarer.map { .string($0.rawValue) } ?? .null),
                    ("tricks", entry.tricks.map { .integer($0) } ?? .null),
                    ("adjusted", entry.adjustment.map { .string($0.rawValue) } ?? .null),
                    ("ns", entry.northSouthScore.map { .integer($0) } ?? .null)]
        return .object(members)
    }
}
