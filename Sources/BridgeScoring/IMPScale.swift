/// The International Match Point scale (Law 78B).
public enum IMPScale {
    /// The lower bounds of 1 … 24 IMPs, in points (Laws of Duplicate Bridge 2017, Law 78B).
    public static let thresholds = [
        20, 50, 90, 130, 170, 220, 270, 320, 370, 430, 500, 600,
        750, 900, 1100, 1300, 1500, 1750, 2000, 2250, 2500, 3000, 3500, 4000,
    ]

    /// The IMPs for a difference in points, with its sign: 0–10 → 0, 20–40 → 1, …, 4000+ → 24.
    public static func imps(forDifference difference: Int) -> Int {
        let magnitude = difference.magnitude
        let imps = thresholds.prefix { UInt($0) <= magnitude }.count
        return difference < 0 ? -imps : imps
    }
}
