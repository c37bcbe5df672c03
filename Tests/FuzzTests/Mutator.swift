import SeededRandom

/// A seeded random mutator of byte strings: flips, insertions of hostile bytes and tokens,
/// deletions, duplications and truncations — the damage real files suffer (a cut-off
/// download, a spreadsheet's stray formula, a wrong encoding, a pasted NUL).
struct Mutator {
    private var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    /// Tokens that tend to find edge cases.
    static let tokens: [String] = [
        "\u{0}", "\"", ",", "\n", "\r\n", "-", "+", ".", "%", ":", "[", "]", "{", "}", "- ", "#", "&a", "*a", "!!str",
        "NaN", "nan", "inf", "-1", "0", "1e309", "99999999999999999999", "0.0000000000001", "123456789012.123456",
        "=HYPERLINK(\"http://x\")", "\u{FEFF}", "\u{FFFD}", "張", "\u{3000}", "J0", "J99", "Pass", "8NT", "7NTXXX",
        "A+", "A-", "--", "%", "\t", "null", "~", "yes", "0x10", "1_000",
    ]

    mutating func mutate(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0...generator.next(below: 4) {
            let position = bytes.isEmpty ? 0 : generator.next(below: bytes.count + 1)
            switch generator.next(below: 8) {
            case 0 where !bytes.isEmpty:
                bytes[min(position, bytes.count - 1)] ^= UInt8(1 << generator.next(below: 8))
            case 1:
                bytes.insert(UInt8(generator.next(below: 256)), at: position)
            case 2 where !bytes.isEmpty:
                let length = min(bytes.count - min(position, bytes.count - 1), 1 + generator.next(below: 16))
                bytes.removeSubrange(min(position, bytes.count - 1)..<(min(position, bytes.count - 1) + length))
            case 3:
                bytes.insert(contentsOf: Array(Self.tokens[generator.next(below: Self.tokens.count)].utf8), at: position)
            case 4 where !bytes.isEmpty:
                bytes = Array(bytes.prefix(position))                   // truncated
            case 5 where bytes.count > 1:
                let start = generator.next(below: bytes.count - 1)
                let end = min(bytes.count, start + 1 + generator.next(below: 64))
                bytes.insert(contentsOf: bytes[start..<end], at: position)
            case 6:
                bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "9"), count: 1 + generator.next(below: 40)), at: position)
            default:
                bytes.insert(contentsOf: [0xC3, 0x28, 0xA0, 0xA1], at: position)   // invalid UTF-8 / GB bytes
            }
        }
        return bytes
    }
}

/// How many mutated inputs each fuzz test tries: the short CI setting, times
/// `$TALLY_FUZZ_SCALE` on demand (e.g. 100 for the long run in docs/reliability.md).
func fuzzRuns(_ short: Int) -> Int {
    let scale = Int(ProcessInfo.processInfo.environment["TALLY_FUZZ_SCALE"] ?? "") ?? 1
    return short * max(1, scale)
}

import Foundation
