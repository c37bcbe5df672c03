import ArgumentParser
import BridgeScoring
import Reports

/// `tally bridge score CONTRACT DECLARER TRICKS (--board N | --vul V)`.
struct BridgeScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Print the score of one result (Law 77) for the declaring side.",
        discussion: "Example: tally bridge score 4HX S 10 --vul ns   prints 790.")

    @Argument(help: "The contract: Pass, or level + C/D/H/S/NT + optional X or XX (4HX, 3NTXX).")
    var contract: String

    @Argument(help: "The declarer: N, E, S or W.")
    var declarer: Seat

    @Argument(help: "Tricks taken by the declaring side, 0–13.")
    var tricks: Int

    @Option(help: "The board number; fixes the vulnerability (Law 2).")
    var board: Int?

    @Option(help: "The vulnerability instead of a board number.")
    var vul: Vulnerability?

    @Option(help: "Output format.")
    var format: CalculatorFormat = .text

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if (board == nil) == (vul == nil) {
            throw ValidationError("give exactly one of --board N and --vul none|ns|ew|all")
        }
    }

    func run() throws {
        let result = try BridgeCalculator.score(contract, declarer: declarer, tricks: tricks, board: board, vulnerability: vul)
        switch format {
        case .text:
            print(result.score)
        case .json:
            print(result.json.compact())
        }
    }
}
