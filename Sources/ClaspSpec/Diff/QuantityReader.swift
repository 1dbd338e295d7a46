/// Finds the quantities a text states (digits or number words, with a unit written next to
/// them) and pairs those that changed between two texts.
///
/// A number counts as a quantity only when a unit says what it measures: a duration, a share,
/// money, a weight, a distance or academic credit. A bare number is a job code, a level, a
/// grade, a section number, a date or a phone number, and calling "17724" -> "17725" a raise
/// would mislead a committee, so bare numbers are left to the word diff.
///
/// Pairing works on the quantities themselves, not on the word diff: the quantities both
/// texts share are set aside by a longest common subsequence on (value, unit), and what is
/// left is paired unit by unit, in order. So "60 semester units ... 18 units" ->
/// "45 semester units ... 18 units" yields one change, 60 -> 45 semester units.
enum QuantityReader {
    struct Quantity: Equatable {
        var value: Double
        var text: String
        var unit: String
    }

    static let numberWords: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    ]

    /// Unit words written after a number, and the unit they are reported as: abbreviations and
    /// singulars fold into one name so "1 yr" and "two years" compare.
    static let units: [String: String] = [
        "year": "years", "years": "years", "yr": "years", "yrs": "years",
        "month": "months", "months": "months", "mo": "months", "mos": "months",
        "week": "weeks", "weeks": "weeks", "wk": "weeks", "wks": "weeks",
        "day": "days", "days": "days",
        "hour": "hours", "hours": "hours", "hr": "hours", "hrs": "hours",
        "minute": "minutes", "minutes": "minutes",
        "percent": "%", "%": "%",
        "dollar": "$", "dollars": "$", "usd": "$",
        "pound": "pounds", "pounds": "pounds", "lb": "pounds", "lbs": "pounds",
        "unit": "units", "units": "units", "credit": "credits", "credits": "credits",
        "mile": "miles", "miles": "miles", "foot": "feet", "feet": "feet", "wpm": "wpm",
    ]

    /// Words that qualify a following unit ("60 semester units", "12 credit hours").
    static let unitQualifiers: Set<String> = ["semester", "quarter", "college", "credit", "calendar", "working", "academic"]

    /// The value of one word or number as written, nil when it is neither.
    static func value(of token: String) -> Double? {
        let word = token.lowercased()
        if let v = numberWords[word] { return v }
        let parts = word.split(separator: "-")
        if parts.count == 2, let tens = numberWords[String(parts[0])], let ones = numberWords[String(parts[1])],
           tens >= 20, tens < 100, ones < 10 {
            return tens + ones
        }
        let digits = word.filter { $0 != "," }
        guard let first = digits.first, first.isNumber, digits.allSatisfy({ $0.isNumber || $0 == "." }) else {
            return nil
        }
        return Double(digits)
    }

    /// Whether a text states any quantity at all, in digits or in words.
    static func mentionsNumber(_ text: String) -> Bool {
        !quantities(in: text).isEmpty
    }

    static func quantities(in text: String) -> [Quantity] {
        let tokens = DiffText.displayTokens(text).map { strip(String($0)) }
        var found: [Quantity] = []
        var i = 0
        while i < tokens.count {
            if let q = quantity(at: i, in: tokens) {
                found.append(q.quantity)
                i = q.next
            } else {
                i += 1
            }
        }
        return found
    }

    /// The quantity starting at token `i`, and the token after it.
    private static func quantity(at i: Int, in tokens: [Token]) -> (quantity: Quantity, next: Int)? {
        var core = tokens[i].core
        var unit: String?
        if let sign = core.first, sign == "$" || sign == "£" {
            core.removeFirst()
            unit = sign == "$" ? "$" : "£"
        } else if ["usd", "gbp"].contains(core.lowercased()), i + 1 < tokens.count, value(of: tokens[i + 1].core) != nil {
            // "USD 52,000": the currency comes first.
            return (Quantity(value: value(of: tokens[i + 1].core) ?? 0, text: tokens[i + 1].display,
                             unit: core.lowercased() == "usd" ? "$" : "£"), i + 2)
        }
        // "two-year degree", "30-day notice": number and unit in one hyphenated word.
        if unit == nil, let dash = core.lastIndex(of: "-"),
           let v = value(of: String(core[..<dash])), let u = units[core[core.index(after: dash)...].lowercased()] {
            return (Quantity(value: v, text: String(core[..<dash]), unit: u), i + 1)
        }
        guard let v = value(of: core) else { return nil }
        if tokens[i].isPercent { unit = "%" }
        var next = i + 1
        // "six (6) months": the figure in brackets repeats the word; count it once.
        if next < tokens.count, tokens[next].raw.hasPrefix("("), tokens[next].raw.hasSuffix(")"),
           value(of: tokens[next].core) == v {
            next += 1
        }
        // "three or more years"
        if next + 1 < tokens.count, tokens[next].core.lowercased() == "or",
           ["more", "fewer", "less", "longer"].contains(tokens[next + 1].core.lowercased()) {
            next += 2
        }
        if unit == nil, next < tokens.count {
            let word = tokens[next].core.lowercased()
            if unitQualifiers.contains(word), next + 1 < tokens.count,
               let base = units[tokens[next + 1].core.lowercased()] {
                unit = word + " " + base
            } else if let base = units[word] {
                unit = base
            } else if word == "per", next + 1 < tokens.count, tokens[next + 1].core.lowercased() == "cent" {
                unit = "%"
            }
        }
        guard let unit else { return nil }
        return (Quantity(value: v, text: tokens[i].display, unit: unit), next)
    }

    /// The quantities that differ between two texts, paired unit by unit.
    static func changes(before: String, after: String) -> [QuantityChange] {
        let old = quantities(in: before)
        let new = quantities(in: after)
        let (oldLeft, newLeft) = unmatched(old, new)
        var changes: [QuantityChange] = []
        var usedNew = Set<Int>()
        for o in oldLeft {
            guard let n = newLeft.indices.first(where: { !usedNew.contains($0) && newLeft[$0].unit == o.unit }) else { continue }
            usedNew.insert(n)
            let m = newLeft[n]
            if m.value != o.value {
                changes.append(QuantityChange(before: o.value, after: m.value, beforeText: o.text,
                                              afterText: m.text, unit: o.unit))
            }
        }
        return changes
    }

    /// Quantities of each side not in the longest common subsequence on (value, unit).
    private static func unmatched(_ a: [Quantity], _ b: [Quantity]) -> ([Quantity], [Quantity]) {
        let n = a.count, m = b.count
        func same(_ x: Quantity, _ y: Quantity) -> Bool { x.value == y.value && x.unit == y.unit }
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = same(a[i], b[j]) ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var leftA: [Quantity] = [], leftB: [Quantity] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, same(a[i], b[j]) { i += 1; j += 1 }
            else if j < m, i == n || table[i][j + 1] >= table[i + 1][j] { leftB.append(b[j]); j += 1 }
            else { leftA.append(a[i]); i += 1 }
        }
        return (leftA, leftB)
    }

    private struct Token {
        var core: String
        var isPercent: Bool
        var raw: String
        var display: String
    }

    /// Splits a display token into what it says (no surrounding punctuation) and whether it
    /// carries a percent sign.
    private static func strip(_ raw: String) -> Token {
        var s = Substring(raw)
        while let c = s.first, "([\"'“‘*_".contains(c) { s.removeFirst() }
        while let c = s.last, ")]\"'”’.,;:!?*_".contains(c) { s.removeLast() }
        let display = String(s)
        let isPercent = s.hasSuffix("%")
        if isPercent { s.removeLast() }
        return Token(core: String(s), isPercent: isPercent, raw: raw, display: display)
    }
}
