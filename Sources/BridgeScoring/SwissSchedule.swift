/// Which standings a Swiss round is paired on.
public enum SwissSchedule {
    /// The last round whose results pair round `round`: the previous one, or with delayed
    /// Swiss the one before it (round 2 of a delayed Swiss is paired like round 1: on numbers).
    public static func standingsRound(forPairing round: Int, delayed: Bool) -> Int {
        max(0, round - (delayed ? 2 : 1))
    }
}
