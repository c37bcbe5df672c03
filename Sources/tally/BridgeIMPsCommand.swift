import ArgumentParser
import BridgeScoring
import Reports

/// `tally bridge imps DIFF`.
struct BridgeIMPsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "imps",
        abstract: "Print the IMPs for a point difference (Law 78B).",
        discussion: "A negative difference follows --: tally bridge imps -- -450   prints -10.")

    @Argument(help: "The difference in points, a multiple of 10.")
    var difference: Int

    @Option(help: "Output format.")
    var format: CalculatorFormat = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let imps = try BridgeCalculator.imps(forDifference: difference)
        switch format {
        case .text: print(imps)
        case .json: print(JSONValue.object([("difference", .integer(difference)), ("imps", .integer(imps))]).compact())
        }
    }
}
