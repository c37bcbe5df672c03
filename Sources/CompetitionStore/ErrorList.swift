/// Collects the errors of one input file as `FILE:LINE: error: …` lines. After a thousand it
/// only counts, so a wholly wrong file still gives a readable answer.
struct ErrorList: Sendable {
    static let shownAtMost = 1_000

    let file: String
    /// The errors shown, by line (0 for the file as a whole).
    private(set) var entries: [(line: Int, message: String)] = []
    private(set) var count = 0

    init(file: String) { self.file = file }

    var isEmpty: Bool { count == 0 }

    mutating func add(_ line: Int, _ message: String) {
        count += 1
        guard entries.count < Self.shownAtMost else { return }
        entries.append((line, message))
    }

    /// Whether more messages are still shown (used to skip costly lookups for hidden ones).
    var isShowingMore: Bool { entries.count < Self.shownAtMost }

    /// Adds the errors another pass over the same file found, keeping the shown ones in line
    /// order (each list is in line order; on the same line this list's come first).
    mutating func merge(_ other: ErrorList) {
        var merged: [(line: Int, message: String)] = []
        var (mine, theirs) = (entries[...], other.entries[...])
        merging: while merged.count < Self.shownAtMost {
            switch (mine.first, theirs.first) {
            case let (a?, b?): merged.append(a.line <= b.line ? mine.removeFirst() : theirs.removeFirst())
            case (_?, nil): merged.append(mine.removeFirst())
            case (nil, _?): merged.append(theirs.removeFirst())
            case (nil, nil): break merging
            }
        }
        entries = merged
        count += other.count
    }

    var rejection: InputRejection {
        var shown = entries.map { $0.line > 0 ? "\(file):\($0.line): error: \($0.message)" : "\(file): error: \($0.message)" }
        if count > entries.count { shown.append("\(file): error: … and \(count - entries.count) more errors; nothing was imported") }
        return InputRejection(lines: shown)
    }
}
