import BridgeScoring

/// Writes results as PBN 2.1 (bridge spec §8), in an order fixed by round, board and table, so
/// that a file written by tally reads back into the same results and is written again
/// byte for byte.
public enum PBNWriter {
    /// One table's result with the match it belongs to.
    public struct Line: Sendable {
        public var round: Int
        public var board: Int
        public var table: Int
        public var room: Room
        public var home: TeamNumber
        public var visit: TeamNumber
        /// Robot form: the side the team sat.
        public var teamSeat: Partnership?
        public var contract: Contract?
        public var declarer: Seat?
        public var tricks: Int?
        public var northSouthScore: Int?

        public init(round: Int, board: Int, table: Int, room: Room, home: TeamNumber, visit: TeamNumber,
                    teamSeat: Partnership?, contract: Contract?, declarer: Seat?, tricks: Int?, northSouthScore: Int?) {
            self.round = round
            self.board = board
            self.table = table
            self.room = room
            self.home = home
            self.visit = visit
            self.teamSeat = teamSeat
            self.contract = contract
            self.declarer = declarer
            self.tricks = tricks
            self.northSouthScore = northSouthScore
        }
    }

    /// The PBN text of an event's results, every game with the mandatory tags of PBN 2.1 §3.1
    /// (`?` where a value is unknown; a deal not stored is `N:- - - -`, every hand unknown). The players' seats are named by their teams' names
    /// (`teamNames`): in teams of four the home team sits North-South in the open room and
    /// East-West in the closed; in robot form the team sits its side and the robots' is `?`.
    public static func write(event: String, site: String?, date: String?, lines: [Line], deals: [Int: String],
                             teamNames: [TeamNumber: String] = [:]) -> String {
        var output = "% PBN 2.1\n% EXPORT\n"
        let sorted = lines.sorted {
            ($0.round, $0.board, $0.table, $0.room == .open ? 0 : 1, $0.teamSeat == .eastWest ? 1 : 0)
                < ($1.round, $1.board, $1.table, $1.room == .open ? 0 : 1, $1.teamSeat == .eastWest ? 1 : 0)
        }
        for line in sorted {
            let board = BoardNumber(rawValue: line.board)!
            let seated = seats(of: line, teamNames: teamNames)
            var tags: [(String, String)] = [
                ("Event", event), ("Site", site ?? "?"), ("Date", date ?? "?"), ("Board", String(line.board)),
                ("West", seated.eastWest), ("North", seated.northSouth), ("East", seated.eastWest), ("South", seated.northSouth),
                ("Dealer", board.dealer.rawValue), ("Vulnerable", name(of: board.vulnerability)),
                ("Deal", deals[line.board] ?? PBNDeal.unknown), ("Scoring", "IMP"),
                ("Declarer", line.declarer?.rawValue ?? "?"),
                ("Contract", line.contract?.description ?? "?"),
                ("Result", line.tricks.map(String.init) ?? "?"),
                ("Score", line.northSouthScore.map { "NS \($0)" } ?? "?"),
                ("Round", String(line.round)), ("Table", String(line.table)),
                ("Room", line.room == .open ? "Open" : "Closed"),
                ("HomeTeam", String(line.home.rawValue)), ("VisitTeam", String(line.visit.rawValue)),
            ]
            if let seat = line.teamSeat { tags.append(("TeamSeat", seat.rawValue)) }
            output += "\n" + tags.map { "[\($0.0) \"\(escape($0.1))\"]\n" }.joined()
        }
        return output
    }

    /// Who sat North-South and East-West at a line's table, by team name (`?` when unknown).
    private static func seats(of line: Line, teamNames: [TeamNumber: String]) -> (northSouth: String, eastWest: String) {
        let here = line.room == .open ? line.home : line.visit
        let there = line.room == .open ? line.visit : line.home
        let name = { (team: TeamNumber) in teamNames[team] ?? "?" }
        switch line.teamSeat {
        case .northSouth?: return (name(here), "?")
        case .eastWest?: return ("?", name(here))
        case nil: return (name(here), name(there))
        }
    }

    /// PBN's name of a vulnerability: None, NS, EW, All.
    public static func name(of vulnerability: Vulnerability) -> String {
        switch vulnerability {
        case .none: "None"
        case .northSouth: "NS"
        case .eastWest: "EW"
        case .all: "All"
        }
    }

    /// Reads PBN's vulnerability names (None/Love/-, NS, EW, All/Both).
    public static func vulnerability(_ text: String) -> Vulnerability? {
        switch text.lowercased() {
        case "none", "love", "-": Vulnerability.none
        case "ns": .northSouth
        case "ew": .eastWest
        case "all", "both": .all
        default: nil
        }
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
