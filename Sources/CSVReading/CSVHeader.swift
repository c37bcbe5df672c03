/// The header of a CSV import: which column holds which named field (formats spec §2).
///
/// Names are matched case-insensitively and trimmed; columns may come in any order; columns
/// the import does not know are ignored.
public struct CSVHeader: Sendable {
    public let columns: [String]
    private let index: [String: Int]

    /// Reads the header record, checking that every required column is present and none
    /// is given twice.
    public init(_ record: CSVRecord, file: String, required: [String], optional: [String] = []) throws(CSVError) {
        columns = record.fields.map { $0.trimmingSpaces().lowercased() }
        var index: [String: Int] = [:]
        for (position, name) in columns.enumerated() where !name.isEmpty {
            if index[name] != nil {
                throw CSVError(file: file, line: record.line, message: "column '\(name)' appears twice in the header")
            }
            index[name] = position
        }
        let missing = required.filter { index[$0] == nil }
        if !missing.isEmpty {
            let all = required + optional.map { "[\($0)]" }
            throw CSVError(file: file, line: record.line,
                           message: "missing column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); expected columns: \(all.joined(separator: ", "))")
        }
        self.index = index
    }

    /// Whether the header names `column`.
    public func has(_ column: String) -> Bool { index[column] != nil }

    /// The trimmed value of `column` in `record`, or `nil` when the column is absent or the
    /// cell is empty.
    public func value(_ column: String, in record: CSVRecord) -> String? {
        guard let position = index[column] else { return nil }
        return Self.cell(position, in: record)
    }

    /// The position of `column`, for loops that read millions of rows.
    public func position(of column: String) -> Int? { index[column] }

    /// The trimmed value at `position` in `record`, or `nil` when it is empty or absent.
    public static func cell(_ position: Int?, in record: CSVRecord) -> String? {
        guard let position, position < record.fields.count else { return nil }
        let field = record.fields[position]
        guard let first = field.utf8.first, let last = field.utf8.last else { return nil }
        // Most cells have no surrounding space: skip the trimming work for them.
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 && first < 0x80 && last < 0x80 { return field }
        let value = field.trimmingSpaces()
        return value.isEmpty ? nil : value
    }

    /// Checks that a record has as many fields as the header.
    public func checkWidth(of record: CSVRecord, file: String) throws(CSVError) {
        try checkWidth(record.fields.count, line: record.line, file: file)
    }

    /// Checks that a raw record has as many fields as the header.
    public func checkWidth(of record: CSVRawRecord, file: String) throws(CSVError) {
        try checkWidth(record.count, line: record.line, file: file)
    }

    private func checkWidth(_ count: Int, line: Int, file: String) throws(CSVError) {
        guard count == columns.count else {
            throw CSVError(file: file, line: line, message: "expected \(columns.count) fields as in the header, found \(count)")
        }
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs (ASCII and ideographic).
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
