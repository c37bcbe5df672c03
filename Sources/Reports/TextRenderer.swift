/// Renders a document as plain text for a terminal: title, then each section as a table
/// aligned by display width.
public enum TextRenderer {
    public static func render(_ document: ReportDocument) -> String {
        var output = document.title + "\n"
        for line in document.subtitle { output += line + "\n" }
        for section in document.sections {
            output += "\n"
            if let heading = section.heading { output += heading + "\n" }
            let table = TextTable(
                columns: section.columns.map { TextTable.Column($0.heading, $0.isNumeric ? .right : .left) },
                rows: section.rows.map { $0.map(\.text) })
            output += section.rows.isEmpty ? document.emptyText + "\n" : table.render()
            for note in section.notes { output += note + "\n" }
        }
        return output
    }
}
