import SeededRandom
import SkillsScoring

/// The seeded draw (抽签) of competitor codes and stations (skills spec §6).
///
/// The same count and seed always give the same codes: `A01`, `A02`, … assigned to the
/// entrants in the order a Fisher–Yates shuffle of SplitMix64 puts them; stations 1 … n drawn
/// the same way from a second stream of the same seed.
public enum Draw {
    /// Codes for `count` entrants listed in file order.
    public static func codes(count: Int, seed: UInt64) -> [EntrantCode] {
        var generator = SplitMix64(seed: seed)
        let order = Array(0..<count).deterministicallyShuffled(using: &generator)
        let width = max(2, String(count).count)
        var codes = [EntrantCode](repeating: "", count: count)
        for (number, entrant) in order.enumerated() { codes[entrant] = code(number + 1, width: width) }
        return codes
    }

    /// Stations 1 … `count` for entrants listed in file order.
    public static func stations(count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(seed: seed ^ 0x5354_4154_494F_4E53)   // "STATIONS"
        return Array(1...max(count, 1)).prefix(count).map(String.init).deterministicallyShuffled(using: &generator)
    }

    /// The code after the highest `A` number in use (for an entrant registered late).
    public static func nextCode(after codes: [EntrantCode]) -> EntrantCode {
        let numbers = codes.compactMap { code -> Int? in
            guard code.rawValue.hasPrefix("A") else { return nil }
            return Int(code.rawValue.dropFirst())
        }
        let width = max(2, codes.first.map { $0.rawValue.count - 1 } ?? 2)
        return code((numbers.max() ?? 0) + 1, width: width)
    }

    private static func code(_ number: Int, width: Int) -> EntrantCode {
        let digits = String(number)
        return EntrantCode("A" + String(repeating: "0", count: max(0, width - digits.count)) + digits)
    }
}
