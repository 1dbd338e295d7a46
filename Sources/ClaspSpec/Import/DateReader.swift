/// Finds dates written in the common forms specs use: 2019-07-16, 07/16/19, 7-16-2019,
/// 16/07/2019 (day first when the first number cannot be a month), July 16, 2019, Jul. 16 2019,
/// 16 July 2019, July 2019 and Jul. 2019 (the first of the month).
enum DateReader {
    /// One date found in a text, as written and as a calendar date.
    struct Found: Equatable {
        var text: String
        var date: PlanDate
    }

    /// Every date in `text`, in order.
    static func dates(in text: String) -> [Found] {
        let tokens = tokenize(text)
        var found: [Found] = []
        var index = 0
        while index < tokens.count {
            if let (date, used) = date(at: index, tokens) {
                let written = tokens[index..<(index + used)].map(\.text).joined(separator: " ")
                found.append(Found(text: written, date: date))
                index += used
            } else {
                index += 1
            }
        }
        return found
    }

    private struct Token { var text: String; var word: String }

    /// Words and numbers with their punctuation trimmed ("July", "16,", "2019." -> "July", "16", "2019").
    private static func tokenize(_ text: String) -> [Token] {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "(" || $0 == ")" || $0 == ";" }).compactMap { raw in
            let trimmed = raw.trimmingCharacters { ",.:;".contains($0) }
            guard !trimmed.isEmpty else { return nil }
            return Token(text: trimmed, word: trimmed.lowercased())
        }
    }

    private static func date(at index: Int, _ tokens: [Token]) -> (PlanDate, Int)? {
        let first = tokens[index].word
        if let date = numeric(first) { return (date, 1) }
        let next = index + 1 < tokens.count ? tokens[index + 1].word : nil
        let third = index + 2 < tokens.count ? tokens[index + 2].word : nil
        if let month = month(first), let next {
            if let day = Int(next), (1...31).contains(day), let third, let year = year(third),
               let date = PlanDate(year: year, month: month, day: day) { return (date, 3) }
            if let year = year(next), let date = PlanDate(year: year, month: month, day: 1) { return (date, 2) }
        }
        if let day = Int(first), (1...31).contains(day), let next, let month = month(next), let third,
           let year = year(third), third.count == 4, let date = PlanDate(year: year, month: month, day: day) {
            return (date, 3)
        }
        return nil
    }

    /// 2019-07-16, 07/16/19, 7-16-2019, 7.16.2019, 16/07/2019.
    static func numeric(_ token: String) -> PlanDate? {
        let parts = token.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" || $0 == "." }
        // "7/2019", "07-2019": a month and a four-digit year, the first of the month.
        if parts.count == 2, parts[1].count == 4, parts[0].count <= 2, let month = Int(parts[0]), let year = Int(parts[1]),
           parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), (1900...2200).contains(year) {
            return PlanDate(year: year, month: month, day: 1)
        }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        if parts[0].count == 4 { return PlanDate(year: a, month: b, day: c) }
        guard parts[2].count == 2 || parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        let year = c < 100 ? c + (c >= 50 ? 1900 : 2000) : c
        return PlanDate(year: year, month: a, day: b) ?? PlanDate(year: year, month: b, day: a)
    }

    private static func month(_ word: String) -> Int? {
        guard word.count >= 3, word.allSatisfy(\.isLetter) else { return nil }
        if let full = TextRules.monthNames.firstIndex(of: word) { return full + 1 }
        if word == "sept" { return 9 }
        guard word.count == 3 else { return nil }
        return TextRules.monthNames.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 }
    }

    private static func year(_ word: String) -> Int? {
        guard word.count == 4, let year = Int(word), (1900...2200).contains(year) else { return nil }
        return year
    }
}

extension Substring {
    /// Without the leading and trailing characters `drop` selects.
    func trimmingCharacters(_ drop: (Character) -> Bool) -> String {
        String(self.drop(while: drop).reversed().drop(while: drop).reversed())
    }
}
