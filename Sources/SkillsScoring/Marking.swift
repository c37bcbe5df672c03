import ExactNumbers

/// How a component is marked (skills spec §1).
public indirect enum Marking: Sendable, Hashable {
    /// One mark per entrant, e.g. a computer-marked theory exam.
    case single
    /// A panel of judges each gives a mark on the component's scale.
    case panel(Panel)
    /// A WorldSkills-style marking scheme: criteria made of measurement and judgement aspects.
    case aspects([Criterion])
    /// Weighted modules (刀工, 冷拼, 热菜 …), each marked in its own way.
    case modules([Module])
}

/// A judge panel: how many marks are expected and how they combine.
public struct Panel: Sendable, Hashable {
    /// Marks expected per entrant, one per seat `J1 … JN`.
    public var judges: Int
    /// How the marks combine.
    public var aggregate: PanelAggregate
    /// The largest allowed spread (max − min); above it the marks are a discrepancy.
    public var tolerance: Rational?

    public init(judges: Int, aggregate: PanelAggregate, tolerance: Rational? = nil) {
        self.judges = judges
        self.aggregate = aggregate
        self.tolerance = tolerance
    }
}

/// A criterion of a marking scheme: a named group of aspects.
public struct Criterion: Sendable, Hashable {
    public var id: CriterionID
    public var name: String?
    public var aspects: [Aspect]

    public init(id: CriterionID, name: String? = nil, aspects: [Aspect]) {
        self.id = id
        self.name = name
        self.aspects = aspects
    }
}

/// One aspect of a marking scheme.
public struct Aspect: Sendable, Hashable {
    /// Whether an aspect is measured once or judged by several judges.
    public enum Kind: Sendable, Hashable {
        /// Full mark or zero (or a value within a tolerance band), entered once (测量分).
        case measurement
        /// Scored 0–3 by each of `judges` judges; mark = max × Σ / (3 × judges) (评价分).
        case judgement(judges: Int, tolerance: Int)
    }

    public var id: AspectID
    public var name: String?
    public var kind: Kind
    /// The aspect's full mark.
    public var max: Rational

    public init(id: AspectID, name: String? = nil, kind: Kind, max: Rational) {
        self.id = id
        self.name = name
        self.kind = kind
        self.max = max
    }
}

/// A weighted module of a component; its mark is scaled to the component's max.
public struct Module: Sendable, Hashable {
    public var id: ComponentID
    public var name: String?
    public var weight: Rational
    public var max: Rational
    public var marking: Marking

    public init(id: ComponentID, name: String? = nil, weight: Rational, max: Rational = 100,
                marking: Marking) {
        self.id = id
        self.name = name
        self.weight = weight
        self.max = max
        self.marking = marking
    }
}
