/// An entrant's scores by component (or, inside a component, by module), in definition order.
///
/// A trade has a handful of components, so a score is found by comparing ids one by one:
/// cheaper than hashing them, which scoring 200,000 entrants did millions of times.
public struct ComponentScores: Sendable, Hashable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    /// One component's score.
    public struct Entry: Sendable, Hashable {
        public var id: ComponentID
        public var score: ComponentScore
    }

    private var entries: [Entry]

    /// No scores, with room for `capacity`.
    public init(capacity: Int = 0) {
        entries = []
        if capacity > 0 { entries.reserveCapacity(capacity) }
    }

    /// Scores in the order given; a later score of the same id replaces the earlier.
    public init(dictionaryLiteral elements: (ComponentID, ComponentScore)...) {
        self.init(capacity: elements.count)
        for (id, score) in elements { self[id] = score }
    }

    public var startIndex: Int { entries.startIndex }
    public var endIndex: Int { entries.endIndex }
    public subscript(position: Int) -> Entry { entries[position] }

    /// The score of `id`, or `nil`; setting adds it after the others or replaces it.
    public subscript(id: ComponentID) -> ComponentScore? {
        get { entries.first { $0.id == id }?.score }
        set {
            let index = entries.firstIndex { $0.id == id }
            switch (index, newValue) {
            case (let index?, let score?): entries[index].score = score
            case (let index?, nil): entries.remove(at: index)
            case (nil, let score?): entries.append(Entry(id: id, score: score))
            case (nil, nil): break
            }
        }
    }

    /// The scores alone, in order.
    public var values: some RandomAccessCollection<ComponentScore> { entries.lazy.map(\.score) }
}
