import Diagnostics
import Foundation
import ExactNumbers
import Yams

/// Turns YAML scalars into typed values, reporting what was expected when they do not fit.
extension NodeDiagnostics {
    /// A non-empty string.
    func string(_ node: Node?, _ what: String) -> String? {
        guard let node else { return nil }
        guard let text = node.text else {
            error("expected text for \(what), found \(node.kindDescription)", at: node)
            return nil
        }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            error("\(what) must not be empty", at: node)
            return nil
        }
        return text
    }

    /// An identifier made of the characters a definition allows in ids.
    func identifier(_ node: Node?, _ what: String, lowercaseOnly: Bool = false) -> String? {
        guard let node, let text = string(node, what) else { return nil }
        func allowed(_ character: Character) -> Bool {
            guard character.isASCII else { return false }
            if character == "-" { return true }
            if lowercaseOnly { return character.isNumber || character.isLowercase }
            return character.isLetter || character.isNumber || character == "_"
        }
        guard text.allSatisfy(allowed) else {
            let pattern = lowercaseOnly ? "[a-z0-9-]+" : "[A-Za-z0-9_-]+"
            error("invalid \(what) '\(text)'; expected letters matching \(pattern)", at: node)
            return nil
        }
        return text
    }

    /// A whole number within `range`.
    func integer(_ node: Node?, _ what: String, in range: ClosedRange<Int>) -> Int? {
        guard let node else { return nil }
        guard let text = node.text, let value = Int(text) else {
            error("expected a whole number for \(what), found '\(node.text ?? node.kindDescription)'", at: node)
            return nil
        }
        guard range.contains(value) else {
            error("\(what) \(value) is out of range; expected \(describe(range))", at: node)
            return nil
        }
        return value
    }

    /// The largest number a definition takes, and the most decimals: enough for any marking
    /// scale, and small enough that exact arithmetic on marks can never overflow.
    static let numberLimit = Rational(1_000_000)
    static let decimalPlaces = 4

    /// An exact decimal number of at most four decimals and at most a million, optionally
    /// bounded below.
    func number(_ node: Node?, _ what: String, minimum: Rational? = nil, exclusive: Bool = false) -> Rational? {
        guard let node else { return nil }
        guard let text = node.text, let value = Rational(decimal: text) else {
            error("expected a number for \(what), found '\(node.text ?? node.kindDescription)'", at: node)
            return nil
        }
        guard value.magnitude <= Self.numberLimit, (value * 10_000).isInteger else {
            error("\(what) \(text) is out of range; expected at most 1000000 with at most \(Self.decimalPlaces) decimals", at: node)
            return nil
        }
        if let minimum, exclusive ? value <= minimum : value < minimum {
            error("\(what) \(text) must be \(exclusive ? "greater than" : "at least") \(minimum)", at: node)
            return nil
        }
        return value
    }

    /// A share written as a percentage (`10%`) or a fraction (`0.1`), as an exact fraction.
    func share(_ node: Node?, _ what: String) -> Rational? {
        guard let node else { return nil }
        guard let text = node.text else {
            error("expected a share like 10% for \(what), found \(node.kindDescription)", at: node)
            return nil
        }
        var value: Rational?
        if text.hasSuffix("%") {
            value = Rational(decimal: text.dropLast()).map { $0 / 100 }
        } else {
            value = Rational(decimal: text).flatMap { $0 <= 1 ? $0 : nil }
        }
        if let candidate = value, !(candidate * 1_000_000).isInteger { value = nil }
        guard let value else {
            error("expected a share like 10% or 0.1 (at most four decimals of a percent) for \(what), found '\(text)'", at: node)
            return nil
        }
        guard value > 0 else {
            error("\(what) \(text) must be greater than 0%", at: node)
            return nil
        }
        return value
    }

    /// A true/false flag.
    func flag(_ node: Node?, _ what: String) -> Bool? {
        guard let node else { return nil }
        switch node.text?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error("expected true or false for \(what), found '\(node.text ?? node.kindDescription)'", at: node)
            return nil
        }
    }

    /// One of a closed set of names, reporting the allowed ones.
    func choice<Value: RawRepresentable & CaseIterable>(
        _ node: Node?, _ what: String, as type: Value.Type = Value.self
    ) -> Value? where Value.RawValue == String {
        guard let node, let text = string(node, what) else { return nil }
        guard let value = Value(rawValue: text) else {
            let names = Value.allCases.map(\.rawValue)
            error("unknown \(what) '\(text)'; expected one of: \(allowedList(names))", at: node)
            return nil
        }
        return value
    }

    /// The items of a list.
    func list(_ node: Node?, _ what: String, allowEmpty: Bool = false) -> [Node]? {
        guard let node else { return nil }
        guard let sequence = node.sequence else {
            error("expected a list for \(what), found \(node.kindDescription)", at: node)
            return nil
        }
        let items = Array(sequence)
        if items.isEmpty && !allowEmpty {
            error("\(what) must list at least one item", at: node)
            return nil
        }
        return items
    }

    /// Reports every id that repeats an earlier one in the same list.
    func rejectDuplicates<ID: Hashable & CustomStringConvertible>(_ items: [(ID, Node?)], _ what: String) {
        var seen: [ID: Node?] = [:]
        for (id, node) in items {
            if let first = seen[id] {
                let line = first?.mark.map { " (first at line \($0.line))" } ?? ""
                error("duplicate \(what) '\(id)'\(line)", at: node)
            } else {
                seen[id] = node
            }
        }
    }

    private func describe(_ range: ClosedRange<Int>) -> String {
        range.upperBound == Int.max ? "at least \(range.lowerBound)" : "\(range.lowerBound)…\(range.upperBound)"
    }
}
