/// The word-level views of a text that alignment, the editorial check and quantity
/// detection share.
///
/// Two views exist because they answer different questions: *display tokens* (runs of
/// non-space characters) are what a reader sees in a word diff, so "ledger," stays one
/// token; *normalised words* drop case and punctuation so that "Ledger" and "ledger,"
/// compare equal when deciding whether two items are the same or a change is editorial.
/// Numbers keep their inner separators ("1,000", "10.5") and `%`, `$`, `&` stay as
/// tokens of their own, because dropping them would change a quantity's meaning.
enum DiffText {
    /// Runs of non-whitespace characters, in order.
    static func displayTokens(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace })
    }

    /// Lower-cased words and numbers with punctuation removed; apostrophes join ("driver's" -> "drivers").
    static func normalisedWords(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiNormalisedWords(text) }
        var words: [String] = []
        var current = ""
        let chars = Array(text)
        func flush() {
            if !current.isEmpty { words.append(current); current = "" }
        }
        for (i, c) in chars.enumerated() {
            if c.isLetter || c.isNumber {
                current.append(contentsOf: c.lowercased())
            } else if (c == "." || c == ","), let last = current.last, last.isNumber,
                      i + 1 < chars.count, chars[i + 1].isNumber {
                current.append(c)  // inner separator of a number: 1,000 or 10.5
            } else if c == "'" || c == "’" {
                continue  // possessive or contraction: keep the word whole
            } else if c == "%" || c == "$" || c == "&" || c == "#" {
                flush()
                words.append(String(c))
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// `normalisedWords` for ASCII text, byte by byte: the same words, without a `Character` (and
    /// its Unicode property lookups and lower-casing allocations) per letter. In ASCII text every
    /// character is one byte except CR LF, which splits words either way; an ASCII letter or
    /// number is exactly `A`–`Z`, `a`–`z` or `0`–`9`.
    private static func asciiNormalisedWords(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        let bytes = Array(text.utf8)
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        for (i, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(byte + 32)
            case UInt8(ascii: "."), UInt8(ascii: ","):
                if let last = current.last, isDigit(last), i + 1 < bytes.count, isDigit(bytes[i + 1]) {
                    current.append(byte)  // inner separator of a number: 1,000 or 10.5
                } else {
                    flush()
                }
            case UInt8(ascii: "'"):
                continue  // possessive or contraction: keep the word whole
            case UInt8(ascii: "%"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "#"):
                flush()
                words.append(String(UnicodeScalar(byte)))
            default:
                flush()
            }
        }
        flush()
        return words
    }

    /// Normalised words joined by single spaces: the key for "exactly the same text".
    static func normalisedKey(_ text: String) -> String {
        normalisedWords(text).joined(separator: " ")
    }

    /// Function words that carry little identity; left out of similarity so that two duties
    /// sharing only "and", "the" and "of" do not look alike. Never used by the editorial check.
    static let stopWords: Set<String> = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on",
        "or", "the", "to", "with", "which", "that", "this", "be", "are", "its", "their",
    ]

    /// The words similarity is measured on: normalised, stop words removed (all words if
    /// nothing else is left).
    static func contentWords(_ text: String) -> [String] {
        let all = normalisedWords(text)
        let content = all.filter { !stopWords.contains($0) }
        return content.isEmpty ? all : content
    }

    /// A multiset of words, for overlap counts.
    typealias Bag = [String: Int]

    static func bag(_ words: [String]) -> Bag {
        words.reduce(into: Bag()) { $0[$1, default: 0] += 1 }
    }

    static func size(_ bag: Bag) -> Int { bag.values.reduce(0, +) }

    static func overlap(_ a: Bag, _ b: Bag) -> Int {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        return small.reduce(0) { $0 + min($1.value, large[$1.key] ?? 0) }
    }

    /// Dice coefficient of two word bags: 1 for the same words, 0 for none in common.
    static func similarity(_ a: Bag, _ b: Bag) -> Double {
        let total = size(a) + size(b)
        guard total > 0 else { return 1 }
        return Double(2 * overlap(a, b)) / Double(total)
    }

    /// The share of `part`'s words that also occur in `whole`.
    static func containment(of part: Bag, in whole: Bag) -> Double {
        let n = size(part)
        guard n > 0 else { return 0 }
        return Double(overlap(part, whole)) / Double(n)
    }

    static func union(_ a: Bag, _ b: Bag) -> Bag {
        a.merging(b, uniquingKeysWith: +)
    }
}
