import BridgeScoring

/// Where a board's result was played: a team and its seat (robot form) or a match's table
/// and room (teams of four), in a round. One result is stored per place and board.
public struct ResultPlace: Sendable, Hashable {
    public var round: Int
    public var board: Int
    /// Robot form: the team and the side it sat.
    public var team: TeamNumber?
    public var seat: Partnership?
    /// Teams of four: the match's table and the room.
    public var table: Int?
    public var room: Room?

    public init(round: Int, board: Int, team: TeamNumber? = nil, seat: Partnership? = nil, table: Int? = nil, room: Room? = nil) {
        self.round = round
        self.board = board
        self.team = team
        self.seat = seat
        self.table = table
        self.room = room
    }
}
