/// Escaping for text placed in HTML or XML (SVG): the one place that decides it, so no page or
/// drawing can forget a character.
public enum MarkupText {
    /// Escapes the five characters that can start markup or end a quoted attribute; the result
    /// is safe as element content and inside double- or single-quoted attributes.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Backslash-escapes the characters Markdown would read as markup, so spec text in a
    /// committee packet prints as written.
    public static func escapedMarkdown(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if "\\`*_[]<>#|~".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
