/// Decodes HTML character references: the named ones spec pages use, and every numeric one.
/// An unknown or malformed reference is kept as written, never dropped.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ", "emsp": " ",
        "thinsp": " ", "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{00B7}",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "sect": "\u{00A7}", "para": "\u{00B6}",
        "deg": "\u{00B0}", "frac12": "\u{00BD}", "frac14": "\u{00BC}", "frac34": "\u{00BE}", "pound": "\u{00A3}",
        "euro": "\u{20AC}", "cent": "\u{00A2}", "dollar": "$", "percnt": "%", "eacute": "\u{00E9}",
        "egrave": "\u{00E8}", "aacute": "\u{00E1}", "oacute": "\u{00F3}", "uacute": "\u{00FA}", "iacute": "\u{00ED}",
        "ntilde": "\u{00F1}", "ccedil": "\u{00E7}", "uuml": "\u{00FC}", "ouml": "\u{00F6}", "auml": "\u{00E4}",
        "times": "\u{00D7}", "plusmn": "\u{00B1}", "shy": "", "zwj": "", "zwnj": "", "colon": ":", "sol": "/",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            let body = rest.dropFirst().prefix { $0 != ";" && $0 != "&" && !$0.isWhitespace }
            if body.count <= 10, rest.dropFirst(body.count + 1).first == ";", let value = value(of: body) {
                out += value
                rest = rest.dropFirst(body.count + 2)
            } else {
                out.append("&")
                rest = rest.dropFirst()
            }
        }
        return out + rest
    }

    private static func value(of body: Substring) -> String? {
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let code = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let code, code != 0, let scalar = Unicode.Scalar(code) else { return nil }
            return String(Character(scalar))
        }
        return named[String(body)]
    }
}
