import ExactNumbers

/// WorldSkills-style standardised scores for cross-trade comparison (skills spec §7):
/// ws = centreScore + factor × (x − centre) / spread.
///
/// Labelled a WorldSkills-style score, never an official one.
public struct Standardisation: Sendable, Hashable {
    /// Which centre of a trade's totals maps to `centreScore`.
    public enum Centre: String, Sendable, CaseIterable {
        case median, mean
    }

    /// How a trade's spread is estimated.
    public enum Spread: String, Sendable, CaseIterable {
        /// The population standard deviation.
        case standardDeviation = "standard-deviation"
        /// 1.4826 × the median absolute deviation.
        case mad
    }

    public var centre: Centre
    public var spread: Spread
    /// k in the formula, 20 by default.
    public var factor: Rational
    /// A standardised score at or above this earns an excellence certificate when set.
    public var excellence: Rational?

    public init(centre: Centre = .median, spread: Spread = .standardDeviation,
                factor: Rational = 20, excellence: Rational? = nil) {
        self.centre = centre
        self.spread = spread
        self.factor = factor
        self.excellence = excellence
    }
}
