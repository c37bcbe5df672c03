/// How the marks of a judge panel combine into the component's mark (skills spec §2).
public enum PanelAggregate: Sendable, Hashable {
    /// Plain average of all marks.
    case mean
    /// The middle mark (the mean of the two middle marks for an even panel).
    case median
    /// Drop the `trim` highest and `trim` lowest marks and average the rest (去掉最高分和最低分).
    case trimmedMean(trim: Int)
    /// The mean of the two closest of three marks; with equal gaps, the middle mark.
    case closestTwo

    /// The names used in definitions, in the order they are offered.
    public static let names = ["mean", "median", "trimmed-mean", "closest-two"]

    /// The fewest judges a panel needs for this aggregate to leave at least one mark.
    public var minimumJudges: Int {
        switch self {
        case .mean, .median: return 1
        case .trimmedMean(let trim): return 2 * trim + 1
        case .closestTwo: return 3
        }
    }
}
