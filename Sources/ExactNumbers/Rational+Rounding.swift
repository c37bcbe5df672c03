/// How a value is rounded to a whole number of units.
public enum RoundingRule: String, Sendable, CaseIterable {
    /// Halves away from zero (四舍五入): 2.5 → 3, −2.5 → −3.
    case halfUp = "half-up"
    /// Toward negative infinity.
    case floor
    /// Toward positive infinity.
    case ceiling
}

extension Rational {
    /// The whole number this value rounds to under `rule`.
    public func rounded(_ rule: RoundingRule) -> Int {
        Self.rounded(numerator, over: denominator, rule)
    }

    /// `numerator / denominator` (a positive denominator, any common factor) rounded by `rule`.
    static func rounded(_ numerator: Int, over denominator: Int, _ rule: RoundingRule) -> Int {
        let quotient = numerator / denominator          // truncates toward zero
        let remainder = numerator % denominator         // same sign as numerator
        if remainder == 0 { return quotient }
        switch rule {
        case .floor:
            return numerator < 0 ? quotient - 1 : quotient
        case .ceiling:
            return numerator < 0 ? quotient : quotient + 1
        case .halfUp:
            let twiceRemainder = 2 * remainder.magnitude
            guard twiceRemainder >= denominator.magnitude else { return quotient }
            return numerator < 0 ? quotient - 1 : quotient + 1
        }
    }

    /// This value rounded half-up to `places` decimal places, still exact.
    ///
    /// `Rational(86125, 1000).rounded(toPlaces: 2)` is exactly 86.13.
    public func rounded(toPlaces places: Int, _ rule: RoundingRule = .halfUp) -> Rational {
        Rational(scaled(toPlaces: places, rule), Rational.powerOfTen(places))
    }

    /// The value in units of 10^−places, rounded by `rule` (for example integer hundredths).
    public func scaled(toPlaces places: Int, _ rule: RoundingRule = .halfUp) -> Int {
        let scale = Rational.powerOfTen(places)
        // numerator × scale / denominator, rounded; reduced first only when the product would
        // overflow (rounding a fraction does not depend on its terms being lowest).
        let (product, overflow) = numerator.multipliedReportingOverflow(by: scale)
        return overflow ? (self * Rational(scale)).rounded(rule) : Self.rounded(product, over: denominator, rule)
    }

    static func powerOfTen(_ places: Int) -> Int {
        precondition((0...12).contains(places), "decimal places out of range: \(places)")
        var result = 1
        for _ in 0..<places { result *= 10 }
        return result
    }
}
