/// The schedule of a round robin (循环赛) by the circle method (bridge spec §6).
///
/// n teams play n − 1 rounds when n is even and n rounds when n is odd (each round one team
/// has a bye). The lowest team number stays fixed while the others rotate; the fixed team
/// alternates home and away, so home and away stay as balanced as the method allows. The
/// first-listed team of a match is home.
public enum RoundRobinSchedule {
    /// Every round of a single round robin of `teams`.
    public static func rounds(teams: [TeamNumber]) -> [RoundPairing] {
        var positions: [TeamNumber?] = teams.sorted()
        if positions.count % 2 == 1 { positions.append(nil) }     // the bye slot
        let m = positions.count
        guard m >= 2 else { return [] }
        var rounds: [RoundPairing] = []
        for round in 0..<(m - 1) {
            var pairs: [(TeamNumber, TeamNumber)] = []
            var bye: TeamNumber?
            for i in 0..<(m / 2) {
                let first = positions[i], second = positions[m - 1 - i]
                guard let a = first, let b = second else {
                    bye = first ?? second
                    continue
                }
                let swap = i == 0 ? round % 2 == 1 : i % 2 == 1
                pairs.append(swap ? (b, a) : (a, b))
            }
            rounds.append(RoundPairing(pairs: pairs, bye: bye))
            positions = [positions[0], positions[m - 1]] + positions[1..<(m - 1)]
        }
        return rounds
    }

    /// Round `number` (1-based) of a round robin of `teams`, repeating the cycle for a double
    /// round robin with home and away exchanged.
    public static func round(_ number: Int, teams: [TeamNumber]) -> RoundPairing? {
        let cycle = rounds(teams: teams)
        guard number >= 1, !cycle.isEmpty else { return nil }
        let index = (number - 1) % cycle.count
        var pairing = cycle[index]
        if ((number - 1) / cycle.count) % 2 == 1 {
            pairing.tables = pairing.tables.map { RoundPairing.Table(number: $0.number, home: $0.away, away: $0.home) }
        }
        return pairing
    }
}
