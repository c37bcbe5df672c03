/// An exact rational number, kept in lowest terms with a positive denominator.
///
/// Marks, weights, shares and totals are rationals so that nothing compared or published
/// passes through binary floating point: a trimmed mean of three marks is exactly a third,
/// and 86.125 publishes as 86.13, never 86.12.
///
/// Arithmetic traps on 64-bit overflow, which the magnitudes of competition scoring
/// (marks up to thousands, denominators built from panel sizes and weights) never reach.
public struct Rational: Sendable, Hashable {
    /// The numerator, carrying the sign.
    public let numerator: Int
    /// The denominator, always positive.
    public let denominator: Int

    /// Creates `numerator / denominator` in lowest terms.
    ///
    /// - Precondition: `denominator` is not zero.
    @inlinable
    public init(_ numerator: Int, _ denominator: Int = 1) {
        precondition(denominator != 0, "Rational with a zero denominator")
        let divisor = Rational.gcd(numerator.magnitude, denominator.magnitude)
        let sign = denominator < 0 ? -1 : 1
        if divisor == 1 {  // already in lowest terms: no divisions
            self.numerator = sign * numerator
            self.denominator = sign * denominator
        } else {
            self.numerator = sign * numerator / Int(divisor)
            self.denominator = sign * denominator / Int(divisor)
        }
    }

    /// Zero.
    public static let zero = Rational(0)
    /// One.
    public static let one = Rational(1)

    /// Whether the value is a whole number.
    @inlinable public var isInteger: Bool { denominator == 1 }

    /// The value as a `Double`, for statistics that are inherently inexact (standardised
    /// scores) and never for anything compared or published as a mark.
    public var doubleValue: Double { Double(numerator) / Double(denominator) }

    /// The greatest common divisor, and 1 for `gcd(0, 0)` (so that zero is `0/1`).
    ///
    /// Euclid's: scoring's operands are small or share little, so it ends in a step or two
    /// (measured faster than Stein's binary algorithm on a national competition's scoring);
    /// a whole number (a denominator of 1) needs no division at all.
    @inlinable
    static func gcd(_ a: UInt, _ b: UInt) -> UInt {
        if a == 1 || b == 1 { return 1 }
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }
}

extension Rational: Comparable {
    @inlinable
    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }
}

extension Rational: ExpressibleByIntegerLiteral {
    @inlinable public init(integerLiteral value: Int) { self.init(value) }
}

extension Rational {
    @inlinable
    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        let divisor = Int(gcd(lhs.denominator.magnitude, rhs.denominator.magnitude))
        let lcm = lhs.denominator / divisor * rhs.denominator
        return Rational(lhs.numerator * (lcm / lhs.denominator) + rhs.numerator * (lcm / rhs.denominator), lcm)
    }

    @inlinable
    public static prefix func - (value: Rational) -> Rational {
        Rational(-value.numerator, value.denominator)
    }

    @inlinable public static func - (lhs: Rational, rhs: Rational) -> Rational { lhs + -rhs }

    @inlinable
    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        // Cross-reduce first to keep intermediates small.
        let a = Int(gcd(lhs.numerator.magnitude, rhs.denominator.magnitude))
        let b = Int(gcd(rhs.numerator.magnitude, lhs.denominator.magnitude))
        return Rational((lhs.numerator / a) * (rhs.numerator / b),
                        (lhs.denominator / b) * (rhs.denominator / a))
    }

    /// - Precondition: `rhs` is not zero.
    @inlinable
    public static func / (lhs: Rational, rhs: Rational) -> Rational {
        precondition(rhs.numerator != 0, "division of a Rational by zero")
        return lhs * Rational(rhs.denominator, rhs.numerator)
    }

    @inlinable public static func += (lhs: inout Rational, rhs: Rational) { lhs = lhs + rhs }
    @inlinable public static func -= (lhs: inout Rational, rhs: Rational) { lhs = lhs - rhs }

    /// The absolute value.
    public var magnitude: Rational { numerator < 0 ? -self : self }
}

extension Sequence where Element == Rational {
    /// The exact sum of the elements.
    @inlinable public func sum() -> Rational { reduce(Rational(0), +) }
}
