/// A plain-text table for terminals, aligned by display width so that Chinese names line up.
public struct TextTable: Sendable {
    /// How a column's cells are aligned.
    public enum Alignment: Sendable {
        case left, right
    }

    /// One column: its heading and alignment.
    public struct Column: Sendable {
        public var heading: String
        public var alignment: Alignment

        public init(_ heading: String, _ alignment: Alignment = .left) {
            self.heading = heading
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]]

    public init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The table as lines: heading, a rule, then the rows; two spaces between columns and no
    /// trailing spaces.
    public func render() -> String {
        let widths = columns.indices.map { index in
            ([columns[index].heading] + rows.map { index < $0.count ? $0[index] : "" })
                .map(DisplayWidth.of).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = columns.indices.map { index -> String in
                let cell = index < cells.count ? cells[index] : ""
                let padding = String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
                return columns[index].alignment == .left ? cell + padding : padding + cell
            }
            var text = padded.joined(separator: "  ")
            while text.utf8.last == UInt8(ascii: " ") { text.removeLast() }
            return text
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(columns.map(\.heading)), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
