import BridgeScoring

/// One table's result as it arrives from a file or the command line, before it is checked
/// against the event's pairings.
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
        guard (0...13).contains(tricks) else { throw EntryProblem("tricks \(tricks) is out of range; expected 0–13") }
        let computed = contract.northSouthScore(declarer: declarer, tricks: tricks, board: boardNumber)
        if let northSouthScore, northSouthScore != computed {
            throw EntryProblem("score \(northSouthScore) for North-South does not match \(contract) by \(declarer.rawValue) taking \(tricks) tricks on board \(board) (\(computed))")
        }
        return computed
    }
}

/// Why an entry cannot be taken.
public struct EntryProblem: Error, Sendable, Hashable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
