#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// The conversion of a match's IMP margin to victory points for one match length, kept as
/// integer hundredths (15.23 VP is 1523).
///
/// - WBF 2013 continuous scale (WBF, "IMP to VP conversion", technical report 2013):
///   τ = (√5 − 1)/2, blitz X = 15√N; V(M) = 10 + 10(1 − τ^(3M/X))/(1 − τ³) for M < X, else
///   20; rounded half-up to hundredths for every margin 0 … ⌈X⌉ + 1, then made concave: while
///   some V[i+1] − V[i] > V[i] − V[i−1], V[i] gains 0.01.
/// - ACBL 20-point discrete scale for 6–8 boards.
public struct VictoryPointTable: Sendable, Hashable {
    public let scale: VictoryPointScale
    public let boards: Int
    /// The winner's VPs, in hundredths, for margins 0, 1, 2, …; beyond the end, 20.00.
    public let winnerHundredths: [Int]

    /// The table for a match of `boards` boards on `scale`.
    ///
    /// - Precondition: `boards` ≥ 1.
    public init(scale: VictoryPointScale, boards: Int) {
        precondition(boards >= 1, "a match has at least one board")
        self.scale = scale
        self.boards = boards
        switch scale {
        case .wbf2013: winnerHundredths = Self.wbf2013(boards: boards)
        case .acbl20: winnerHundredths = Self.acbl20
        }
    }

    /// The VPs (hundredths) of the side whose IMP margin is `margin` (negative when it lost).
    public func victoryPoints(margin: Int) -> Int {
        let magnitude = Int(margin.magnitude)
        let winner = magnitude < winnerHundredths.count ? winnerHundredths[magnitude] : 2000
        return margin < 0 ? 2000 - winner : winner
    }

    private static func wbf2013(boards: Int) -> [Int] {
        let tau = (5.0.squareRoot() - 1) / 2
        let blitz = 15 * Double(boards).squareRoot()
        let last = Int(blitz.rounded(.up)) + 1
        var table = (0...last).map { margin -> Int in
            let m = Double(margin)
            guard m < blitz else { return 2000 }
            let vp = 10 + 10 * (1 - pow(tau, 3 * m / blitz)) / (1 - pow(tau, 3))
            return Int((vp * 100).rounded(.toNearestOrAwayFromZero))
        }
        var changed = true
        while changed {
            changed = false
            for i in 1..<(table.count - 1) where table[i + 1] - table[i] > table[i] - table[i - 1] {
                table[i] += 1
                changed = true
            }
        }
        return table
    }

    /// ACBL 20-point scale, margins 0 … 28 (28 and more: 20).
    static let acbl20: [Int] = {
        let bands: [(upTo: Int, vp: Int)] = [
            (0, 10), (2, 11), (4, 12), (7, 13), (10, 14), (13, 15), (16, 16), (19, 17), (23, 18), (27, 19), (28, 20),
        ]
        return (0...28).map { margin in bands.first { margin <= $0.upTo }!.vp * 100 }
    }()
}

/// Writes hundredths as a decimal with two places: 1523 → `15.23`, −300 → `-3.00`.
public func formatHundredths(_ hundredths: Int) -> String {
    let sign = hundredths < 0 ? "-" : ""
    let magnitude = hundredths.magnitude
    let fraction = magnitude % 100
    return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}
