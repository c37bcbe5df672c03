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

    @Test("a robot-form record: the visiting team's (Closed room) NS result with its deal")
    func reads() throws {
        let (results, errors) = PBNReader.results(in: record, file: "r.pbn", form: .robot)
        #expect(errors.isEmpty)
        let result = try #require(results.first)
        #expect(result.round == 1 && result.homeTeam == "5" && result.visitTeam == "12" && result.room == .closed && result.table == 3)
        let entry = result.entry
        #expect(entry.round == 1 && entry.board == 2)
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
        let (_, errors) = PBNReader.results(in: text, file: "r.pbn", form: .robot)
        #expect(errors.count == 1)
        #expect(errors.first?.line == line)
        #expect(errors.first?.message == message)
    }

    @Test("a Score that does not match the contract is caught")
    func scoreMismatch() throws {
        let text = record.replacingOccurrences(of: "[Score \"NS 790\"]", with: "[Score \"NS 590\"]")
        let entry = try #require(PBNReader.results(in: text, file: "r.pbn", form: .robot).results.first?.entry)
        #expect(throws: EntryProblem.self) { try entry.computedNorthSouthScore() }
    }

    @Test("the writer's output reads back to the same lines")
    func roundTrip() {
        let line = PBNWriter.Line(round: 1, board: 2, table: 3, room: .closed, home: 5, visit: 12, teamSeat: .northSouth,
                                  contract: .bid(level: 4, strain: .hearts, doubling: .doubled), declarer: .south, tricks: 10,
                                  northSouthScore: 790)
        let text = PBNWriter.write(event: "测试", site: nil, date: nil, lines: [line], deals: [:])
        let result = PBNReader.results(in: text, file: "x.pbn", form: .robot).results.first
        #expect(result?.visitTeam == "12" && result?.room == .closed && result?.entry.tricks == 10
                && result?.entry.northSouthScore == 790)
    }

    @Test("line ends LF, CRLF or CR and a byte-order mark read alike, lines counted alike", arguments: ["\n", "\r\n", "\r"])
    func lineEnds(end: String) throws {
        let text = "\u{FEFF}" + record.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: end)
        let (results, errors) = PBNReader.results(in: text, file: "r.pbn", form: .robot)
        #expect(errors.isEmpty)
        #expect(results.count == 1 && results.first?.entry.tricks == 10)
        let broken = text.replacingOccurrences(of: "[Dealer \"E\"]", with: "[Dealer \"N\"]")
        #expect(PBNReader.results(in: broken, file: "r.pbn", form: .robot).errors.first?.line == 4)
        #expect(PBNReader.deals(in: text, file: "r.pbn").deals[2]?.hasPrefix("N:AKQ2") == true)
    }

    @Test("Result as the tricks of a named side (PBN 2.1 §3.4.15)", arguments: [
        ("NS 10", Seat.south, 10), ("EW 3", .south, 10), ("EW 9", .west, 9), ("NS 4", .west, 9), ("ns 13", .north, 13),
    ])
    func sideTricks(result: String, declarer: Seat, tricks: Int) throws {
        let text = record.replacingOccurrences(of: "[Result \"10\"]", with: "[Result \"\(result)\"]")
            .replacingOccurrences(of: "[Declarer \"S\"]", with: "[Declarer \"\(declarer.rawValue)\"]")
            .replacingOccurrences(of: "[Score \"NS 790\"]\n", with: "")
        let (results, errors) = PBNReader.results(in: text, file: "r.pbn", form: .robot)
        #expect(errors.isEmpty)
        #expect(results.first?.entry.tricks == tricks)
    }

    @Test("a dealing program's file: header comments, commentary anywhere, unknown hands, boards not played")
    func dealersFile() throws {
        let text = """
            % PBN 2.1
            % EXPORT
            % Generated by a dealing program; seed 12345
            %Content-type: text/x-pbn; charset=UTF-8

            [Event "Club night"]
            [Site ""]
            [Date "2026.11.30"]
            [Board "1"]
            ; dealt by hand
            [Dealer "N"]
            [Vulnerable "None"]
            [Deal "N:AKQ2.KQ2.K2.AK32 - 7654.8765.8765.8 -"]
            {A commentary
            over two lines}
            [Declarer ""]
            [Contract ""]
            [Result ""]

            [Board "2"]
            [Dealer "E"]
            [Vulnerable "NS"]
            [Deal "E:- - - 3.A43.AQ43.Q7654"]

            """
        let (results, errors) = PBNReader.results(in: text, file: "d.pbn", form: .teamsOfFour)
        #expect(errors.isEmpty && results.isEmpty)
        let (deals, dealErrors) = PBNReader.deals(in: text, file: "d.pbn")
        #expect(dealErrors.isEmpty)
        #expect(deals[1] == "N:AKQ2.KQ2.K2.AK32 - 7654.8765.8765.8 -" && deals[2] == "E:- - - 3.A43.AQ43.Q7654")
        #expect(PBNDeal.problem(in: "N:- - - -") == "no hand of the deal is known")
        #expect(PBNDeal.problem(in: "N:AKQ2.KQ2.K2.AK32 AKQ2.KQ2.K2.AK32 - -") != nil)
    }

    @Test("a result without a Round tag is read with its teams, to be placed by the pairings")
    func withoutRound() throws {
        let text = record.replacingOccurrences(of: "[Round \"1\"]\n", with: "")
        let (results, errors) = PBNReader.results(in: text, file: "r.pbn", form: .robot)
        #expect(errors.isEmpty)
        #expect(results.first?.round == nil && results.first?.entry.round == 0 && results.first?.visitTeam == "12")
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
