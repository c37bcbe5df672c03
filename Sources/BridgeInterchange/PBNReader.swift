import BridgeScoring
import Diagnostics

/// Reads result records from a PBN file (Portable Bridge Notation 2.1, bridge spec §8), as
/// other programs write them: LF, CRLF or CR line ends, a byte-order mark, `%` comment and `;`
/// commentary lines, `{…}` commentary over several lines.
///
/// Tags used: Event, Site, Date, Board, Dealer, Vulnerable, Deal, Declarer, Contract,
/// Result (tricks taken by declarer, 0–13, or `NS 11`/`EW 2`: tricks of that side), Score,
/// Round, Table, Room, HomeTeam, VisitTeam, and tally's own TeamSeat (the side a team sat in
/// robot form). Other tags and sections (Auction, Play) are skipped.
public enum PBNReader {
    /// One record: its tags with the line each stands on.
    public struct Record: Sendable {
        public var line: Int
        public var tags: [String: (value: String, line: Int)]
    }

    /// The lines of `text`, split at LF, CRLF or CR, without a leading byte-order mark.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) {
            start = utf8.index(start, offsetBy: 3)
            index = start
        }
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(text[start..<index])
                var next = utf8.index(after: index)
                if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        if start != utf8.endIndex { lines.append(text[start...]) }
        return lines
    }

    /// Splits PBN text into records (a blank line ends a record).
    public static func records(in text: String) -> [Record] {
        var records: [Record] = []
        var current: Record?
        var inCommentary = false
        for (offset, line) in lines(of: text).enumerated() {
            let lineNumber = offset + 1
            if inCommentary {
                if line.contains("}") { inCommentary = false }
                continue
            }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                if let record = current, !record.tags.isEmpty { records.append(record) }
                current = nil
                continue
            }
            if trimmed.hasPrefix("%") || trimmed.hasPrefix(";") { continue }
            if trimmed.hasPrefix("{") {
                inCommentary = !trimmed.contains("}")
                continue
            }
            guard trimmed.hasPrefix("["), let close = trimmed.lastIndex(of: "]") else { continue }
            let body = trimmed[trimmed.index(after: trimmed.startIndex)..<close]
            guard let space = body.firstIndex(of: " ") else { continue }
            let name = String(body[..<space])
            var value = body[body.index(after: space)...].drop { $0 == " " }
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            if current == nil { current = Record(line: lineNumber, tags: [:]) }
            current!.tags[name] = (String(value), lineNumber)
        }
        if let record = current, !record.tags.isEmpty { records.append(record) }
        return records
    }

    /// One table's result as a PBN file gives it. The teams are as the file names them (a
    /// number or a name) and the round may be missing: where it belongs is decided against the
    /// stored pairings (the use-case layer does it).
    public struct Result: Sendable {
        /// The result; its `round` is 0 when the file gives none, its robot-form `team` is
        /// not yet known (see `homeTeam`, `visitTeam`, `room`).
        public var entry: ResultEntry
        /// The Round tag.
        public var round: Int?
        /// The HomeTeam and VisitTeam tags as written.
        public var homeTeam: String?
        public var visitTeam: String?
        /// The Room tag: the home team's table is Open, the visitors' Closed.
        public var room: Room?
        /// The Table tag.
        public var table: Int?
    }

    /// The results of a PBN file's records; every problem is reported with its line. Records
    /// without a Contract (deals, boards not played) are not results.
    public static func results(in text: String, file: String, form: MatchForm) -> (results: [Result], errors: [Diagnostic]) {
        var results: [Result] = []
        var errors: [Diagnostic] = []
        for record in records(in: text) {
            do {
                if let result = try result(record, file: file, form: form) { results.append(result) }
            } catch {
                errors.append(Diagnostic(file: file, line: error.line, message: error.message))
            }
        }
        return (results, errors)
    }

    struct LineProblem: Error {
        var line: Int
        var message: String
    }

    private static func result(_ record: Record, file: String, form: MatchForm) throws(LineProblem) -> Result? {
        func tag(_ name: String) -> (value: String, line: Int)? {
            guard let tag = record.tags[name], !tag.value.isEmpty, tag.value != "?" else { return nil }
            return tag
        }
        func number(_ name: String) throws(LineProblem) -> Int? {
            guard let tag = tag(name) else { return nil }
            guard let value = Int(tag.value) else { throw LineProblem(line: tag.line, message: "\(name) '\(tag.value)' is not a number") }
            return value
        }
        guard let boardNumber = try number("Board") else {
            if tag("Contract") == nil { return nil }       // a header record without a board
            throw LineProblem(line: record.line, message: "a record with a Contract has no Board tag")
        }
        guard let board = BoardNumber(rawValue: boardNumber) else {
            throw LineProblem(line: tag("Board")!.line, message: "board \(boardNumber) is out of range")
        }
        if let dealer = tag("Dealer"), Seat(letter: dealer.value) != board.dealer {
            throw LineProblem(line: dealer.line,
                              message: "Dealer \(dealer.value) contradicts board \(boardNumber), whose dealer is \(board.dealer.rawValue) (Law 2)")
        }
        if let vulnerable = tag("Vulnerable"), PBNWriter.vulnerability(vulnerable.value) != board.vulnerability {
            throw LineProblem(line: vulnerable.line,
                              message: "Vulnerable \(vulnerable.value) contradicts board \(boardNumber), which is \(PBNWriter.name(of: board.vulnerability)) (Law 2)")
        }
        guard let contractTag = tag("Contract") else { return nil }   // a deal without a result, or a board not played
        let round = try number("Round")
        var entry = ResultEntry(source: "\(file):\(record.line)", line: record.line, round: round ?? 0, board: boardNumber,
                                deal: tag("Deal").map(\.value).flatMap { PBNDeal.isUnknown($0) ? nil : $0 })
        do { entry.contract = try ResultEntry.contract(contractTag.value) } catch {
            throw LineProblem(line: contractTag.line, message: error.message)
        }
        if let declarer = tag("Declarer") {
            do { entry.declarer = try ResultEntry.declarer(declarer.value, field: "Declarer") } catch {
                throw LineProblem(line: declarer.line, message: error.message)
            }
        }
        if let result = tag("Result") { entry.tricks = try tricks(result, declarer: entry.declarer) }
        if let score = tag("Score") { entry.northSouthScore = try northSouth(score, declarer: entry.declarer) }
        let room = try tag("Room").map { tag throws(LineProblem) -> Room in
            guard let room = Room(rawValue: tag.value.lowercased()) else {
                throw LineProblem(line: tag.line, message: form == .robot ? "Room must be Open (home team's table) or Closed (visiting team's)"
                                                                         : "Room must be Open or Closed")
            }
            return room
        }
        let table = try number("Table")
        switch form {
        case .robot:
            guard let seat = tag("TeamSeat").flatMap({ Partnership(rawValue: $0.value.uppercased()) }) else {
                throw LineProblem(line: tag("TeamSeat")?.line ?? record.line, message: "a robot-form result needs a TeamSeat tag, NS or EW")
            }
            entry.seat = seat
            entry.table = table
        case .teamsOfFour:
            guard let room else { throw LineProblem(line: record.line, message: "a teams-of-four result needs a Room tag, Open or Closed") }
            entry.table = table
            entry.room = room
        }
        return Result(entry: entry, round: round, homeTeam: tag("HomeTeam")?.value, visitTeam: tag("VisitTeam")?.value,
                      room: room, table: table)
    }

    /// Declarer's tricks from a Result tag: a number 0–13, or `NS 11`/`EW 2` (tricks of that
    /// side, PBN 2.1 §3.4.15). An over/undertrick count (`+1`, `-2`, `=`) is a producer's bug.
    private static func tricks(_ tag: (value: String, line: Int), declarer: Seat?) throws(LineProblem) -> Int {
        let parts = tag.value.split(separator: " ")
        if parts.count == 2, let side = Partnership(rawValue: parts[0].uppercased()), parts[1].allSatisfy(\.isNumber),
           let taken = Int(parts[1]), ResultEntry.possibleTricks.contains(taken) {
            guard let declarer else { throw LineProblem(line: tag.line, message: "Result '\(tag.value)' names a side; it needs a Declarer") }
            return declarer.partnership == side ? taken : 13 - taken
        }
        guard tag.value.allSatisfy(\.isNumber), let tricks = Int(tag.value), ResultEntry.possibleTricks.contains(tricks) else {
            let count = tag.value.hasPrefix("+") || tag.value.hasPrefix("-") || tag.value == "="
            throw LineProblem(line: tag.line, message: count
                ? "Result '\(tag.value)' is an over/undertrick count; PBN's Result is the number of tricks declarer took, 0–13"
                : "Result '\(tag.value)' is not a number of tricks 0–13, nor a side and its tricks (NS 11)")
        }
        return tricks
    }

    /// "NS 420", "EW -420" or a bare number (the declaring side's score) as North-South's.
    private static func northSouth(_ tag: (value: String, line: Int), declarer: Seat?) throws(LineProblem) -> Int {
        let parts = tag.value.split(separator: " ")
        if parts.count == 2, let score = Int(parts[1]) {
            switch parts[0].uppercased() {
            case "NS": return score
            case "EW": return -score
            default: break
            }
        } else if parts.count == 1, let score = Int(parts[0]) {
            guard let declarer else { throw LineProblem(line: tag.line, message: "a bare Score needs a Declarer") }
            return declarer.partnership == .northSouth ? score : -score
        }
        throw LineProblem(line: tag.line, message: "Score '\(tag.value)' is not 'NS n', 'EW n' or a number")
    }
}

extension PBNReader {
    /// The deals of a PBN file by board, checked: each record with a Board and a Deal; a
    /// Dealer or Vulnerable that contradicts the board number, or a malformed deal, is a
    /// problem at its line.
    public static func deals(in text: String, file: String) -> (deals: [Int: String], errors: [Diagnostic]) {
        var deals: [Int: String] = [:]
        var errors: [Diagnostic] = []
        for record in records(in: text) {
            guard let boardTag = record.tags["Board"], let dealTag = record.tags["Deal"], !PBNDeal.isUnknown(dealTag.value) else {
                continue
            }
            guard let number = Int(boardTag.value), let board = BoardNumber(rawValue: number) else {
                errors.append(Diagnostic(file: file, line: boardTag.line, message: "Board '\(boardTag.value)' is not a board number"))
                continue
            }
            if let dealer = record.tags["Dealer"], Seat(letter: dealer.value) != board.dealer {
                errors.append(Diagnostic(file: file, line: dealer.line, message: "Dealer \(dealer.value) contradicts board \(number), whose dealer is \(board.dealer.rawValue) (Law 2)"))
            }
            if let vulnerable = record.tags["Vulnerable"], PBNWriter.vulnerability(vulnerable.value) != board.vulnerability {
                errors.append(Diagnostic(file: file, line: vulnerable.line, message: "Vulnerable \(vulnerable.value) contradicts board \(number), which is \(PBNWriter.name(of: board.vulnerability)) (Law 2)"))
            }
            if let problem = PBNDeal.problem(in: dealTag.value) {
                errors.append(Diagnostic(file: file, line: dealTag.line, message: "invalid deal of board \(number): \(problem)"))
            } else if let other = deals[number], other != dealTag.value {
                errors.append(Diagnostic(file: file, line: dealTag.line, message: "board \(number) is dealt twice with different cards"))
            } else {
                deals[number] = dealTag.value
            }
        }
        return (deals, errors)
    }
}
