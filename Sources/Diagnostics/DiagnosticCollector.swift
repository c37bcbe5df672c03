/// Collects the diagnostics of one input so that every problem is reported at once, in line
/// order. After `shownAtMost` it only counts, so a wholly wrong file still gives a readable
/// answer.
public struct DiagnosticCollector: Sendable {
    public static let shownAtMost = 1_000

    /// The file the diagnostics are about, as the person named it.
    public let file: String
    /// The diagnostics kept, in the order added.
    public private(set) var diagnostics: [Diagnostic] = []
    /// All the diagnostics added, shown or not.
    public private(set) var count = 0

    public init(file: String) { self.file = file }

    public var isEmpty: Bool { count == 0 }

    /// Whether more diagnostics are still kept (to skip costly lookups for hidden ones).
    public var isShowingMore: Bool { diagnostics.count < Self.shownAtMost }

    /// Adds an error at `line` of the file (0 for the file as a whole).
    public mutating func add(_ line: Int, _ message: String) {
        add(Diagnostic(file: file, line: line, message: message))
    }

    /// Adds a diagnostic; one not yet placed is placed in this file.
    public mutating func add(_ diagnostic: Diagnostic) {
        count += 1
        guard isShowingMore else { return }
        diagnostics.append(diagnostic.file == nil ? diagnostic.located(file: file, line: diagnostic.line) : diagnostic)
    }

    /// Adds the diagnostics another pass over the same file found, keeping the kept ones in
    /// line order (each list is in line order; on the same line this list's come first).
    public mutating func merge(_ other: DiagnosticCollector) {
        var merged: [Diagnostic] = []
        var (mine, theirs) = (diagnostics[...], other.diagnostics[...])
        merging: while merged.count < Self.shownAtMost {
            switch (mine.first, theirs.first) {
            case let (a?, b?): merged.append(a.line <= b.line ? mine.removeFirst() : theirs.removeFirst())
            case (_?, nil): merged.append(mine.removeFirst())
            case (nil, _?): merged.append(theirs.removeFirst())
            case (nil, nil): break merging
            }
        }
        diagnostics = merged
        count += other.count
    }

    /// Everything collected, closed by a count of the ones not shown.
    public var all: [Diagnostic] {
        guard count > diagnostics.count else { return diagnostics }
        return diagnostics + [Diagnostic(file: file, message: "… and \(count - diagnostics.count) more errors; nothing was imported")]
    }

    /// The rejection of the whole input.
    public var rejection: InputRejection { InputRejection(all) }
}
