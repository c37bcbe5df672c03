import Hummingbird

/// How the projector board shows a long standings table (issue 19): the first `top` rows in
/// large type all the time, the rest `rows` at a time, each page for `seconds`. The organiser
/// fits them to the hall's projector in the board's address: `/c/{id}/board?top=3&rows=12&seconds=10`.
struct BoardPaging: Sendable, Equatable {
    var top = 3
    var rows = 12
    var seconds = 10

    /// The paging the address asks for, the defaults where it says nothing.
    /// - Throws: `WebFailure` (400) naming a value that is not a whole number in its range.
    init(_ request: Request) throws {
        let query = request.uri.queryParameters
        func read(_ name: String, _ range: ClosedRange<Int>, default value: Int) throws -> Int {
            guard let text = query.get(name) else { return value }
            guard let number = Int(text), range.contains(number) else {
                throw WebFailure(.badRequest, "'\(name)' is \(text); expected a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return number
        }
        top = try read("top", 0...100, default: top)
        rows = try read("rows", 1...500, default: rows)
        seconds = try read("seconds", 2...600, default: seconds)
    }
}
