/// Reduces Markdown inline markup to its words: emphasis markers, code ticks, links and images
/// (their text kept, the address dropped), inline HTML tags and backslash escapes.
enum MarkdownInline {
    static func plain(_ text: String) -> String {
        var out = ""
        var chars = Substring(text)
        while let char = chars.first {
            switch char {
            case "\\":
                chars = chars.dropFirst()
                if let next = chars.first { out.append(next); chars = chars.dropFirst() }
            case "!" where chars.dropFirst().first == "[":
                chars = chars.dropFirst()
            case "[":
                if let (label, rest) = link(chars) { out += label; chars = rest } else { out.append(char); chars = chars.dropFirst() }
            case "*", "`":
                chars = chars.dropFirst()
            case "_" where isEmphasisUnderscore(out.last, chars.dropFirst().first):
                chars = chars.dropFirst()
            case "<":
                if let end = chars.prefix(500).firstIndex(of: ">"), isTag(chars[chars.index(after: chars.startIndex)..<end]) {
                    let inner = chars[chars.index(after: chars.startIndex)..<end]
                    if inner.hasPrefix("http") || inner.contains("@") { out += inner }
                    else if inner.lowercased().hasPrefix("br") { out += " " }
                    chars = chars[chars.index(after: end)...]
                } else {
                    out.append(char)
                    chars = chars.dropFirst()
                }
            default:
                out.append(char)
                chars = chars.dropFirst()
            }
        }
        return HTMLEntities.decode(out).collapsingWhitespace
    }

    /// "[text](address)" -> text; nil when the brackets are not a link. Labels and addresses
    /// are searched within a bounded distance and never nest, so hostile brackets stay linear.
    private static func link(_ chars: Substring) -> (String, Substring)? {
        let window = chars.dropFirst().prefix(300)
        guard let close = window.firstIndex(where: { $0 == "]" || $0 == "[" }), window[close] == "]" else { return nil }
        let label = chars[chars.index(after: chars.startIndex)..<close]
        let after = chars[chars.index(after: close)...]
        guard after.first == "(", let end = after.prefix(2000).firstIndex(of: ")") else { return nil }
        return (plain(String(label)), after[after.index(after: end)...])
    }

    /// An underscore is emphasis only at a word's edge ("_Note_"), never inside one ("pay_band").
    private static func isEmphasisUnderscore(_ before: Character?, _ after: Character?) -> Bool {
        let inWordBefore = before.map { $0.isLetter || $0.isNumber } ?? false
        let inWordAfter = after.map { $0.isLetter || $0.isNumber } ?? false
        return !(inWordBefore && inWordAfter)
    }

    /// "b", "/strong", "br/", "a href=...", "http://x": what an inline tag or autolink looks like.
    private static func isTag(_ inner: Substring) -> Bool {
        guard let first = inner.first, !inner.contains("<") else { return false }
        return first.isLetter || first == "/" || first == "!"
    }
}
