import BridgeScoring
import Markup

/// Writes a Swiss (or round-robin) teams event as USEBIO 1.2 XML, the EBU's results
/// interchange format: the participants with their players, places and VP totals, then every
/// match with its board-by-board IMPs and the table results behind them.
///
/// The elements mean what USEBIO readers take them to mean (docs/decisions/0010): a match's
/// `TEAM_SCORE`/`OPPOSING_TEAM_SCORE` are IMPs, its victory points stand apart in
/// `TEAM_VICTORY_POINTS`/`OPPOSING_TEAM_VICTORY_POINTS`, and a traveller line's `DIRECTION`
/// is the side the match's first team (`TEAM`) is reckoned to have sat, so that
/// Σ ±`SCORE` (+ for NS, − for EW) over a board's lines is the first team's score difference
/// and its IMPs can be recomputed from the file alone.
///
/// Written in UTF-8 (team and player names are Chinese), with VPs to two decimals.
public enum USEBIOWriter {
    public struct Team: Sendable {
        public var number: TeamNumber
        public var name: String
        public var players: [String]
        public var place: Int
        public var victoryPoints: Int

        public init(number: TeamNumber, name: String, players: [String], place: Int, victoryPoints: Int) {
            self.number = number
            self.name = name
            self.players = players
            self.place = place
            self.victoryPoints = victoryPoints
        }
    }

    /// One table result line of a board.
    public struct Line: Sendable {
        /// The side the match's first team is reckoned to have sat: in teams-of-four the home
        /// team's seat in that room (NS open, EW closed); in robot form the home team's own
        /// seat on its tables, and the side opposite the away team's pair on the away team's
        /// tables (the away team's NS score counts against the home team).
        public var direction: Partnership
        public var contract: Contract?
        public var declarer: Seat?
        public var tricks: Int?
        public var northSouthScore: Int?
        public var adjustment: Adjustment?

        public init(direction: Partnership, contract: Contract?, declarer: Seat?, tricks: Int?, northSouthScore: Int?,
                    adjustment: Adjustment?) {
            self.direction = direction
            self.contract = contract
            self.declarer = declarer
            self.tricks = tricks
            self.northSouthScore = northSouthScore
            self.adjustment = adjustment
        }
    }

    public struct Board: Sendable {
        public var number: Int
        /// The home team's IMPs, `nil` while the board is missing.
        public var imps: Int?
        public var lines: [Line]

        public init(number: Int, imps: Int?, lines: [Line]) {
            self.number = number
            self.imps = imps
            self.lines = lines
        }
    }

    public struct Match: Sendable {
        public var round: Int
        public var home: TeamNumber
        public var away: TeamNumber
        /// IMPs the home team gained over the match (`TEAM_SCORE`).
        public var homeIMPs: Int
        /// IMPs the away team gained over the match (`OPPOSING_TEAM_SCORE`).
        public var awayIMPs: Int
        /// In hundredths.
        public var homeVictoryPoints: Int
        /// In hundredths.
        public var awayVictoryPoints: Int
        public var boards: [Board]

        public init(round: Int, home: TeamNumber, away: TeamNumber, homeIMPs: Int, awayIMPs: Int,
                    homeVictoryPoints: Int, awayVictoryPoints: Int, boards: [Board]) {
            self.round = round
            self.home = home
            self.away = away
            self.homeIMPs = homeIMPs
            self.awayIMPs = awayIMPs
            self.homeVictoryPoints = homeVictoryPoints
            self.awayVictoryPoints = awayVictoryPoints
            self.boards = boards
        }
    }

    /// The USEBIO document. `date` is `dd/mm/yyyy`.
    public static func write(event: String, organiser: String?, date: String, eventType: String, boardsPlayed: Int,
                             teams: [Team], matches: [Match]) -> String {
        var xml = XMLBuilder()
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        xml.raw("<!DOCTYPE USEBIO SYSTEM \"http://www.ebu.co.uk/usebio/usebio_v1_2.dtd\">")
        xml.open("USEBIO", attributes: [("Version", "1.2")])
        xml.open("CLUB")
        xml.element("CLUB_NAME", organiser ?? event)
        xml.close("CLUB")
        xml.open("EVENT", attributes: [("EVENT_TYPE", eventType)])
        xml.element("MATCH_SCORING_METHOD", "VPS")
        xml.element("EVENT_DESCRIPTION", event)
        xml.element("DATE", date)
        xml.element("SESSION_COUNT", "1")
        xml.element("SECTION_COUNT", "1")
        xml.element("BOARDS_PLAYED", String(boardsPlayed))
        xml.element("WINNER_TYPE", "1")
        xml.open("SESSION")
        xml.element("SESSION_NUMBER", "1")
        xml.open("SECTION")
        xml.element("SECTION_ID", "A")
        xml.open("PARTICIPANTS")
        for team in teams.sorted(by: { ($0.place, $0.number) < ($1.place, $1.number) }) {
            xml.open("TEAM", attributes: [("TEAM_ID", String(team.number.rawValue)), ("TEAM_NAME", team.name)])
            xml.element("TOTAL_SCORE", formatHundredths(team.victoryPoints))
            xml.element("PLACE", String(team.place))
            for player in team.players {
                xml.open("PLAYER")
                xml.element("PLAYER_NAME", player)
                xml.close("PLAYER")
            }
            xml.close("TEAM")
        }
        xml.close("PARTICIPANTS")
        for match in matches {
            xml.open("MATCH")
            xml.element("ROUND_NUMBER", String(match.round))
            xml.element("TEAM", String(match.home.rawValue))
            xml.element("OPPOSING_TEAM", String(match.away.rawValue))
            if let first = match.boards.first?.number, let last = match.boards.last?.number {
                xml.element("START_BOARD_NUMBER", String(first))
                xml.element("END_BOARD_NUMBER", String(last))
            }
            xml.element("TEAM_SCORE", String(match.homeIMPs))
            xml.element("OPPOSING_TEAM_SCORE", String(match.awayIMPs))
            xml.element("TEAM_VICTORY_POINTS", formatHundredths(match.homeVictoryPoints))
            xml.element("OPPOSING_TEAM_VICTORY_POINTS", formatHundredths(match.awayVictoryPoints))
            for board in match.boards {
                xml.open("BOARD")
                xml.element("BOARD_NUMBER", String(board.number))
                if let imps = board.imps { xml.element("IMPS", String(imps)) }
                for line in board.lines {
                    xml.open("TRAVELLER_LINE")
                    xml.element("DIRECTION", line.direction.rawValue)
                    if let adjustment = line.adjustment {
                        xml.element("ADJUSTED_SCORE", adjustment.rawValue)
                    } else if line.contract == .passedOut {
                        // Passed out: no declarer, no tricks.
                        xml.element("CONTRACT", "PASS")
                        xml.element("PLAYED_BY", "")
                        xml.element("TRICKS", "")
                        xml.element("SCORE", "0")
                    } else {
                        xml.element("CONTRACT", line.contract?.description ?? "")
                        xml.element("PLAYED_BY", line.declarer?.rawValue ?? "")
                        xml.element("TRICKS", line.tricks.map(String.init) ?? "")
                        xml.element("SCORE", line.northSouthScore.map(String.init) ?? "")
                    }
                    xml.close("TRAVELLER_LINE")
                }
                xml.close("BOARD")
            }
            xml.close("MATCH")
        }
        xml.close("SECTION")
        xml.close("SESSION")
        xml.close("EVENT")
        xml.close("USEBIO")
        return xml.text
    }
}

/// A minimal, indenting XML writer with escaping.
struct XMLBuilder {
    private(set) var text = ""
    private var depth = 0

    mutating func raw(_ line: String) { text += line + "\n" }

    mutating func open(_ name: String, attributes: [(String, String)] = []) {
        let attributeText = attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
        text += indent + "<\(name)\(attributeText)>\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        text += indent + "</\(name)>\n"
    }

    mutating func element(_ name: String, _ value: String) {
        text += indent + "<\(name)>\(escape(value))</\(name)>\n"
    }

    private var indent: String { String(repeating: "  ", count: depth) }

    private func escape(_ value: String) -> String { Markup.escape(value) }
}
