/// A small, tolerant HTML tokenizer: start and end tags with attributes, and text, each with
/// its source line. Comments, doctypes and processing instructions produce nothing; the
/// contents of `<script>` and `<style>` are skipped unread, so no script text can reach a spec.
///
/// Real exported pages are rarely valid HTML, so nothing here throws: an unclosed tag or
/// comment ends at the end of input, and a stray "<" is text.
struct HTMLTokenizer {
    enum Token: Equatable {
        case start(name: String, attributes: [String: String], line: Int)
        case end(name: String, line: Int)
        case text(String, line: Int)
    }

    /// Elements whose content is raw text and never part of a spec.
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "xmp", "iframe", "noembed", "noframes"]

    static func tokens(_ html: String) -> [Token] {
        var tokens: [Token] = []
        let chars = Array(html.unicodeScalars)
        var index = 0
        var line = 1
        var text = String.UnicodeScalarView()
        var textLine = 1
        func advance(to end: Int) {
            for position in index..<min(end, chars.count) where chars[position] == "\n" { line += 1 }
            index = min(end, chars.count)
        }
        func flushText() {
            if !text.isEmpty { tokens.append(.text(HTMLEntities.decode(String(text)), line: textLine)) }
            text = String.UnicodeScalarView()
        }
        func find(_ needle: String, from start: Int) -> Int? {
            let pattern = Array(needle.unicodeScalars)
            var position = start
            while position + pattern.count <= chars.count {
                if chars[position] == pattern[0], (0..<pattern.count).allSatisfy({
                    Character(chars[position + $0]).lowercased() == Character(pattern[$0]).lowercased()
                }) { return position }
                position += 1
            }
            return nil
        }
        while index < chars.count {
            let char = chars[index]
            guard char == "<", index + 1 < chars.count else {
                if text.isEmpty { textLine = line }
                text.append(char)
                advance(to: index + 1)
                continue
            }
            let next = chars[index + 1]
            if next == "!" || next == "?" {
                flushText()
                let isComment = index + 3 < chars.count && chars[index + 2] == "-" && chars[index + 3] == "-"
                let close = isComment ? find("-->", from: index + 4).map { $0 + 3 } : find(">", from: index).map { $0 + 1 }
                advance(to: close ?? chars.count)
                continue
            }
            guard next.properties.isAlphabetic || next == "/" else {
                if text.isEmpty { textLine = line }
                text.append(char)
                advance(to: index + 1)
                continue
            }
            flushText()
            let tagLine = line
            let close = Self.tagEnd(chars, from: index + 1)
            let inner = String(String.UnicodeScalarView(chars[(index + 1)..<min(close, chars.count)]))
            advance(to: close + 1)
            if inner.hasPrefix("/") {
                let name = inner.dropFirst().prefix { !$0.isWhitespace && $0 != ">" }.lowercased()
                tokens.append(.end(name: name, line: tagLine))
                continue
            }
            let (name, attributes) = Self.parseTag(inner)
            tokens.append(.start(name: name, attributes: attributes, line: tagLine))
            if rawTextElements.contains(name), !inner.hasSuffix("/") {
                let end = find("</" + name, from: index) ?? chars.count
                advance(to: end)
                if end < chars.count {
                    advance(to: (find(">", from: end) ?? chars.count - 1) + 1)
                    tokens.append(.end(name: name, line: line))
                }
            }
        }
        flushText()
        return tokens
    }

    /// The index of the ">" that closes a tag, skipping quoted attribute values.
    private static func tagEnd(_ chars: [Unicode.Scalar], from start: Int) -> Int {
        var quote: Unicode.Scalar?
        var index = start
        while index < chars.count {
            let char = chars[index]
            if let open = quote {
                if char == open { quote = nil }
            } else if char == "\"" || char == "'" {
                quote = char
            } else if char == ">" {
                return index
            }
            index += 1
        }
        return chars.count
    }

    /// "a href='x' class=b" -> ("a", ["href": "x", "class": "b"]); names lower-cased.
    static func parseTag(_ inner: String) -> (String, [String: String]) {
        var rest = Substring(inner.hasSuffix("/") ? String(inner.dropLast()) : inner)
        let name = rest.prefix { !$0.isWhitespace && $0 != "/" }.lowercased()
        rest = rest.dropFirst(name.count)
        var attributes: [String: String] = [:]
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "/" }
            guard !rest.isEmpty else { break }
            let key = rest.prefix { !$0.isWhitespace && $0 != "=" }.lowercased()
            rest = rest.dropFirst(key.count).drop(while: \.isWhitespace)
            var value = ""
            if rest.first == "=" {
                rest = rest.dropFirst().drop(while: \.isWhitespace)
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    let body = rest.dropFirst()
                    let end = body.firstIndex(of: quote) ?? body.endIndex
                    value = String(body[..<end])
                    rest = end < body.endIndex ? body[body.index(after: end)...] : ""
                } else {
                    let body = rest.prefix { !$0.isWhitespace }
                    value = String(body)
                    rest = rest.dropFirst(body.count)
                }
            }
            if key.isEmpty { rest = rest.dropFirst(); continue }
            attributes[key] = HTMLEntities.decode(value)
        }
        return (name, attributes)
    }
}
