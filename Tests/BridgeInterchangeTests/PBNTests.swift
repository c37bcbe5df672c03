import BridgeInterchange
import BridgeScoring
import Testing

@Suite("PBN")
struct PBNTests {
    let record = """
        % PBN 2.1
        [Event "测试"]
        [Board "2"]
        [Dealer "E"]
        [Vulnerable "NS"]
        [Deal "N:AKQ2.KQ2.K2.AK32 JT98.JT9.JT9.JT9 7654.8765.8765.8 3.A43.AQ43.Q7654"]
        [Declarer "S"]
        [Contract "4HX"]
        [Result "10"]
        [Score "NS 790"]
        [Round "1"]
        [Table "3"]
        [Room "Closed"]
        [HomeTeam "5"]
        [VisitTeam "12"]
        [TeamSeat "NS"]

        """

    @Test("a robot-form record becomes the visiting team's NS result with its deal")
    func reads() throws {
        let (entries, errors) = PBNReader.entries(in: record, file: "r.pbn", form: .robot)
        #expect(errors.isEmpty)
        let entry = try #require(entries.first)
        #expect(entry.round == 1 && entry.board == 2)
        #expect(entry.team == 12)
        #expect(entry.seat == .northSouth)
        #expect(entry.contract == .bid(level: 4, strain: .hearts, doubling: .doubled))
        #expect(entry.tricks == 10)
        #expect(try entry.computedNorthSouthScore() == 790)
        #expect(entry.deal?.hasPrefix("N:AKQ2") == true)
    }

    @Test("producer bugs are refused with their line", arguments: [
        ("[Result \"10\"]", "[Result \"+1\"]", 9, "Result '+1' is an over/undertrick count; PBN's Result is the number of tricks declarer took, 0–13"),
        ("[Dealer \"E\"]", "[Dealer \"N\"]", 4, "Dealer N contradicts board 2, whose dealer is E (Law 2)"),
        ("[Vulnerable \"NS\"]", "[Vulnerable \"None\"]", 5, "Vulnerable None contradicts board 2, which is NS (Law 2)"),
        ("[Contract \"4HX\"]", "[Contract \"4HXXX\"]", 8, "invalid contract '4HXXX': unknown doubling 'XXX'; expected X or XX"),
    ])
    func refuses(original: String, replacement: String, line: Int, message: String) {
        let text = record.replacingOccurrences(of: original, with: replacement)
        let (_, errors) = PBNReader.entries(in: text, file: "r.pbn", form: .robot)
        #expect(errors.count == 1)
        #expect(errors.first?.line == line)
        #expect(errors.first?.message == message)
    }

    @Test("a Score that does not match the contract is caught")
    func scoreMismatch() throws {
        let text = record.replacingOccurrences(of: "[Score \"NS 790\"]", with: "[Score \"NS 590\"]")
        let entry = try #require(PBNReader.entries(in: text, file: "r.pbn", form: .robot).entries.first)
        #expect(throws: EntryProblem.self) { try entry.computedNorthSouthScore() }
    }

    @Test("the writer's output reads back to the same lines")
    func roundTrip() {
        let line = PBNWriter.Line(round: 1, board: 2, table: 3, room: .closed, home: 5, visit: 12, teamSeat: .northSouth,
                                  contract: .bid(level: 4, strain: .hearts, doubling: .doubled), declarer: .south, tricks: 10,
                                  northSouthScore: 790)
        let text = PBNWriter.write(event: "测试", site: nil, date: nil, lines: [line], deals: [:])
        let entry = PBNReader.entries(in: text, file: "x.pbn", form: .robot).entries.first
        #expect(entry?.team == 12 && entry?.tricks == 10 && entry?.northSouthScore == 790)
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
