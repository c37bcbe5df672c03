extension Rational {
    /// Parses a plain decimal numeral such as `86`, `-3.5` or `0.125`.
    ///
    /// Exponents, thousands separators, `nan` and `inf` are rejected: a mark is written as a
    /// person reads it. Returns `nil` when the text is not such a numeral, has more than
    /// twelve decimal places, or does not fit 64 bits once scaled.
    public init?(decimal text: some StringProtocol) {
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty),
              parts.count == 1 || !fraction.isEmpty,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }),
              fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
              fraction.count <= 12,
              whole.count <= 15
        else { return nil }
        let wholeValue = whole.isEmpty ? 0 : Int(whole)!
        let fractionValue = fraction.isEmpty ? 0 : Int(fraction)!
        let scale = Rational.powerOfTen(fraction.count)
        let (scaled, overflow) = wholeValue.multipliedReportingOverflow(by: scale)
        let (sum, overflowAgain) = scaled.addingReportingOverflow(fractionValue)
        guard !overflow, !overflowAgain else { return nil }
        let value = Rational(sum, scale)
        self = negative ? -value : value
    }

    /// The value written with exactly `places` decimals after rounding by `rule`:
    /// `Rational(2675, 1000).formatted(places: 2)` is `"2.68"`.
    public func formatted(places: Int, _ rule: RoundingRule = .halfUp) -> String {
        let units = scaled(toPlaces: places, rule)
        let sign = units < 0 ? "-" : ""
        let magnitude = units.magnitude
        guard places > 0 else { return sign + String(magnitude) }
        let scale = UInt(Rational.powerOfTen(places))
        let fraction = String(magnitude % scale)
        let padded = String(repeating: "0", count: places - fraction.count) + fraction
        return "\(sign)\(magnitude / scale).\(padded)"
    }

    /// The shortest exact decimal form when one exists (`0.125`, `30`), else a fraction
    /// (`1/3`). Meant for diagnostics and debugging, not for published figures.
    public var exactDescription: String {
        var power = 0
        var scaled = self
        while !scaled.isInteger && power < 12 {
            scaled = scaled * Rational(10)
            power += 1
        }
        return scaled.isInteger ? formatted(places: power) : "\(numerator)/\(denominator)"
    }
}

extension Rational: CustomStringConvertible {
    public var description: String { exactDescription }
}
