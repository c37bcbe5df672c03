import SkillsScoring
import Yams

extension DefinitionReader {
    /// Reads the `competition:` header; `nil` when its kind is unknown. A bad id or name is
    /// reported and the rest of the file is still read, so that every mistake is found.
    func readCompetition(_ node: Node?) -> CompetitionInfo? {
        guard let node else { return nil }
        let keys = ["id", "name", "kind", "organiser", "date", "decimals", "language"]
        guard let section = MappingReader(node, context: "competition", keys: keys,
                                          diagnostics: diagnostics)
        else { return nil }
        let id = diagnostics.identifier(section.required("id"), "competition id", lowercaseOnly: true)
        let name = diagnostics.string(section.required("name"), "competition name")
        let kind = diagnostics.choice(section.required("kind"), "competition kind", as: CompetitionKind.self)
        let organiser = diagnostics.string(section.optional("organiser"), "organiser")
        let date = readDate(section.optional("date"))
        let decimals = diagnostics.integer(section.optional("decimals"), "decimals", in: 0...4) ?? 2
        let language = diagnostics.choice(section.optional("language"), "language", as: OutputLanguage.self) ?? .en
        guard let kind else { return nil }
        return CompetitionInfo(id: CompetitionID(id ?? ""), name: name ?? "", kind: kind, organiser: organiser,
                               date: date, decimals: decimals, language: language)
    }

    private func readDate(_ node: Node?) -> CompetitionDate? {
        guard let node, let text = diagnostics.string(node, "date") else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
           let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
           (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) {
            return CompetitionDate(year: year, month: month, day: day)
        }
        diagnostics.error("invalid date '\(text)'; expected a calendar date like 2023-02-15", at: node)
        return nil
    }

    private func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
