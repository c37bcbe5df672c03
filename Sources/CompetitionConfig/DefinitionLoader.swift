import Diagnostics
import Foundation
import Yams

/// Reads competition definitions (formats spec §1) into validated, typed definitions.
///
/// Every mistake in a file is reported at once as a `Diagnostic` pointing at the offending
/// YAML node; a definition is returned only when there are none.
public enum DefinitionLoader {
    /// Loads and validates the definition at `path`; diagnostics name the path as given.
    public static func load(path: String) throws(DefinitionError) -> CompetitionDefinition {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DefinitionError(diagnostics: [
                Diagnostic(file: path, location: SourceLocation(line: 1, column: 1),
                           message: "cannot read the file"),
            ])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DefinitionError(diagnostics: [
                Diagnostic(file: path, location: SourceLocation(line: 1, column: 1),
                           message: "the file is not UTF-8 text"),
            ])
        }
        return try parse(yaml: text, file: path)
    }

    /// Parses and validates a definition held in memory; `file` names it in diagnostics.
    ///
    /// The YAML is composed with Yams' rule-less `Resolver.basic`: the reader takes every
    /// scalar as text and types it itself (`ScalarReading`), so Yams' default resolver — a
    /// set of regular expressions compiled at first use and run on every scalar, a third of
    /// the time of a short command, and unsafe to share across threads on Linux — is never
    /// needed.
    public static func parse(yaml: String, file: String) throws(DefinitionError) -> CompetitionDefinition {
        let diagnostics = NodeDiagnostics(file: file)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml, .basic) else {
                diagnostics.error("the file is empty; expected a competition definition", at: nil)
                throw DefinitionError(diagnostics: diagnostics.sorted)
            }
            root = node
        } catch let error as DefinitionError {
            throw error
        } catch {
            diagnostics.error(yamlMessage(error), at: yamlLocation(error))
            throw DefinitionError(diagnostics: diagnostics.sorted)
        }
        let definition = DefinitionReader(diagnostics: diagnostics).read(root)
        guard diagnostics.diagnostics.isEmpty, let definition else {
            throw DefinitionError(diagnostics: diagnostics.sorted)
        }
        return definition
    }

    private static func yamlLocation(_ error: Error) -> SourceLocation {
        let mark: Mark? = switch error as? YamlError {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark
        case .duplicatedKeysInMapping(_, let context): context.mark
        default: nil
        }
        return SourceLocation(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private static func yamlMessage(_ error: Error) -> String {
        switch error as? YamlError {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            let during = context.map { " (\($0.text))" } ?? ""
            return "invalid YAML: \(problem)\(during)"
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in a mapping"
        case .reader(let problem, _, _, _):
            return "unreadable text: \(problem)"
        default:
            return "invalid YAML: \(error)"
        }
    }
}
