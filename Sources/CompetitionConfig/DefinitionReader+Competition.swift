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

    /// Reads `officials:`: each `{ name, role, [trades], [seats] }`.
    func readOfficials(_ node: Node?, trades: Set<String>) -> [Official] {
        guard let items = diagnostics.list(node, "officials", allowEmpty: true) else { return [] }
        var officials: [Official] = []
        var names: [(String, Node?)] = []
        for item in items {
            let label = item.mapping?["name"]?.text.map { "official '\($0)'" } ?? "official"
            guard let mapping = MappingReader(item, context: label, keys: ["name", "role", "trades", "seats"],
                                              diagnostics: diagnostics)
            else { continue }
            let name = diagnostics.string(mapping.required("name"), "official name")
            let role = diagnostics.choice(mapping.required("role"), "role", as: Official.Role.self)
            if role != .judge { mapping.reject(["trades", "seats"], because: "applies only to role: judge") }
            var judged: [String]?
            if let list = diagnostics.list(mapping.optional("trades"), "trades") {
                judged = list.compactMap { node in
                    guard let trade = diagnostics.string(node, "trade") else { return nil }
                    if !trades.isEmpty && !trades.contains(trade) {
                        diagnostics.error("\(label) judges unknown trade '\(trade)'; expected one of: \(allowedList(trades.sorted()))", at: node)
                        return nil
                    }
                    return trade
                }
            } else if role == .judge {
                diagnostics.error("\(label) is a judge and needs the trades judged (trades: [...])", at: item)
            }
            var seats: [Int]?
            if let list = diagnostics.list(mapping.optional("seats"), "seats") {
                seats = list.compactMap { node in
                    guard let text = diagnostics.string(node, "seat") else { return nil }
                    let digits = text.uppercased().hasPrefix("J") ? String(text.dropFirst()) : text
                    guard let seat = Int(digits), (1...99).contains(seat) else {
                        diagnostics.error("invalid seat '\(text)'; expected J1, J2, …", at: node)
                        return nil
                    }
                    return seat
                }
            }
            guard let name, let role else { continue }
            names.append((name, mapping.optional("name")))
            officials.append(Official(name: name, role: role, trades: judged, seats: seats))
        }
        diagnostics.rejectDuplicates(names.map { ($0.0, $0.1) }, "official name")
        return officials
    }
}
