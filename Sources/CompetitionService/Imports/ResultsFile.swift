import BridgeInterchange
import BridgeScoring
import CSVReading
import Diagnostics
import Foundation

/// The results of a results file, read by the same readers as a result keyed in: CSV (robot
/// form: `round, board, team, seat, …`; teams of four: `round, board, table, room, …`; then
/// `contract, declarer, tricks`, or `score`, or `adjusted`), or PBN when the file name ends in
/// `.pbn`. Whether each belongs where it says (and, for PBN, where it belongs when the file
/// does not say) is decided against the stored pairings when it is stored.
enum ResultsFile {
    /// One result of the file: placed by the file (CSV), or as PBN gives it.
    enum Row: Sendable {
        case placed(ResultEntry)
        case pbn(PBNReader.Result)

        var line: Int {
            switch self {
            case .placed(let entry): entry.line
            case .pbn(let result): result.entry.line
            }
        }
    }

    /// The results of a file that could be read, and the problems of the rows that could not.
    struct Reading: Sendable {
        var rows: [Row] = []
        /// Each bad row's problem, with its line, in line order.
        var errors: DiagnosticCollector
    }

    /// Every result of the file at `path` that reads, with every row that does not: the
    /// caller checks the good ones against the pairings and reports both at once. Rejected
    /// outright when the file cannot be opened, has no usable header, or holds no result at all.
    static func read(path: String, displayName: String, form: MatchForm) throws -> Reading {
        var reading = Reading(errors: DiagnosticCollector(file: displayName))
        if path.lowercased().hasSuffix(".pbn") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw InputRejection([Diagnostic(file: displayName, message: "cannot open the file")])
            }
            let parsed = PBNReader.results(in: String(decoding: data, as: UTF8.self), file: displayName, form: form)
            for problem in parsed.errors { reading.errors.add(problem) }
            reading.rows = parsed.results.map(Row.pbn)
            guard !reading.rows.isEmpty || !reading.errors.isEmpty else {
                throw InputRejection([Diagnostic(file: displayName, message: "the file holds no result: no record with a Board and a Contract")])
            }
        } else {
            reading = try csvEntries(path: path, displayName: displayName, form: form)
            guard !reading.rows.isEmpty || !reading.errors.isEmpty else {
                throw InputRejection([Diagnostic(file: displayName, message: "the file holds no result, only its header")])
            }
        }
        return reading
    }

    private static func csvEntries(path: String, displayName: String, form: MatchForm) throws -> Reading {
        var reading = Reading(errors: DiagnosticCollector(file: displayName))
        do {
            let reader = try CSVReader(path: path, displayName: displayName)
            guard let headerRecord = try reader.next() else { throw InputRejection("\(displayName): the file is empty") }
            let place = form == .robot ? ["team", "seat"] : ["table", "room"]
            let header = try CSVHeader(headerRecord, file: displayName, required: ["round", "board"] + place,
                                       optional: ["contract", "declarer", "tricks", "score", "adjusted"])
            while let record = try reader.next() {
                do {
                    try header.checkWidth(of: record, file: displayName)
                    reading.rows.append(.placed(try entry(record, header: header, file: displayName, form: form)))
                } catch {
                    reading.errors.add(error.located(file: displayName, line: record.line))
                }
            }
        } catch let error as CSVError {
            // The file cannot be read past here: what it says is reported, nothing is stored.
            reading.errors.add(error.line, error.message)
        }
        return reading
    }

    private static func entry(_ record: CSVRecord, header: CSVHeader, file: String, form: MatchForm) throws(Diagnostic) -> ResultEntry {
        func number(_ column: String) throws(Diagnostic) -> Int? {
            guard let text = header.value(column, in: record) else { return nil }
            guard let value = Int(text) else { throw Diagnostic("\(column) '\(text)' is not a whole number") }
            return value
        }
        guard let round = try number("round"), let board = try number("board") else {
            throw Diagnostic("round and board are required")
        }
        var entry = ResultEntry(source: "\(file):\(record.line)", line: record.line, round: round, board: board)
        switch form {
        case .robot:
            guard let team = try number("team") else { throw Diagnostic("team is empty") }
            guard let seat = header.value("seat", in: record).flatMap({ Partnership(rawValue: $0.uppercased()) }) else {
                throw Diagnostic("seat must be NS or EW")
            }
            entry.team = TeamNumber(team)
            entry.seat = seat
        case .teamsOfFour:
            guard let table = try number("table") else { throw Diagnostic("table is empty") }
            guard let room = header.value("room", in: record).flatMap({ Room(rawValue: $0.lowercased()) }) else {
                throw Diagnostic("room must be open or closed")
            }
            entry.table = table
            entry.room = room
        }
        if let adjusted = header.value("adjusted", in: record) {
            entry.adjustment = try ResultEntry.adjustment(adjusted)
            return entry
        }
        if let contract = header.value("contract", in: record) {
            entry.contract = try ResultEntry.contract(contract)
            entry.declarer = try header.value("declarer", in: record).map { text throws(Diagnostic) in try ResultEntry.declarer(text) }
            entry.tricks = try header.value("tricks", in: record).map { text throws(Diagnostic) in try ResultEntry.tricks(text) }
        }
        if let score = try number("score") {
            // Robot form: the team's own side's score; teams of four: North-South's.
            entry.northSouthScore = form == .robot && entry.seat == .eastWest ? -score : score
        }
        return entry
    }
}
