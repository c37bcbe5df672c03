import BridgeScoring
import CompetitionModel
import Diagnostics
import ExactNumbers

/// One table's result as a person keys it in: the place, then the contract, declarer and
/// tricks as typed (`4HX S 10`), or an adjusted score.
public struct ResultInput: Sendable {
    public var round: Int
    public var board: Int
    /// Robot form: the team and its seat (`NS`, `EW`).
    public var team: Int?
    public var seat: String?
    /// Teams of four: the match's table and the room (`open`, `closed`).
    public var table: Int?
    public var room: String?
    /// `A+`, `A` or `A-` instead of a result.
    public var adjusted: String?
    /// Contract, declarer and tricks as typed.
    public var words: [String]

    public init(round: Int, board: Int, team: Int? = nil, seat: String? = nil, table: Int? = nil, room: String? = nil,
                adjusted: String? = nil, words: [String] = []) {
        self.round = round
        self.board = board
        self.team = team
        self.seat = seat
        self.table = table
        self.room = room
        self.adjusted = adjusted
        self.words = words
    }

    /// The entry this input makes, read by the same readers as result files.
    func entry() throws(Diagnostic) -> ResultEntry {
        var entry = ResultEntry(source: "command line", line: 0, round: round, board: board,
                                team: team.map { TeamNumber($0) }, seat: seat.flatMap { Partnership(rawValue: $0.uppercased()) },
                                table: table, room: room.flatMap { Room(rawValue: $0.lowercased()) })
        if let adjusted {
            entry.adjustment = try ResultEntry.adjustment(adjusted)
            return entry
        }
        if let contract = words.first { entry.contract = try ResultEntry.contract(contract) }
        if words.count > 1 { entry.declarer = try ResultEntry.declarer(words[1]) }
        if words.count > 2 { entry.tricks = try ResultEntry.tricks(words[2]) }
        return entry
    }
}

/// A paired round with the event it belongs to (for team names).
public struct PairedRound: Sendable {
    public var event: BridgeSnapshot
    public var round: StoredRound
}

extension CompetitionDesk {
    /// Everything stored about the bridge event, read at once.
    public func bridgeEvent() throws -> BridgeSnapshot {
        try database.bridgeSnapshot(competition)
    }

    /// The event and its standings after the last round with results (the cross-table's).
    public func bridgeStandings() throws -> (BridgeSnapshot, Standings) {
        let event = try bridgeEvent()
        return (event, event.standings())
    }

    /// Registers the teams of a CSV file, all or none.
    public func importTeams(file: String, displayName: String? = nil, operator: String) throws -> ImportSummary {
        try database.importTeams(path: file, displayName: displayName ?? file, competition: competition, operator: `operator`)
    }

    /// Withdraws a team: it is not paired again.
    public func withdraw(team: TeamNumber, reason: String, operator: String) throws {
        try database.withdraw(team: team, reason: reason, competition: competition, operator: `operator`)
    }

    /// Stores the deals of a PBN file, all or none.
    public func importDeals(file: String, displayName: String? = nil, operator: String) throws -> ImportSummary {
        try database.importDeals(path: file, displayName: displayName ?? file, competition: competition, operator: `operator`)
    }

    /// Pairs (Swiss) or schedules (round robin) the next round and stores it.
    public func pairNextRound(seed: UInt64?, operator: String) throws -> PairedRound {
        let round = try database.pairNextRound(competition: competition, seed: seed, operator: `operator`)
        return PairedRound(event: try bridgeEvent(), round: round)
    }

    /// A paired round (default: the last one); refused when it is not paired.
    public func round(_ number: Int?) throws -> PairedRound {
        let event = try bridgeEvent()
        let number = number ?? event.rounds.count
        guard let stored = event.rounds.first(where: { $0.number == number }) else {
            throw RuleRefusal("round \(number) is not paired (\(event.rounds.count) rounds paired)")
        }
        return PairedRound(event: event, round: stored)
    }

    /// The event, for the match sheets of a paired round; refused when it is not paired.
    public func matches(round: Int) throws -> BridgeSnapshot {
        let event = try bridgeEvent()
        guard event.rounds.contains(where: { $0.number == round }) else { throw RuleRefusal("round \(round) is not paired") }
        return event
    }

    /// Imports results (CSV, or PBN by the `.pbn` extension) for rounds already paired; all or nothing.
    public func importResults(file: String, displayName: String? = nil, operator: String) throws -> ImportSummary {
        try database.importResults(path: file, displayName: displayName ?? file, competition: competition, operator: `operator`)
    }

    /// Enters one table's result, or with `correcting` replaces the stored one.
    public func enterResult(_ input: ResultInput, correcting reason: String?, operator: String) throws {
        let entry: ResultEntry
        do { entry = try input.entry() } catch { throw InputRejection([error]) }
        try database.enterResult(entry, correcting: reason, competition: competition, operator: `operator`)
    }

    /// Deducts VPs (as typed, e.g. `1` or `0.5`) from a team, charged in a round; returns the
    /// hundredths deducted.
    @discardableResult
    public func penalise(team: TeamNumber, round: Int, victoryPoints: String, reason: String, operator: String) throws -> Int {
        guard let value = Rational(decimal: victoryPoints), value > 0, value <= 1_000, (value * 100).isInteger else {
            throw InputRejection("invalid VPs '\(victoryPoints)'; expected a positive number with at most two decimals")
        }
        let hundredths = value.scaled(toPlaces: 2)
        try database.penalise(team: team, round: round, hundredths: hundredths, reason: reason, competition: competition,
                              operator: `operator`)
        return hundredths
    }

    /// Records that a team forfeits its match of a round.
    public func forfeit(round: Int, team: TeamNumber, reason: String, operator: String) throws {
        try database.forfeit(round: round, team: team, reason: reason, competition: competition, operator: `operator`)
    }

    /// The event's interchange files.
    public func exports() throws -> BridgeExports {
        BridgeExports(snapshot: try bridgeEvent())
    }
}
