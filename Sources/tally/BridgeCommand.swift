import ArgumentParser
import BridgeScoring

/// `tally bridge …`: the director's calculators.
struct BridgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bridge",
        abstract: "Bridge calculators: contract scores, IMPs and victory points.",
        subcommands: [BridgeScoreCommand.self, BridgeIMPsCommand.self, BridgeVPCommand.self])
}

/// How a calculator prints its answer.
enum CalculatorFormat: String, ExpressibleByArgument, CaseIterable {
    /// The bare answer, e.g. `790`.
    case text
    /// One JSON object (cli spec).
    case json
}

extension Seat: ExpressibleByArgument {
    public init?(argument: String) { self.init(letter: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension Vulnerability: ExpressibleByArgument {}
extension VictoryPointScale: ExpressibleByArgument {}
