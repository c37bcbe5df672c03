/// Text made safe inside XML and HTML, for every document tally writes (USEBIO, HTML pages).
public enum Markup {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as entities: safe in element content and
    /// in attribute values of either quote.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
