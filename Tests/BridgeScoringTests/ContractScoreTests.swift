import BridgeScoring
import Testing

/// An independent Law 77 reference, written from the tables of the Law rather than from
/// the engine's formulae: trick values per level, bonus tables, undertrick tables.
enum Law77Reference {
    /// Contract trick points of level 1 … 7, undoubled (Law 77, "contract points").
    static func contractPoints(level: Int, strain: Strain) -> Int {
        let table: [Strain: [Int]] = [
            .clubs: [20, 40, 60, 80, 100, 120, 140], .diamonds: [20, 40, 60, 80, 100, 120, 140],
            .hearts: [30, 60, 90, 120, 150, 180, 210], .spades: [30, 60, 90, 120, 150, 180, 210],
            .noTrump: [40, 70, 100, 130, 160, 190, 220],
        ]
        return table[strain]![level - 1]
    }

    /// Undertrick penalties for 1 … 13 down: [undoubled, doubled, redoubled] × [nv, v].
    static func undertricks(_ down: Int, doubling: Doubling, vulnerable: Bool) -> Int {
        let notVulnerableDoubled = [100, 300, 500, 800, 1100, 1400, 1700, 2000, 2300, 2600, 2900, 3200, 3500]
        let vulnerableDoubled = [200, 500, 800, 1100, 1400, 1700, 2000, 2300, 2600, 2900, 3200, 3500, 3800]
        switch doubling {
        case .undoubled: return down * (vulnerable ? 100 : 50)
        case .doubled: return (vulnerable ? vulnerableDoubled : notVulnerableDoubled)[down - 1]
        case .redoubled: return 2 * (vulnerable ? vulnerableDoubled : notVulnerableDoubled)[down - 1]
        }
    }

    static func score(level: Int, strain: Strain, doubling: Doubling, vulnerable: Bool, tricks: Int) -> Int {
        let needed = 6 + level
        guard tricks >= needed else {
            return -undertricks(needed - tricks, doubling: doubling, vulnerable: vulnerable)
        }
        let points = contractPoints(level: level, strain: strain) * doubling.rawValue
        let gameOrPart = points >= 100 ? (vulnerable ? 500 : 300) : 50
        let slam = [6: vulnerable ? 750 : 500, 7: vulnerable ? 1500 : 1000][level] ?? 0
        let insult = [Doubling.undoubled: 0, .doubled: 50, .redoubled: 100][doubling]!
        let overtrickValue: Int = switch doubling {
        case .undoubled: strain == .clubs || strain == .diamonds ? 20 : 30
        case .doubled: vulnerable ? 200 : 100
        case .redoubled: vulnerable ? 400 : 200
        }
        return points + gameOrPart + slam + insult + (tricks - needed) * overtrickValue
    }
}

@Suite("Contract scores (Law 77)")
struct ContractScoreTests {
    @Test("all 2,940 level × strain × doubling × vulnerability × tricks scores match the reference")
    func exhaustive() {
        var checked = 0
        for level in 1...7 {
            for strain in Strain.allCases {
                for doubling in Doubling.allCases {
                    for vulnerable in [false, true] {
                        for tricks in 0...13 {
                            let contract = Contract.bid(level: level, strain: strain, doubling: doubling)
                            let expected = Law77Reference.score(level: level, strain: strain, doubling: doubling,
                                                                vulnerable: vulnerable, tricks: tricks)
                            #expect(contract.score(tricks: tricks, vulnerable: vulnerable) == expected,
                                    "\(contract) \(vulnerable ? "vul" : "nv") \(tricks) tricks")
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked == 2940)
    }

    @Test("the spec's check values", arguments: [
        ("1NT", false, 7, 90), ("6S", true, 12, 1430), ("2CX", false, 9, 280), ("2CX", true, 9, 380),
        ("1NTXX", true, 8, 1160), ("7NTXX", true, 13, 2980), ("7NTXX", true, 0, -7600),
        ("4HX", true, 10, 790), ("3NT", false, 9, 400), ("4S", true, 9, -100), ("Pass", true, 0, 0),
    ])
    func checkValues(text: String, vulnerable: Bool, tricks: Int, score: Int) throws {
        #expect(try Contract(parsing: text).score(tricks: tricks, vulnerable: vulnerable) == score)
    }

    @Test("North-South's score takes the board's vulnerability and the declarer's side")
    func northSouth() throws {
        let board = try #require(BoardNumber(rawValue: 2))             // NS vulnerable
        let fourHearts = try Contract(parsing: "4H")
        #expect(fourHearts.northSouthScore(declarer: .south, tricks: 10, board: board) == 620)
        #expect(fourHearts.northSouthScore(declarer: .east, tricks: 10, board: board) == -420)
        #expect(fourHearts.northSouthScore(declarer: .west, tricks: 9, board: board) == 50)
    }
}

@Suite("Reading contracts")
struct ContractParsingTests {
    @Test("reads Pass and bids case-insensitively", arguments: [
        ("Pass", Contract.passedOut), ("pass", .passedOut), ("4HX", .bid(level: 4, strain: .hearts, doubling: .doubled)),
        ("3ntxx", .bid(level: 3, strain: .noTrump, doubling: .redoubled)), ("3N", .bid(level: 3, strain: .noTrump, doubling: .undoubled)),
        ("1c", .bid(level: 1, strain: .clubs, doubling: .undoubled)), (" 7S ", .bid(level: 7, strain: .spades, doubling: .undoubled)),
    ])
    func reads(text: String, contract: Contract) throws {
        #expect(try Contract(parsing: text) == contract)
    }

    @Test("rejects malformed contracts with a clear reason", arguments: [
        ("8NT", "invalid contract '8NT': level 8 is out of range; expected 1–7"),
        ("0H", "invalid contract '0H': level 0 is out of range; expected 1–7"),
        ("4Z", "invalid contract '4Z': unknown strain 'Z'; expected one of: C, D, H, S, NT"),
        ("4", "invalid contract '4': unknown strain nothing; expected one of: C, D, H, S, NT"),
        ("4HXXX", "invalid contract '4HXXX': unknown doubling 'XXX'; expected X or XX"),
        ("", "invalid contract '': expected Pass or a level 1–7 followed by a strain (C, D, H, S, NT)"),
        ("H4", "invalid contract 'H4': expected Pass or a level 1–7 followed by a strain (C, D, H, S, NT)"),
    ])
    func rejects(text: String, message: String) {
        #expect {
            try Contract(parsing: text)
        } throws: { error in
            (error as? ContractError)?.description == message
        }
    }

    @Test("writes contracts back in PBN form")
    func writes() throws {
        #expect(try Contract(parsing: "3ntxx").description == "3NTXX")
        #expect(Contract.passedOut.description == "Pass")
    }
}

@Suite("Boards (Law 2) and IMPs (Law 78B)")
struct BoardAndIMPTests {
    @Test("dealer and vulnerability of boards 1 … 32 follow Law 2")
    func law2() throws {
        let dealers = "NESW"
        let cycle = ["none", "ns", "ew", "all", "ns", "ew", "all", "none",
                     "ew", "all", "none", "ns", "all", "none", "ns", "ew"]
        for number in 1...64 {
            let board = try #require(BoardNumber(rawValue: number))
            let dealer = dealers[dealers.index(dealers.startIndex, offsetBy: (number - 1) % 4)]
            #expect(board.dealer.rawValue == String(dealer))
            #expect(board.vulnerability.rawValue == cycle[(number - 1) % 16])
        }
        #expect(BoardNumber(rawValue: 0) == nil)
    }

    static let impTable: [(Int, Int)] = [
        (0, 0), (10, 0), (20, 1), (40, 1), (50, 2), (80, 2), (90, 3), (120, 3), (130, 4), (160, 4),
        (170, 5), (210, 5), (220, 6), (260, 6), (270, 7), (310, 7), (320, 8), (360, 8), (370, 9),
        (420, 9), (430, 10), (490, 10), (500, 11), (590, 11), (600, 12), (740, 12), (750, 13),
        (890, 13), (900, 14), (1090, 14), (1100, 15), (1290, 15), (1300, 16), (1490, 16), (1500, 17),
        (1740, 17), (1750, 18), (1990, 18), (2000, 19), (2240, 19), (2250, 20), (2490, 20),
        (2500, 21), (2990, 21), (3000, 22), (3490, 22), (3500, 23), (3990, 23), (4000, 24), (7600, 24),
    ]

    @Test("every IMP boundary, in both signs", arguments: impTable)
    func imps(difference: Int, imps: Int) {
        #expect(IMPScale.imps(forDifference: difference) == imps)
        #expect(IMPScale.imps(forDifference: -difference) == -imps)
    }
}
