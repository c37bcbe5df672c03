/// Why a contract could not be read.
public struct ContractError: Error, Sendable, Equatable, CustomStringConvertible {
    public var text: String
    public var problem: String

    public var description: String { "invalid contract '\(text)': \(problem)" }
}

extension Contract {
    /// Reads `Pass` or level + strain + optional `X`/`XX` (`4HX`, `3NTXX`, `3N`),
    /// case-insensitively.
    public init(parsing text: String) throws(ContractError) {
        let trimmed = text.trimmingWhitespace()
        let upper = trimmed.uppercased()
        if upper == "PASS" || upper == "P" || upper == "AP" {
            self = .passedOut
            return
        }
        func fail(_ problem: String) -> ContractError { ContractError(text: text, problem: problem) }
        guard let first = upper.first, let level = first.wholeNumberValue else {
            throw fail("expected Pass or a level 1–7 followed by a strain (C, D, H, S, NT)")
        }
        guard (1...7).contains(level) else { throw fail("level \(level) is out of range; expected 1–7") }
        var rest = upper.dropFirst()
        let strain: Strain
        if rest.hasPrefix("NT") {
            strain = .noTrump
            rest = rest.dropFirst(2)
        } else if let letter = rest.first, let suit = Strain(rawValue: String(letter)) {
            strain = suit
            rest = rest.dropFirst()
        } else if rest.first == "N" {
            strain = .noTrump
            rest = rest.dropFirst()
        } else {
            let found = rest.isEmpty ? "nothing" : "'\(rest.prefix(while: { $0 != "X" }))'"
            throw fail("unknown strain \(found); expected one of: C, D, H, S, NT")
        }
        let doubling: Doubling
        switch rest {
        case "": doubling = .undoubled
        case "X": doubling = .doubled
        case "XX": doubling = .redoubled
        default:
            let doublingPart = rest.prefix { $0 == "X" }
            if let seat = rest.dropFirst(doublingPart.count).first, "NESW".contains(seat), rest.count == doublingPart.count + 1 {
                let contract = "\(level)\(strain == .noTrump ? "NT" : strain.rawValue)\(doublingPart)"
                throw fail("'\(seat)' looks like the declarer; write it apart: \(contract) \(seat)")
            }
            throw fail("unknown doubling '\(rest)'; expected X or XX")
        }
        self = .bid(level: level, strain: strain, doubling: doubling)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
