import ArgumentParser
import Testing
@testable import tally

/// The shape of the command tree.
@Suite("Command tree")
struct CommandTreeTests {
    /// A command without a `commandName` is named from its type at every start
    /// (`String(describing:)` of the metatype), which makes the Swift runtime scan every
    /// protocol conformance in the binary several times: about 2 ms of a 20 ms command.
    @Test("every command names itself")
    func commandsNameThemselves() {
        func unnamed(_ command: any ParsableCommand.Type, path: String) -> [String] {
            let configuration = command.configuration
            let name = configuration.commandName ?? "?"
            let own = configuration.commandName == nil ? ["\(path) \(name) (\(command))"] : []
            return own + configuration.subcommands.flatMap { unnamed($0, path: "\(path) \(name)") }
        }
        #expect(unnamed(Tally.self, path: "").isEmpty)
    }
}
