/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable {
    /// The input cannot be taken; nothing was written.
    case error
    /// Worth a person's attention; the input was taken.
    case warning
    /// A further line of the diagnostic before it (what blocks a lock, say).
    case note
}

/// A position in a file: 1-based line and column; 0 when not known.
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One problem with an input — a definition (YAML), a CSV or PBN file, a command's value or a
/// request the store rejects — and the one place its text is built:
/// `FILE:LINE:COL: error: MESSAGE`, shorter when the file, line or column is not known.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as the person named it; `nil` for input that is not a file.
    public var file: String?
    /// The worksheet, for a workbook: the place reads `FILE:SHEET!ROW`.
    public var sheet: String?
    /// The 1-based line (a workbook's row); 0 when the problem is with the file as a whole.
    public var line: Int
    /// The 1-based column; 0 when not known.
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(file: String? = nil, line: Int = 0, column: Int = 0, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// A diagnostic of a file at a line and column.
    public init(file: String, location: SourceLocation, severity: Severity = .error, message: String) {
        self.init(file: file, line: location.line, column: location.column, severity: severity, message: message)
    }

    /// An error that is not (yet) tied to a file: a line's problem before the line is known.
    public init(_ message: String) {
        self.init(message: message)
    }

    public var location: SourceLocation { SourceLocation(line: line, column: column) }

    /// The same diagnostic placed in `file` at `line` (kept when already known).
    public func located(file: String, line: Int) -> Diagnostic {
        var placed = self
        if placed.file == nil { placed.file = file }
        if placed.line == 0 { placed.line = line }
        return placed
    }

    /// `FILE:LINE:COL: error: MESSAGE`; a note is the indented continuation of the line before.
    public var description: String {
        if severity == .note { return "  \(message)" }
        var place = file ?? ""
        if file != nil, let sheet {
            place += ":\(sheet)" + (line > 0 ? "!\(line)" : "")
        } else if file != nil && line > 0 {
            place += ":\(line)"
            if column > 0 { place += ":\(column)" }
        }
        return place.isEmpty ? "\(severity.rawValue): \(message)" : "\(place): \(severity.rawValue): \(message)"
    }
}
