import CompetitionConfig
import Foundation
import Testing

/// One case per validation rule: the definition and the exact diagnostic it must produce.
struct ValidationCase: CustomTestStringConvertible, Sendable {
    var rule: String
    var yaml: String
    var expected: String
    var testDescription: String { rule }
}

@Suite("Definition validation: every rule gives its exact position and message")
struct ValidationTests {
    static let cases: [ValidationCase] = [
        ValidationCase(
            rule: "unknown key",
            yaml: skills("        - { id: theory, weight: 100, marking: single, wieght: 3 }"),
            expected: "10:55: unknown key 'wieght' in component 'theory'; expected one of: id, name, weight, max, pass, marking, judges, aggregate, trim, tolerance, criteria, modules"),
        ValidationCase(
            rule: "unknown aggregate",
            yaml: skills(validComponents[0],
                         "        - { id: practical, weight: 70, marking: panel, judges: 5, aggregate: trim-mean }"),
            expected: "11:78: unknown aggregate 'trim-mean'; expected one of: mean, median, trimmed-mean, closest-two"),
        ValidationCase(
            rule: "unknown ranking",
            yaml: skills(validComponents[0], validComponents[1], "      ranking: olympic"),
            expected: "12:16: unknown ranking 'olympic'; expected one of: standard, dense, ordinal, no-shared"),
        ValidationCase(
            rule: "unknown competition kind",
            yaml: "competition:\n  id: x\n  name: X\n  kind: chess\n",
            expected: "4:9: unknown competition kind 'chess'; expected one of: skills, bridge-teams"),
        ValidationCase(
            rule: "duplicate component id",
            yaml: skills("        - { id: theory, weight: 30, marking: single }",
                         "        - { id: theory, weight: 70, marking: single }"),
            expected: "11:17: duplicate component id 'theory' (first at line 10)"),
        ValidationCase(
            rule: "weights not summing to 100",
            yaml: skills("        - { id: theory, weight: 30, marking: single }",
                         "        - { id: practical, weight: 60, marking: single }"),
            expected: "10:9: component weights of trade 'a' sum to 90; expected 100 (or 1)"),
        ValidationCase(
            rule: "shares above 100%",
            yaml: skills(validComponents[0], validComponents[1],
                         "      awards:", "        levels:",
                         "          - { id: first, share: 40% }", "          - { id: second, share: 70% }"),
            expected: "14:11: award shares add up to 110%; expected at most 100%"),
        ValidationCase(
            rule: "a share that does not increase the cumulative quota",
            yaml: skills(validComponents[0], validComponents[1],
                         "      awards:", "        levels:",
                         "          - { id: first, share: 10% }", "          - { id: second, share: 0% }"),
            expected: "15:34: share 0% must be greater than 0%"),
        ValidationCase(
            rule: "trim that leaves no marks",
            yaml: skills("        - { id: practical, weight: 100, marking: panel, judges: 3, aggregate: trimmed-mean, trim: 2 }"),
            expected: "10:99: a trimmed-mean with trim 2 drops 4 of 3 marks and leaves none; it needs at least 5 judges"),
        ValidationCase(
            rule: "a panel of no judges",
            yaml: skills("        - { id: practical, weight: 100, marking: panel, judges: 0, aggregate: mean }"),
            expected: "10:65: judges 0 is out of range; expected 1…99"),
        ValidationCase(
            rule: "closest-two needs three judges",
            yaml: skills("        - { id: practical, weight: 100, marking: panel, judges: 5, aggregate: closest-two }"),
            expected: "10:65: closest-two needs exactly 3 judges, not 5"),
        ValidationCase(
            rule: "pass mark above max",
            yaml: skills("        - { id: theory, weight: 100, max: 50, pass: 60, marking: single }"),
            expected: "10:53: pass mark 60 of component 'theory' is above its max 50"),
        ValidationCase(
            rule: "tie-break naming no component",
            yaml: skills(validComponents[0], validComponents[1], "      tie-breaks: [practicl, time]"),
            expected: "12:20: tie-break 'practicl' names no component of trade 'a'; expected one of: practical, theory, time"),
        ValidationCase(
            rule: "a key that does not apply to the marking",
            yaml: skills("        - { id: theory, weight: 100, marking: single, judges: 5 }"),
            expected: "10:55: key 'judges' in component 'theory' applies only to another marking (this one is single)"),
        ValidationCase(
            rule: "award levels mixing shares and counts",
            yaml: skills(validComponents[0], validComponents[1],
                         "      awards:", "        levels:",
                         "          - { id: first, share: 10% }", "          - { id: second, count: 2 }"),
            expected: "14:11: award levels mix shares and counts; use one form for every level"),
        ValidationCase(
            rule: "a title naming an unknown award level",
            yaml: skills(validComponents[0], validComponents[1], "titles:", "  - { id: talent, awards: [gold] }"),
            expected: "13:28: title 'talent' names unknown award level 'gold'; expected one of: first, second, third"),
        ValidationCase(
            rule: "a missing required key",
            yaml: skills("        - { id: theory, marking: single }"),
            expected: "10:11: component 'theory' is missing required key 'weight'"),
        ValidationCase(
            rule: "an impossible date",
            yaml: "competition:\n  id: x\n  name: X\n  kind: skills\n  date: 2023-02-30\n"
                + "trades:\n  - { id: a, name: A }\nscoring:\n  components:\n    - { id: t, weight: 100 }\n",
            expected: "5:9: invalid date '2023-02-30'; expected a calendar date like 2023-02-15"),
        ValidationCase(
            rule: "bridge rounds ≤ 0", yaml: bridge("  rounds: 0", "  boards-per-round: 8"),
            expected: "6:11: rounds 0 is out of range; expected 1…1000"),
        ValidationCase(
            rule: "bridge boards ≤ 0", yaml: bridge("  rounds: 7", "  boards-per-round: -8"),
            expected: "7:21: boards-per-round -8 is out of range; expected 1…100"),
        ValidationCase(
            rule: "a round robin whose rounds do not fit",
            yaml: bridge("  movement: round-robin", "  teams: 8", "  rounds: 6", "  boards-per-round: 8"),
            expected: "8:11: a round robin of 8 teams takes 7 rounds (or a multiple for a double round robin), not 6"),
        ValidationCase(
            rule: "a round robin without its number of teams",
            yaml: bridge("  movement: round-robin", "  rounds: 7", "  boards-per-round: 8"),
            expected: "6:3: a round-robin movement needs the number of teams (teams: N) to check its rounds"),
        ValidationCase(
            rule: "a Swiss with more rounds than opponents",
            yaml: bridge("  teams: 6", "  rounds: 6", "  boards-per-round: 8"),
            expected: "7:11: 6 Swiss rounds cannot avoid rematches among 6 teams; at most 5"),
        ValidationCase(
            rule: "the ACBL scale outside 6–8 boards",
            yaml: bridge("  rounds: 7", "  boards-per-round: 12", "  victory-points: acbl-20"),
            expected: "8:19: the acbl-20 scale is for matches of 6–8 boards, not 12; use wbf-2013"),
        ValidationCase(
            rule: "an invalid bye award", yaml: bridge("  rounds: 7", "  boards-per-round: 8", "  bye: 25"),
            expected: "8:8: invalid bye '25'; expected VPs from 0 to 20 (e.g. 12), average, or max-N-average (e.g. max-12-average)"),
        ValidationCase(
            rule: "a section of the other kind",
            yaml: bridge("  rounds: 7", "  boards-per-round: 8", "trades: []"),
            expected: "8:1: key 'trades' in the definition does not apply to kind bridge-teams"),
        ValidationCase(
            rule: "a YAML syntax error",
            yaml: "competition:\n  id: x\n  name: [unclosed\n",
            expected: "4:1: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence)"),
        ValidationCase(
            rule: "a duplicate YAML key",
            yaml: "competition:\n  id: x\n  id: y\n",
            expected: "2:3: duplicate key 'id' in a mapping"),
    ]

    @Test("each validation rule", arguments: cases)
    func rule(_ testCase: ValidationCase) {
        #expect(diagnostics(testCase.yaml) == [testCase.expected])
    }

    @Test("a file with three mistakes reports all three, in file order, naming the file")
    func threeMistakes() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/three-mistakes", withExtension: "yaml"))
        do {
            _ = try DefinitionLoader.load(path: url.path)
            Issue.record("the definition should not load")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "\(url.path):7:5: error: component weights of the default scoring sum to 90; expected 100 (or 1)",
                "\(url.path):8:86: error: unknown aggregate 'trim-mean'; expected one of: mean, median, trimmed-mean, closest-two",
                "\(url.path):12:11: error: duplicate trade id 'electrician' (first at line 11)",
            ])
        }
    }

    @Test("an unreadable file is reported against its path")
    func missingFile() {
        #expect(throws: DefinitionError.self) {
            try DefinitionLoader.load(path: "/nonexistent/definition.yaml")
        }
    }
}
