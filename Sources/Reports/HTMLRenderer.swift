import Markup

/// Renders a document as one self-contained, printable HTML page (no scripts, no external
/// files): what an organiser prints and hands out.
public enum HTMLRenderer {
    public static func render(_ document: ReportDocument) -> String {
        var body = "<header>\n<h1>\(escape(document.title))</h1>\n"
        for line in document.subtitle { body += "<p class=\"subtitle\">\(escape(line))</p>\n" }
        body += "</header>\n"
        for section in document.sections {
            body += "<section>\n"
            if let heading = section.heading { body += "<h2>\(escape(heading))</h2>\n" }
            if section.rows.isEmpty {
                body += "<p class=\"none\">—</p>\n"
            } else {
                body += "<table>\n<thead><tr>"
                body += section.columns.map { "<th\($0.isNumeric ? " class=\"num\"" : "")>\(escape($0.heading))</th>" }.joined()
                body += "</tr></thead>\n<tbody>\n"
                for row in section.rows {
                    body += "<tr>"
                    for (index, cell) in row.enumerated() {
                        let numeric = index < section.columns.count && section.columns[index].isNumeric
                        body += "<td\(numeric ? " class=\"num\"" : "")>\(escape(cell.text))</td>"
                    }
                    body += "</tr>\n"
                }
                body += "</tbody>\n</table>\n"
            }
            for note in section.notes { body += "<p class=\"note\">\(escape(note))</p>\n" }
            body += "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="zh">
            <head>
            <meta charset="utf-8">
            <title>\(escape(document.title))</title>
            <style>
            body { font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; margin: 2cm; color: #111; }
            header { text-align: center; border-bottom: 3px double #a00; margin-bottom: 1.5em; }
            h1 { font-size: 1.8em; margin: 0 0 .3em; color: #a00; }
            .subtitle { margin: .2em 0; }
            h2 { font-size: 1.25em; border-left: 6px solid #a00; padding-left: .5em; margin-top: 1.5em; }
            table { border-collapse: collapse; width: 100%; margin: .5em 0; }
            th, td { border: 1px solid #999; padding: .3em .6em; }
            th { background: #f3e6e6; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            .note { font-size: .9em; color: #444; }
            section { page-break-inside: avoid; }
            @media print { body { margin: 1cm; } h2 { page-break-after: avoid; } }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// Text made safe in the page (one escaper for XML and HTML: `Markup`).
    public static func escape(_ text: String) -> String { Markup.escape(text) }
}
