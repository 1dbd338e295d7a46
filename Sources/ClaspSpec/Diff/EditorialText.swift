/// The word-level rules `EditorialCheck` applies: markup that is not text, plurals of one
/// word, and compounds written open, hyphenated or closed.
enum EditorialText {
    /// Plurals whose singular is another word ("news" is not many "new"s, "securities" are not
    /// many "security"s): these never fold to a singular.
    static let distinctPlurals: Set<String> = [
        "news", "goods", "customs", "damages", "premises", "arms", "means", "works", "savings",
        "earnings", "securities", "minutes", "grounds", "quarters", "manners", "series", "species",
        "physics", "economics", "ethics", "politics", "statistics", "analytics", "logistics",
        "always", "sometimes", "afterwards", "towards", "besides", "whereas", "perhaps", "thus",
        "plus", "minus", "bonus", "status", "process", "access", "address", "business",
    ]

    /// Word pieces that make another word when joined ("re-sign" is not "resign").
    static let unjoinablePieces: Set<String> = ["a", "re", "un", "de", "in", "dis", "mis", "pre", "pro"]

    /// Two normalised words that are the same word, perhaps one in the plural.
    static func sameWord(_ x: String, _ y: String) -> Bool {
        if x == y { return true }
        if EditorialCheck.isProtected(x) || EditorialCheck.isProtected(y) { return false }
        return singular(x) == singular(y)
    }

    /// The singular of a regular English plural (s, es after a sibilant, ies), the word itself
    /// otherwise. Short words are left alone: "is", "as", "us" are not plurals.
    static func singular(_ word: String) -> String {
        guard word.count >= 4, !distinctPlurals.contains(word), word.allSatisfy({ $0.isLetter }) else { return word }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("es") {
            let stem = word.dropLast(2)
            if stem.hasSuffix("s") || stem.hasSuffix("x") || stem.hasSuffix("z") || stem.hasSuffix("ch") || stem.hasSuffix("sh") {
                return String(stem)
            }
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            return String(word.dropLast())
        }
        return word
    }

    /// How many words each side advances when two or three words on one side are one word on
    /// the other ("full time" / "fulltime"; "full-time" reads as two words). Nil otherwise.
    static func joined(_ a: [String], _ i: Int, _ b: [String], _ j: Int) -> (a: Int, b: Int)? {
        func joins(_ pieces: ArraySlice<String>, _ whole: String) -> Bool {
            guard pieces.allSatisfy({ !EditorialCheck.isProtected($0) && !unjoinablePieces.contains($0) }),
                  !EditorialCheck.isProtected(whole) else { return false }
            return sameWord(pieces.joined(), whole)
        }
        for count in 2...3 {
            if i + count <= a.count, j < b.count, joins(a[i..<(i + count)], b[j]) { return (count, 1) }
            if j + count <= b.count, i < a.count, joins(b[j..<(j + count)], a[i]) { return (1, count) }
        }
        return nil
    }

    /// The signs that compare or combine quantities ("< 50", "> 50", "+", "="), in order, outside
    /// markup: normalised words drop them, yet swapping one reverses a requirement.
    static func comparisonSigns(_ text: String) -> [Character] {
        withoutMarkup(text).filter { "<>≤≥±+=".contains($0) }
    }

    /// How many strike-through marks a text carries (`~~`, `<del>`, `<s>`, `<strike>`).
    static func strikeMarks(_ text: String) -> Int {
        let lower = text.lowercased()
        return ["~~", "<del", "<s>", "<strike"].reduce(0) { $0 + lower.components(separatedBy: $1).count - 1 }
    }

    /// The text without HTML tags, a few common entities, Markdown link targets and heading
    /// marks; emphasis marks (`*`, `_`, backticks) need no removal, since normalised words drop
    /// punctuation anyway.
    static func withoutMarkup(_ text: String) -> String {
        guard text.contains(where: { "<&#]".contains($0) }) else { return text }
        var out = ""
        var chars = Substring(text)
        while let c = chars.first {
            if c == "<", let close = chars.firstIndex(of: ">"),
               let after = chars.dropFirst().first, after.isLetter || after == "/",
               !chars[chars.startIndex..<close].dropFirst().contains("<") {
                out.append(" ")
                chars = chars[chars.index(after: close)...]
            } else if c == "]", chars.dropFirst().first == "(", let close = chars.firstIndex(of: ")") {
                out.append(" ")
                chars = chars[chars.index(after: close)...]
            } else if c == "&", let entity = ["&amp;": "&", "&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&quot;": "\""]
                        .first(where: { chars.hasPrefix($0.key) }) {
                out.append(entity.value)
                chars = chars.dropFirst(entity.key.count)
            } else if c == "#", out.last.map({ $0 == "\n" }) ?? true {
                while chars.first == "#" { chars = chars.dropFirst() }
            } else {
                out.append(c)
                chars = chars.dropFirst()
            }
        }
        return out
    }
}
