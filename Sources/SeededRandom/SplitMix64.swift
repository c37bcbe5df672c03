/// A small, fast, seedable random number generator (SplitMix64, Steele, Lea & Flood 2014).
///
/// Draws, random first rounds and recheck samples use it so that a recorded seed reproduces
/// the same result on every machine and Swift version.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound`, by rejection (no modulo bias).
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let limit = UInt64(bound)
        let threshold = (0 &- limit) % limit
        while true {
            let value = next()
            if value >= threshold { return Int(value % limit) }
        }
    }
}

extension Array {
    /// The elements in an order drawn by a Fisher–Yates shuffle from `generator`; the same
    /// seed gives the same order everywhere (the standard library's `shuffled(using:)` does
    /// not promise a stable algorithm across versions).
    public func deterministicallyShuffled(using generator: inout SplitMix64) -> [Element] {
        var result = self
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(index, generator.next(below: index + 1))
        }
        return result
    }
}
