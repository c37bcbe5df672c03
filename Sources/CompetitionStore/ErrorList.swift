/// Collects the errors of one input file as `FILE:LINE: error: …` lines. After a thousand it
/// only counts, so a wholly wrong file still gives a readable answer.
struct ErrorList {
    static let shownAtMost = 1_000

    let file: String
    private(set) var lines: [String] = []
    private(set) var count = 0

    init(file: String) { self.file = file }

    var isEmpty: Bool { count == 0 }

    mutating func add(_ line: Int, _ message: String) {
        count += 1
        guard lines.count < Self.shownAtMost else { return }
        lines.append(line > 0 ? "\(file):\(line): error: \(message)" : "\(file): error: \(message)")
    }

    /// Whether more messages are still shown (used to skip costly lookups for hidden ones).
    var isShowingMore: Bool { lines.count < Self.shownAtMost }

    var rejection: InputRejection {
        var shown = lines
        if count > lines.count { shown.append("\(file): error: … and \(count - lines.count) more errors; nothing was imported") }
        return InputRejection(lines: shown)
    }
}
