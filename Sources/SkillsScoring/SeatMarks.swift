import ExactNumbers

/// The marks of a panel's seats 1 … `judges` for one component or aspect: for each seat the
/// mark entered last, seats beyond the panel ignored. Kept by seat in a small array, since a
/// national competition gathers them a million times.
struct SeatMarks {
    private var bySeat: [Rational?]
    /// How many seats have a mark.
    private(set) var count = 0

    /// The marks among `marks` that `belongs` accepts, by seat.
    init(_ marks: [Mark], judges: Int, where belongs: (Mark) -> Bool) {
        bySeat = Array(repeating: nil, count: judges)
        for mark in marks where belongs(mark) {
            guard let judge = mark.judge, judge >= 1, judge <= judges else { continue }
            if bySeat[judge - 1] == nil { count += 1 }
            bySeat[judge - 1] = mark.value
        }
    }

    var isEmpty: Bool { count == 0 }

    /// The marks in seat order.
    var values: [Rational] { bySeat.compactMap { $0 } }

    /// The marks keyed by seat.
    var bySeatNumber: [Int: Rational] {
        var seats: [Int: Rational] = [:]
        for (index, value) in bySeat.enumerated() { if let value { seats[index + 1] = value } }
        return seats
    }

    /// The lowest and highest mark; `nil` when no seat has one.
    var range: (low: Rational, high: Rational)? {
        var range: (low: Rational, high: Rational)?
        for case let value? in bySeat {
            range = range.map { (Swift.min($0.low, value), Swift.max($0.high, value)) } ?? (value, value)
        }
        return range
    }
}
