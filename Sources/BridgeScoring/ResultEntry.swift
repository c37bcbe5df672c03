import Diagnostics

/// One table's result: as it arrives from a file or the command line (checked against the
/// event's pairings before it is stored), and as it is stored. Robot form names the team and
/// its seat; teams of four the match's table and the room.
public struct ResultEntry: Sendable, Hashable {
    /// Where it came from, e.g. `round3.pbn:42`, for error messages and the audit trail.
    public var source: String
    public var line: Int
    public var round: Int
    public var board: Int
    /// Robot form: the team whose table this is, and the side it sat.
    public var team: TeamNumber?
    public var seat: Partnership?
    /// Teams of four: the match's table and the room.
    public var table: Int?
    public var room: Room?
    public var contract: Contract?
    public var declarer: Seat?
    public var tricks: Int?
    /// A score given instead of (or besides) contract and tricks, for North-South.
    public var northSouthScore: Int?
    public var adjustment: Adjustment?
    /// The deal in PBN notation, when the file carries it.
    public var deal: String?

    public init(source: String, line: Int, round: Int, board: Int, team: TeamNumber? = nil, seat: Partnership? = nil,
                table: Int? = nil, room: Room? = nil, contract: Contract? = nil, declarer: Seat? = nil, tricks: Int? = nil,
                northSouthScore: Int? = nil, adjustment: Adjustment? = nil, deal: String? = nil) {
        self.source = source
        self.line = line
        self.round = round
        self.board = board
        self.team = team
        self.seat = seat
        self.table = table
        self.room = room
        self.contract = contract
        self.declarer = declarer
        self.tricks = tricks
        self.northSouthScore = northSouthScore
        self.adjustment = adjustment
        self.deal = deal
    }

    /// The table's result for comparing boards: the adjusted score, else North-South's score.
    public var result: TableResult {
        adjustment.map(TableResult.init(adjustment:)) ?? TableResult(northSouthScore: northSouthScore ?? 0)
    }

    /// The largest score a table can produce (7NTXX vulnerable, all thirteen tricks lost).
    public static let largestScore = 7_600

    /// North-South's score: from contract, declarer and tricks when given (checked against a
    /// given score), else the given score; `nil` for an adjusted table.
    public func computedNorthSouthScore() throws(EntryProblem) -> Int? {
        if adjustment != nil { return nil }
        guard let contract else {
            guard let northSouthScore else { throw EntryProblem("give a contract, declarer and tricks, a score, or an adjusted score") }
            guard northSouthScore % 10 == 0 else { throw EntryProblem("score \(northSouthScore) is not a multiple of 10") }
            guard abs(northSouthScore) <= Self.largestScore else {
                throw EntryProblem("score \(northSouthScore) is beyond any bridge score (at most \(Self.largestScore) either way)")
            }
            return northSouthScore
        }
        guard let boardNumber = BoardNumber(rawValue: board) else { throw EntryProblem("board \(board) is out of range") }
        if contract == .passedOut {
            if let northSouthScore, northSouthScore != 0 { throw EntryProblem("a passed-out board scores 0, not \(northSouthScore)") }
            return 0
        }
        guard let declarer else { throw EntryProblem("declarer is missing; expected N, E, S or W") }
        guard let tricks else { throw EntryProblem("tricks are missing; expected the tricks declarer took, 0–13") }
        try Self.checkTricks(tricks)
        let computed = contract.northSouthScore(declarer: declarer, tricks: tricks, board: boardNumber)
        if let northSouthScore, northSouthScore != computed {
            throw EntryProblem("score \(northSouthScore) for North-South does not match \(contract) by \(declarer.rawValue) taking \(tricks) tricks on board \(board) (\(computed))")
        }
        return computed
    }
}

/// Why an entry cannot be taken: a diagnostic placed at the entry's line by whoever collects it.
public typealias EntryProblem = Diagnostic

extension ResultEntry {
    /// The one reader of a typed contract (`4HX`, `3NT`, `Pass`), for files and the command line.
    public static func contract(_ text: String) throws(Diagnostic) -> Contract {
        do { return try Contract(parsing: text) } catch { throw Diagnostic(error.description) }
    }

    /// The one reader of a declarer (`N`, `E`, `S`, `W`); `field` names it in the message as
    /// the input does (`declarer`, PBN's `Declarer`).
    public static func declarer(_ text: String, field: String = "declarer") throws(Diagnostic) -> Seat {
        guard let seat = Seat(letter: text) else { throw Diagnostic("\(field) '\(text)' is not N, E, S or W") }
        return seat
    }

    /// The one reader of an adjusted score: `A+`, `A`, `A-` (a typographic minus too).
    public static func adjustment(_ text: String) throws(Diagnostic) -> Adjustment {
        guard let adjustment = Adjustment(rawValue: String(text.uppercased().map { $0 == "−" ? "-" : $0 })) else {
            throw Diagnostic("adjusted '\(text)' is not A+, A or A-")
        }
        return adjustment
    }

    /// The tricks a declaring side can take: 0–13. The one place this range is checked.
    public static let possibleTricks = 0...13

    /// Refuses a count of tricks outside `possibleTricks`.
    public static func checkTricks(_ tricks: Int) throws(Diagnostic) {
        guard possibleTricks.contains(tricks) else { throw Diagnostic("tricks \(tricks) is out of range; expected 0–13") }
    }

    /// The one reader of a count of tricks as a whole number (its range is checked with the
    /// contract, in `computedNorthSouthScore`).
    public static func tricks(_ text: String) throws(Diagnostic) -> Int {
        guard let tricks = Int(text) else { throw Diagnostic("tricks '\(text)' is not a whole number") }
        return tricks
    }
}
