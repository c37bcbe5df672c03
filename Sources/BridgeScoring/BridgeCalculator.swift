import Diagnostics

/// The director's calculators: one result's score, a difference's IMPs, a margin's VPs —
/// each with the checks of its input, so every front end refuses the same things.
public enum BridgeCalculator {
    /// The score of one result for the declaring side (Law 77), vulnerable as the board
    /// (Law 2) or `vulnerability` says (exactly one is given).
    public static func score(_ contract: String, declarer: Seat, tricks: Int, board: Int?,
                             vulnerability given: Vulnerability?) throws(Diagnostic) -> ScoredResult {
        let parsed = try ResultEntry.contract(contract)
        try ResultEntry.checkTricks(tricks)
        let vulnerability: Vulnerability
        if let board {
            guard let number = BoardNumber(rawValue: board) else {
                throw Diagnostic("board \(board) is out of range; expected 1 or more")
            }
            vulnerability = number.vulnerability
        } else if let given {
            vulnerability = given
        } else {
            throw Diagnostic("give a board number or the vulnerability")
        }
        let score = parsed.score(tricks: tricks, vulnerable: vulnerability.isVulnerable(declarer.partnership))
        return ScoredResult(contract: parsed, declarer: declarer, tricks: tricks, vulnerability: vulnerability, score: score)
    }

    /// The IMPs of a difference in points (Law 78B); bridge scores are multiples of 10.
    public static func imps(forDifference difference: Int) throws(Diagnostic) -> Int {
        guard difference % 10 == 0 else {
            throw Diagnostic("difference \(difference) is not a multiple of 10; bridge scores are")
        }
        return IMPScale.imps(forDifference: difference)
    }

    /// The VPs (in hundredths) of a team whose IMP margin is `imps`, then its opponent's.
    public static func victoryPoints(imps: Int, boards: Int, scale: VictoryPointScale) throws(Diagnostic) -> (team: Int, opponent: Int) {
        guard boards >= 1 else { throw Diagnostic("boards \(boards) is out of range; expected 1 or more") }
        if let problem = scale.problem(boards: boards) { throw Diagnostic(problem) }
        let table = VictoryPointTable(scale: scale, boards: boards)
        return (table.victoryPoints(margin: imps), table.victoryPoints(margin: -imps))
    }
}

/// One result scored by `BridgeCalculator.score`.
public struct ScoredResult: Sendable, Hashable {
    public var contract: Contract
    public var declarer: Seat
    public var tricks: Int
    public var vulnerability: Vulnerability
    /// The declaring side's score.
    public var score: Int

    /// North-South's score.
    public var northSouth: Int { declarer.partnership == .northSouth ? score : -score }
}

extension VictoryPointScale {
    /// Why the scale cannot convert matches of `boards` boards, or `nil` when it can: the
    /// ACBL scale is for 6–8 boards. The one place this applicability is decided.
    public func problem(boards: Int) -> String? {
        switch self {
        case .wbf2013: nil
        case .acbl20: (6...8).contains(boards) ? nil : "the acbl-20 scale is for matches of 6–8 boards, not \(boards)"
        }
    }
}
