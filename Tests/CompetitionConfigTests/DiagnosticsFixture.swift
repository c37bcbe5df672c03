import CompetitionConfig

/// Parses `yaml` as the file `test.yaml` and returns its diagnostics as
/// `LINE:COL: message`, or an empty list when the definition is valid.
func diagnostics(_ yaml: String) -> [String] {
    do {
        _ = try DefinitionLoader.parse(yaml: yaml, file: "test.yaml")
        return []
    } catch {
        return error.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }
}

/// A skills definition with one trade `a` whose `scoring:` block ends in `components:` at
/// line 9; `lines` follow from line 10, each with its exact indentation.
func skills(_ lines: String...) -> String {
    let header = [
        "competition:", "  id: t", "  name: T", "  kind: skills", "trades:", "  - id: a", "    name: A",
        "    scoring:", "      components:",
    ]
    return (header + lines).joined(separator: "\n") + "\n"
}

/// The two lines of a valid 30/70 single/panel component list (lines 10 and 11 of `skills`).
let validComponents = [
    "        - { id: theory, weight: 30, marking: single }",
    "        - { id: practical, weight: 70, marking: panel, judges: 5 }",
]

/// A bridge definition whose `bridge:` mapping is at line 5; `lines` follow from line 6.
func bridge(_ lines: String...) -> String {
    let header = ["competition:", "  id: b", "  name: B", "  kind: bridge-teams", "bridge:"]
    return (header + lines).joined(separator: "\n") + "\n"
}
