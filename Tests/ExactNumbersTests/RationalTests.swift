@testable import ExactNumbers
import SeededRandom
import Testing

@Suite("Rational arithmetic and half-up publishing")
struct RationalTests {
    @Test("is kept in lowest terms with a positive denominator")
    func normalises() {
        #expect(Rational(6, -8) == Rational(-3, 4))
        #expect(Rational(6, -8).denominator == 4)
        #expect(Rational(0, 5) == .zero)
    }

    @Test("adds, subtracts, multiplies and divides exactly")
    func arithmetic() {
        #expect(Rational(1, 3) + Rational(1, 6) == Rational(1, 2))
        #expect(Rational(1, 3) - Rational(1, 2) == Rational(-1, 6))
        #expect(Rational(2, 3) * Rational(9, 4) == Rational(3, 2))
        #expect(Rational(2, 3) / Rational(4, 9) == Rational(3, 2))
        #expect([Rational(1, 10), Rational(2, 10), Rational(3, 10)].sum() == Rational(3, 5))
    }

    @Test("parses decimal numerals", arguments: [
        ("86", Rational(86)), ("86.125", Rational(86125, 1000)), ("-3.5", Rational(-7, 2)),
        ("+0.5", Rational(1, 2)), (".5", Rational(1, 2)), ("007", Rational(7)),
    ])
    func parses(text: String, value: Rational) {
        #expect(Rational(decimal: text) == value)
    }

    @Test("rejects what is not a plain decimal", arguments: [
        "", "-", ".", "5.", "1e3", "nan", "inf", "1,000", "1.2.3", "１２", " 5", "0x10",
        "1.0000000000001",
    ])
    func rejects(text: String) {
        #expect(Rational(decimal: text) == nil)
    }

    @Test("publishes half-up to the places asked", arguments: [
        ("86.125", 2, "86.13"), ("2.675", 2, "2.68"), ("2.665", 2, "2.67"), ("2.664999", 2, "2.66"),
        ("-2.675", 2, "-2.68"), ("0.005", 2, "0.01"), ("0.004", 2, "0.00"), ("99.995", 2, "100.00"),
        ("12", 2, "12.00"), ("12.5", 0, "13"), ("-0.4", 0, "0"),
    ])
    func publishes(text: String, places: Int, expected: String) {
        #expect(Rational(decimal: text)!.formatted(places: places) == expected)
    }

    @Test("thirds publish exactly: 86⅓ is 86.33 and 86⅔ is 86.67")
    func thirds() {
        #expect((Rational(259, 3)).formatted(places: 2) == "86.33")
        #expect((Rational(260, 3)).formatted(places: 2) == "86.67")
    }

    @Test("rounds to whole numbers by each rule", arguments: [
        (Rational(23, 10), RoundingRule.halfUp, 2), (Rational(69, 10), .halfUp, 7),
        (Rational(138, 10), .halfUp, 14), (Rational(5, 2), .halfUp, 3), (Rational(-5, 2), .halfUp, -3),
        (Rational(23, 10), .floor, 2), (Rational(-23, 10), .floor, -3),
        (Rational(23, 10), .ceiling, 3), (Rational(-23, 10), .ceiling, -2), (Rational(4), .ceiling, 4),
    ])
    func wholeNumbers(value: Rational, rule: RoundingRule, expected: Int) {
        #expect(value.rounded(rule) == expected)
    }

    @Test("every hundredth from 0 to 100 in thousandths publishes like decimal arithmetic")
    func exhaustiveThousandths() {
        for thousandths in 0...100_000 {
            let value = Rational(thousandths, 1000)
            let expected = (thousandths + 5) / 10     // half-up on non-negative integers
            let text = value.formatted(places: 2)
            let whole = expected / 100, fraction = expected % 100
            #expect(text == "\(whole).\(fraction < 10 ? "0" : "")\(fraction)")
        }
    }

    @Test("publishing agrees with rounding the exact product, for random values, places and rules")
    func publishingAgreesWithExactRounding() {
        /// By the definition: the value times 10^places as an exact rational, rounded, written
        /// with the point `places` digits from the right.
        func reference(_ value: Rational, _ places: Int, _ rule: RoundingRule) -> String {
            var scale = 1
            for _ in 0..<places { scale *= 10 }
            let units = (value * Rational(scale)).rounded(rule)
            let digits = String(units.magnitude)
            let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
            let text = places == 0 ? padded : "\(padded.dropLast(places)).\(padded.suffix(places))"
            return units < 0 ? "-" + text : text
        }
        var generator = SplitMix64(seed: 86125)
        for index in 0..<20_000 {
            let places = Int.random(in: 0...6, using: &generator)
            let rule = RoundingRule.allCases.randomElement(using: &generator)!
            let value: Rational
            if index % 4 == 0 {
                // Numerators so big that numerator × 10^places overflows, over denominators
                // that share 10^places, so that the exact product still fits.
                value = Rational(Int.random(in: -(Int.max / 2)...(Int.max / 2), using: &generator),
                                 pow10(places) * Int.random(in: 1...1_000, using: &generator))
            } else {
                value = Rational(Int.random(in: -100_000...100_000, using: &generator),
                                 Int.random(in: 1...(index % 3 == 0 ? 1_000_000_007 : 1_000), using: &generator))
            }
            #expect(value.formatted(places: places, rule) == reference(value, places, rule), "\(value.numerator)/\(value.denominator) to \(places) places")
            #expect(value.rounded(toPlaces: places, rule) == Rational(value.scaled(toPlaces: places, rule), pow10(places)))
        }
    }

    private func pow10(_ places: Int) -> Int { (0..<places).reduce(1) { value, _ in value * 10 } }

    @Test("describes itself exactly")
    func describes() {
        #expect(Rational(1, 8).description == "0.125")
        #expect(Rational(30).description == "30")
        #expect(Rational(1, 3).description == "1/3")
    }

    @Test("gcd is the largest common divisor: exhaustively for small values, by its properties on large ones")
    func greatestCommonDivisor() {
        for a: UInt in 0...120 {
            for b: UInt in 0...120 {
                let expected = a == 0 && b == 0 ? 1 : (1...max(a, b)).last { a % $0 == 0 && b % $0 == 0 }!
                if Rational.gcd(a, b) != expected {
                    Issue.record("gcd(\(a), \(b)) = \(Rational.gcd(a, b)), expected \(expected)")
                }
            }
        }
        var generator = SplitMix64(seed: 2026)
        for _ in 0..<10_000 {
            let common = UInt.random(in: 1...1_000, using: &generator)
            let a = UInt.random(in: 1...1 << 40, using: &generator), b = UInt.random(in: 1...1 << 40, using: &generator)
            let divisor = Rational.gcd(a * common, b * common)
            #expect((a * common) % divisor == 0 && (b * common) % divisor == 0 && divisor % common == 0)
            #expect(Rational.gcd(a * common / divisor, b * common / divisor) == 1)
        }
    }
}
