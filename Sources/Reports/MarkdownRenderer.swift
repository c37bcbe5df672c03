/// Renders a document as GitHub-flavoured Markdown: a heading, then pipe tables.
public enum MarkdownRenderer {
    public static func render(_ document: ReportDocument) -> String {
        var output = "# \(escape(document.title))\n"
        for line in document.subtitle { output += "\n\(escape(line))\n" }
        for section in document.sections {
            output += "\n"
            if let heading = section.heading { output += "## \(escape(heading))\n\n" }
            if section.rows.isEmpty {
                output += document.emptyText + "\n"
            } else {
                output += "| " + section.columns.map { escape($0.heading) }.joined(separator: " | ") + " |\n"
                output += "|" + section.columns.map { $0.isNumeric ? "---:" : "---" }.joined(separator: "|") + "|\n"
                for row in section.rows {
                    output += "| " + row.map { escape($0.text) }.joined(separator: " | ") + " |\n"
                }
            }
            for note in section.notes { output += "\n\(escape(note))\n" }
        }
        return output
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "|\\*_`[]<>#".contains(character) { result.append("\\") }
            result.append(character == "\n" ? " " : character)
        }
        return result
    }
}
