import Testing

@Suite("tally bridge calculators")
struct BridgeCalculatorTests {
    @Test("score prints the declaring side's score", arguments: [
        (["4HX", "S", "10", "--vul", "ns"], "790"), (["1NT", "N", "7", "--vul", "none"], "90"),
        (["6S", "E", "12", "--vul", "all"], "1430"), (["7NTXX", "W", "0", "--board", "4"], "-7600"),
        (["Pass", "N", "0", "--board", "1"], "0"), (["2cx", "s", "9", "--board", "2"], "380"),
    ])
    func score(arguments: [String], expected: String) throws {
        let result = try TallyProcess.run(["bridge", "score"] + arguments)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == expected + "\n")
    }

    @Test("score --format json gives the contract's JSON object")
    func scoreJSON() throws {
        let result = try TallyProcess.run(["bridge", "score", "4HX", "S", "10", "--board", "2", "--format", "json"])
        #expect(result.standardOutput
                == #"{"contract":"4HX","declarer":"S","tricks":10,"vulnerable":"ns","score":790,"ns":790,"ew":-790}"# + "\n")
        let defenders = try TallyProcess.run(["bridge", "score", "3NT", "E", "8", "--vul", "ew", "--format", "json"])
        #expect(defenders.standardOutput
                == #"{"contract":"3NT","declarer":"E","tricks":8,"vulnerable":"ew","score":-100,"ns":100,"ew":-100}"# + "\n")
    }

    @Test("bad results are invalid input with a clear message", arguments: [
        (["8NT", "S", "10", "--vul", "ns"], "error: invalid contract '8NT': level 8 is out of range; expected 1–7\n"),
        (["4Z", "S", "10", "--vul", "ns"], "error: invalid contract '4Z': unknown strain 'Z'; expected one of: C, D, H, S, NT\n"),
        (["4HXXX", "S", "10", "--vul", "ns"], "error: invalid contract '4HXXX': unknown doubling 'XXX'; expected X or XX\n"),
        (["4H", "S", "14", "--vul", "ns"], "error: tricks 14 is out of range; expected 0–13\n"),
        (["4H", "S", "10", "--board", "0"], "error: board 0 is out of range; expected 1 or more\n"),
    ])
    func invalid(arguments: [String], message: String) throws {
        let result = try TallyProcess.run(["bridge", "score"] + arguments)
        #expect(result.status == 1)
        #expect(result.standardError == message)
    }

    @Test("usage mistakes exit 64", arguments: [
        ["bridge", "score", "4H", "S", "10"], ["bridge", "score", "4H", "S", "10", "--board", "1", "--vul", "ns"],
        ["bridge", "score", "4H", "Q", "10", "--vul", "ns"], ["bridge", "vp", "15"],
    ])
    func usage(arguments: [String]) throws {
        #expect(try TallyProcess.run(arguments).status == 64)
    }

    @Test("imps converts a difference, negative ones after --", arguments: [
        (["--", "-450"], "-10"), (["10"], "0"), (["20"], "1"), (["3990"], "23"), (["4000"], "24"),
    ])
    func imps(arguments: [String], expected: String) throws {
        #expect(try TallyProcess.run(["bridge", "imps"] + arguments).standardOutput == expected + "\n")
    }

    @Test("vp prints the team's VPs then its opponent's", arguments: [
        (["15", "--boards", "8"], "15.23 4.77"), (["--boards", "8", "--", "-15"], "4.77 15.23"),
        (["40", "--boards", "8"], "19.74 0.26"), (["0", "--boards", "8"], "10.00 10.00"),
        (["3", "--boards", "8", "--scale", "acbl-20"], "12.00 8.00"),
    ])
    func vp(arguments: [String], expected: String) throws {
        #expect(try TallyProcess.run(["bridge", "vp"] + arguments).standardOutput == expected + "\n")
    }

    @Test("global options are accepted after a calculator too")
    func globalOptions() throws {
        #expect(try TallyProcess.run(["bridge", "imps", "20", "--db", "x.sqlite"]).standardOutput == "1\n")
    }
}
