import ExactNumbers

/// A scored part of a trade (理论知识, 技能操作, 技术答辩 …), marked on its own scale.
///
/// The trade's total is Σ wᵢ × (componentᵢ / maxᵢ) × 100 / Σ wⱼ (skills spec §1).
public struct Component: Sendable, Hashable {
    public var id: ComponentID
    /// The printed name, e.g. 理论知识.
    public var name: String?
    /// The weight, as a percentage or a fraction; a trade's weights sum to 100 or to 1.
    public var weight: Rational
    /// The full mark of the component's scale (百分制: 100).
    public var max: Rational
    /// The pass mark of the eligibility gate, compared with the published component value.
    public var pass: Rational?
    /// How the component is marked.
    public var marking: Marking

    public init(id: ComponentID, name: String? = nil, weight: Rational, max: Rational = 100,
                pass: Rational? = nil, marking: Marking = .single) {
        self.id = id
        self.name = name
        self.weight = weight
        self.max = max
        self.pass = pass
        self.marking = marking
    }
}
