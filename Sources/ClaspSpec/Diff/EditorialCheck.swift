/// Decides whether a change of text leaves its meaning alone: case, punctuation, white
/// space, hyphenation ("full-time" / "full time" / "fulltime"), the plural or singular of the
/// same word, Markdown or HTML markup around the same words, or a small typo in an ordinary
/// word.
///
/// Approvals route editorial changes through a lighter workflow and let votes carry over
/// them, so this check errs on the side of "substantive": a number, a number word, a
/// negation, a modal verb ("may" / "must" / "shall"), a conjunction, any inserted or removed
/// word, a short word (where one letter makes another word: "in" / "on"), a comparison sign
/// ("< 50" / "> 50", which normalised words drop), or strike-through markup added or removed all
/// make a change substantive.
enum EditorialCheck {
    /// Words whose change alters an obligation, a condition or a scope, however small the edit.
    static let protectedWords: Set<String> = [
        "not", "no", "nor", "never", "none", "non", "may", "must", "shall", "should", "will",
        "would", "can", "cannot", "could", "might", "required", "require", "requires",
        "optional", "preferred", "preferably", "desirable", "desired", "and", "or", "only",
        "minimum", "maximum", "least", "most", "more", "less", "fewer", "greater", "over",
        "under", "above", "below", "before", "after", "within", "without", "with", "except",
        "including", "excluding", "unless", "all", "any", "each", "every", "some", "exempt",
        "first", "second", "third", "fourth", "fifth", "half", "double", "twice", "once",
        "lead", "senior", "junior", "assist", "perform", "supervise", "supervises", "supervised",
    ]

    /// True when `before` and `after` differ only editorially.
    static func isEditorial(_ before: String, _ after: String) -> Bool {
        // Strike-through marks words as deleted; adding or removing it is never mere markup.
        guard EditorialText.strikeMarks(before) == EditorialText.strikeMarks(after),
              EditorialText.comparisonSigns(before) == EditorialText.comparisonSigns(after) else { return false }
        let a = DiffText.normalisedWords(EditorialText.withoutMarkup(before))
        let b = DiffText.normalisedWords(EditorialText.withoutMarkup(after))
        if a == b { return true }
        var i = 0, j = 0, typos = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, EditorialText.sameWord(a[i], b[j]) {
                i += 1; j += 1
            } else if let step = EditorialText.joined(a, i, b, j) {
                i += step.a; j += step.b
            } else if i < a.count, j < b.count, typos < 2, isTypo(a[i], b[j]) {
                typos += 1; i += 1; j += 1
            } else {
                return false
            }
        }
        return true
    }

    /// A misspelling of one ordinary word: same first letter, long enough that one edit does not
    /// make another short word, not an inflection, no digits, no number word, nothing from
    /// `protectedWords`.
    static func isTypo(_ x: String, _ y: String) -> Bool {
        for word in [x, y] {
            if isProtected(word) || word.count < 4 { return false }
        }
        // A letter added or dropped at the end is inflection (receive/received), which changes
        // tense rather than spelling; plurals are accepted separately by `EditorialText.sameWord`.
        guard x.first == y.first, !x.hasPrefix(y), !y.hasPrefix(x) else { return false }
        let limit = min(x.count, y.count) >= 8 ? 2 : 1
        return editDistance(Array(x), Array(y), limit: limit) <= limit
    }

    /// A word no editorial rule may touch: a protected word, a number word, or anything with a digit.
    static func isProtected(_ word: String) -> Bool {
        protectedWords.contains(word) || QuantityReader.value(of: word) != nil || word.contains(where: { $0.isNumber })
            || word.count == 1 && !word.contains(where: { $0.isLetter })
    }

    /// Damerau-Levenshtein (optimal string alignment) distance, stopping early above `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [Int](repeating: 0, count: b.count + 1)
            current[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            if current.min() ?? 0 > limit { return limit + 1 }
            previous2 = previous
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
