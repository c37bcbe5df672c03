@testable import BridgeScoring
import Foundation
import Testing

@Suite("Victory points")
struct VictoryPointTableTests {
    /// The 8-board WBF 2013 table of the bridge spec §4, verbatim.
    static let eightBoards: [(Int, Int)] = [
        (0, 1000), (1, 1044), (2, 1086), (3, 1127), (4, 1167), (5, 1205), (6, 1242), (7, 1277),
        (8, 1312), (9, 1345), (10, 1378), (11, 1409), (12, 1439), (13, 1468), (14, 1496), (15, 1523),
        (16, 1550), (17, 1575), (18, 1600), (19, 1623), (20, 1646), (21, 1668), (22, 1690), (23, 1711),
        (24, 1731), (25, 1750), (40, 1974), (43, 2000), (44, 2000), (100, 2000),
    ]

    @Test("WBF 2013, 8 boards: the spec's table", arguments: eightBoards)
    func eightBoardTable(margin: Int, hundredths: Int) {
        let table = VictoryPointTable(scale: .wbf2013, boards: 8)
        #expect(table.victoryPoints(margin: margin) == hundredths)
        #expect(table.victoryPoints(margin: -margin) == 2000 - hundredths)
    }

    @Test("WBF 2013 tables are concave, increasing and reach 20 just past the blitz",
          arguments: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 20, 24, 28, 32, 36, 40, 48, 64])
    func shape(boards: Int) {
        let table = VictoryPointTable(scale: .wbf2013, boards: boards).winnerHundredths
        #expect(table.first == 1000)
        #expect(table.last == 2000)
        for i in 1..<table.count {
            #expect(table[i] >= table[i - 1])
        }
        for i in 1..<(table.count - 1) {
            #expect(table[i + 1] - table[i] <= table[i] - table[i - 1], "not concave at \(i) for \(boards) boards")
        }
    }

    /// An independent reference for the WBF 2013 scale: the formula written with exp/log,
    /// and the concavity correction done by sweeping from the top margin down.
    static func reference(boards: Int) -> [Int] {
        let tau = (5.0.squareRoot() - 1) / 2
        let blitz = 15 * Double(boards).squareRoot()
        let count = Int(blitz.rounded(.up)) + 2
        var table = [Int](repeating: 2000, count: count)
        for margin in 0..<count where Double(margin) < blitz {
            let raw = 10 + 10 * (1 - exp(3 * Double(margin) / blitz * log(tau))) / (1 - tau * tau * tau)
            table[margin] = Int((raw * 100).rounded(.toNearestOrAwayFromZero))
        }
        var i = count - 2
        while i >= 1 {
            if table[i + 1] - table[i] > table[i] - table[i - 1] {
                table[i] += 1
                i = min(i + 1, count - 2)
            } else {
                i -= 1
            }
        }
        return table
    }

    @Test("WBF 2013 matches an independent computation for other match lengths",
          arguments: [6, 7, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 64])
    func otherLengths(boards: Int) {
        let table = VictoryPointTable(scale: .wbf2013, boards: boards)
        let reference = Self.reference(boards: boards)
        for margin in 0..<(reference.count + 5) {
            let expected = margin < reference.count ? reference[margin] : 2000
            #expect(table.victoryPoints(margin: margin) == expected, "\(boards) boards, margin \(margin)")
        }
    }

    @Test("ACBL 20-point scale, every margin from −40 to 40")
    func acbl() {
        let table = VictoryPointTable(scale: .acbl20, boards: 8)
        func expected(_ margin: Int) -> Int {
            let m = abs(margin)
            let winner: Int = switch m {
            case 0: 10
            case 1...2: 11
            case 3...4: 12
            case 5...7: 13
            case 8...10: 14
            case 11...13: 15
            case 14...16: 16
            case 17...19: 17
            case 20...23: 18
            case 24...27: 19
            default: 20
            }
            return (margin < 0 ? 20 - winner : winner) * 100
        }
        for margin in -40...40 {
            #expect(table.victoryPoints(margin: margin) == expected(margin))
        }
    }

    @Test("hundredths are written with two decimals", arguments: [
        (1523, "15.23"), (477, "4.77"), (2000, "20.00"), (5, "0.05"), (-300, "-3.00"), (0, "0.00"),
    ])
    func formatting(hundredths: Int, text: String) {
        #expect(formatHundredths(hundredths) == text)
    }
}
