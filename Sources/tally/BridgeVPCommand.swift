import ArgumentParser
import BridgeScoring
import Reports

/// `tally bridge vp IMPS --boards N [--scale S]`.
struct BridgeVPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vp",
        abstract: "Print the VPs of the team whose IMP margin is given, then its opponent's.",
        discussion: """
            Example: tally bridge vp 15 --boards 8   prints 15.23 4.77; \
            tally bridge vp --boards 8 -- -15   prints 4.77 15.23.
            """)

    @Argument(help: "The team's IMP margin (negative when it lost).")
    var imps: Int

    @Option(help: "Boards in the match.")
    var boards: Int

    @Option(help: "The VP scale.")
    var scale: VictoryPointScale = .wbf2013

    @Option(help: "Output format.")
    var format: CalculatorFormat = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let (team, opponent) = try BridgeCalculator.victoryPoints(imps: imps, boards: boards, scale: scale)
        switch format {
        case .text:
            print("\(formatHundredths(team)) \(formatHundredths(opponent))")
        case .json:
            print(JSONValue.object([
                ("imps", .integer(imps)), ("boards", .integer(boards)), ("scale", .string(scale.rawValue)),
                ("vp", .number(formatHundredths(team))), ("opponent-vp", .number(formatHundredths(opponent))),
            ]).compact())
        }
    }
}
