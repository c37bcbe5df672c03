import BridgeScoring
import Diagnostics

/// Reads result records from a PBN file (Portable Bridge Notation 2.1, bridge spec §8).
///
/// Tags used: Event, Site, Date, Board, Dealer, Vulnerable, Deal, Declarer, Contract,
/// Result (tricks taken by declarer, 0–13), Score, Round, Table, Room, HomeTeam, VisitTeam,
/// and tally's own TeamSeat (the side a team sat in robot form). Other tags and sections
/// (Auction, Play, commentary) are skipped.
public enum PBNReader {
    /// One record: its tags with the line each stands on.
    public struct Record: Sendable {
        public var line: Int
        public var tags: [String: (value: String, line: Int)]
    }

    /// Splits PBN text into records (a blank line ends a record).
    public static func records(in text: String) -> [Record] {
        var records: [Record] = []
        var current: Record?
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                if let record = current, !record.tags.isEmpty { records.append(record) }
                current = nil
                continue
            }
            if trimmed.hasPrefix("%") || trimmed.hasPrefix(";") { continue }
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

    /// The result entries of a PBN file's records; every problem is reported with its line.
    public static func entries(in text: String, file: String, form: MatchForm) -> (entries: [ResultEntry], errors: [Diagnostic]) {
        var entries: [ResultEntry] = []
        var errors: [Diagnostic] = []
        for record in records(in: text) {
            do {
                if let entry = try entry(record, file: file, form: form) { entries.append(entry) }
            } catch {
                errors.append(Diagnostic(file: file, line: error.line, message: error.message))
            }
        }
        return (entries, errors)
    }

    struct LineProblem: Error {
        var line: Int
        var message: String
    }

    private static func entry(_ record: Record, file: String, form: MatchForm) throws(LineProblem) -> ResultEntry? {
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
            if record.tags["Contract"] == nil { return nil }       // a header record without a board
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
        guard let contractTag = tag("Contract") else { return nil }   // a deal without a result
        guard let round = try number("Round") else {
            throw LineProblem(line: record.line, message: "the result of board \(boardNumber) has no Round tag")
        }
        var entry = ResultEntry(source: "\(file):\(record.line)", line: record.line, round: round, board: boardNumber,
                                deal: tag("Deal")?.value)
        do { entry.contract = try ResultEntry.contract(contractTag.value) } catch {
            throw LineProblem(line: contractTag.line, message: error.message)
        }
        if let declarer = tag("Declarer") {
            do { entry.declarer = try ResultEntry.declarer(declarer.value, field: "Declarer") } catch {
                throw LineProblem(line: declarer.line, message: error.message)
            }
        }
        if let result = tag("Result") {
            guard result.value.allSatisfy(\.isNumber), let tricks = Int(result.value), ResultEntry.possibleTricks.contains(tricks) else {
                let count = result.value.hasPrefix("+") || result.value.hasPrefix("-") || result.value == "="
                throw LineProblem(line: result.line, message: count
                    ? "Result '\(result.value)' is an over/undertrick count; PBN's Result is the number of tricks declarer took, 0–13"
                    : "Result '\(result.value)' is not a number of tricks 0–13")
            }
            entry.tricks = tricks
        }
        if let score = tag("Score") { entry.northSouthScore = try northSouth(score, declarer: entry.declarer) }
        switch form {
        case .robot:
            guard let home = try number("HomeTeam"), let visit = try number("VisitTeam") else {
                throw LineProblem(line: record.line, message: "a robot-form result needs HomeTeam and VisitTeam tags")
            }
            guard let room = tag("Room").flatMap({ Room(rawValue: $0.value.lowercased()) }) else {
                throw LineProblem(line: tag("Room")?.line ?? record.line, message: "Room must be Open (home team's table) or Closed (visiting team's)")
            }
            guard let seat = tag("TeamSeat").flatMap({ Partnership(rawValue: $0.value.uppercased()) }) else {
                throw LineProblem(line: tag("TeamSeat")?.line ?? record.line, message: "a robot-form result needs a TeamSeat tag, NS or EW")
            }
            entry.team = TeamNumber(room == .open ? home : visit)
            entry.seat = seat
            entry.table = try number("Table")
        case .teamsOfFour:
            guard let table = try number("Table") else {
                throw LineProblem(line: record.line, message: "a teams-of-four result needs a Table tag")
            }
            guard let room = tag("Room").flatMap({ Room(rawValue: $0.value.lowercased()) }) else {
                throw LineProblem(line: tag("Room")?.line ?? record.line, message: "Room must be Open or Closed")
            }
            entry.table = table
            entry.room = room
        }
        return entry
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
            guard let boardTag = record.tags["Board"], let dealTag = record.tags["Deal"] else { continue }
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
