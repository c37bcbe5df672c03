extension Rational {
    /// Parses a plain decimal numeral such as `86`, `-3.5` or `0.125`.
    ///
    /// Exponents, thousands separators, `nan` and `inf` are rejected: a mark is written as a
    /// person reads it. Returns `nil` when the text is not such a numeral, has more than
    /// twelve decimal places, or does not fit 64 bits once scaled.
    public init?(decimal text: some StringProtocol) {
        var text = String(text)
        guard let value = text.withUTF8({ Rational(decimalUTF8: $0) }) else { return nil }
        self = value
    }

    /// Parses a plain decimal numeral from its UTF-8 bytes, as `init(decimal:)` does; for
    /// loops that read a million marks straight from a file's bytes.
    public init?(decimalUTF8 text: UnsafeBufferPointer<UInt8>) {
        var negative = false
        var whole = 0, fraction = 0
        var wholeDigits = 0, fractionDigits = 0
        var seenPoint = false
        var index = 0
        for byte in text {
            defer { index += 1 }
            switch byte {
            case UInt8(ascii: "-") where index == 0: negative = true
            case UInt8(ascii: "+") where index == 0: break
            case UInt8(ascii: ".") where !seenPoint: seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int(byte - UInt8(ascii: "0"))
                if seenPoint {
                    fractionDigits += 1
                    guard fractionDigits <= 12 else { return nil }
                    fraction = fraction * 10 + digit
                } else {
                    wholeDigits += 1
                    guard wholeDigits <= 15 else { return nil }
                    whole = whole * 10 + digit
                }
            default:
                return nil
            }
        }
        guard wholeDigits + fractionDigits > 0, !seenPoint || fractionDigits > 0 else { return nil }
        let scale = Rational.powerOfTen(fractionDigits)
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: scale)
        let (sum, overflowAgain) = scaled.addingReportingOverflow(fraction)
        guard !overflow, !overflowAgain else { return nil }
        let value = Rational(sum, scale)
        self = negative ? -value : value
    }

    /// The value written with exactly `places` decimals after rounding by `rule`:
    /// `Rational(2675, 1000).formatted(places: 2)` is `"2.68"`.
    public func formatted(places: Int, _ rule: RoundingRule = .halfUp) -> String {
        let units = scaled(toPlaces: places, rule)
        // Digits written last first into a small buffer, the point after `places` of them:
        // one string made, where standings print hundreds of thousands of figures.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { buffer in
            var start = buffer.count
            func put(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            var magnitude = units.magnitude
            var written = 0
            repeat {
                put(UInt8(ascii: "0") + UInt8(magnitude % 10))
                magnitude /= 10
                written += 1
                if written == places { put(UInt8(ascii: ".")) }
            } while magnitude > 0 || written <= places
            if units < 0 { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
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
