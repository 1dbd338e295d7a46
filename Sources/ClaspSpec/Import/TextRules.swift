/// The typographic rules the importer reads structure from: capitals, title case, "Label:" lead-ins,
/// dashes, percentages and printed dates. Kept apart from the state machine so each rule is
/// small and testable.
enum TextRules {
    /// Words written in lower case inside a Title Case heading ("Knowledge of", "License or Certificate").
    static let minorWords: Set<String> = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "per", "the", "to", "with",
    ]
    /// Words that join two requirements ("Experience ... AND ... Training"); capitals, but not headings.
    static let connectors: Set<String> = ["AND", "OR", "AND/OR"]
    /// Dashes that separate a heading or a level name from the text after it.
    static let dashes: [String] = [" - ", " \u{2013} ", " \u{2014} "]

    /// Capitals that stay capitals in a title ("IT SUPPORT ANALYST" -> "IT Support Analyst").
    static let acronyms: Set<String> = [
        "IT", "HR", "GIS", "EMS", "EMT", "HVAC", "ADA", "CAD", "ERP", "SCADA", "CPA", "GED", "DMV", "ICT", "UX", "QA",
        "PR", "ID", "US", "USA", "UK", "CEO", "CFO", "CIO", "CTO", "DBA", "EEO", "OSHA", "MIS", "CCTV", "RN", "LVN", "LPN",
        "EHS", "ESL", "PC", "LAN", "WAN", "AV", "AP", "AR", "GS", "911", "ESOL", "SQL", "NHS", "HMRC", "K-12", "ASL",
    ]
    static let romanNumerals: Set<String> = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

    /// True for "DEFINITION", "SUPERVISION RECEIVED AND EXERCISED": at least three letters, none lower case.
    static func isAllCaps(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 3 && letters.allSatisfy { !$0.isLowercase } && !connectors.contains(text)
    }

    /// True for "Knowledge of", "Relevant Background and Formal Education": every word capitalised
    /// except minor words, which may not come first; at most `maxWords` words.
    static func isTitleCase(_ text: String, maxWords: Int = 8) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        guard !words.isEmpty, words.count <= maxWords else { return false }
        for (index, word) in words.enumerated() {
            guard let first = word.first(where: { $0.isLetter || $0.isNumber }) else { continue }
            if first.isUppercase || first.isNumber { continue }
            if index > 0, minorWords.contains(word.lowercased()) { continue }
            return false
        }
        return words.first?.first?.isUppercase ?? false
    }

    /// Splits "Education: Equivalent to ..." into label and text ("" when the line is only a label).
    /// Only Title Case labels qualify, so a sentence that happens to hold a colon stays a sentence.
    static func labelled(_ text: String) -> (label: String, rest: String)? {
        let label: Substring
        let rest: Substring
        if let range = text.firstRange(of: ": ") {
            label = text[..<range.lowerBound]
            rest = text[range.upperBound...]
        } else if text.hasSuffix(":") {
            label = text.dropLast()
            rest = ""
        } else {
            return nil
        }
        let cleanLabel = label.trimmingWhitespace
        guard isTitleCase(cleanLabel) else { return nil }
        return (cleanLabel, rest.trimmingWhitespace)
    }

    /// Splits "EXAMPLES OF ESSENTIAL DUTIES - Duties may include ..." at the first dash.
    static func splitAtDash(_ text: String) -> (head: String, rest: String)? {
        let found = dashes.compactMap { dash in text.firstRange(of: dash) }.min { $0.lowerBound < $1.lowerBound }
        guard let range = found else { return nil }
        return (text[..<range.lowerBound].trimmingWhitespace, text[range.upperBound...].trimmingWhitespace)
    }

    /// 45 for "45%"; nil for anything else.
    static func percentage(_ cell: String) -> Int? {
        guard cell.hasSuffix("%"), let value = Int(cell.dropLast().trimmingWhitespace), (0...100).contains(value) else {
            return nil
        }
        return value
    }

    /// "FINANCE TECHNICIAN I" -> "Finance Technician I": capitalised words, minor words lower case,
    /// Roman numerals kept.
    static func titleCased(_ text: String) -> String {
        text.split(separator: " ").enumerated().map { index, word in
            if romanNumerals.contains(String(word)) || acronyms.contains(String(word)) || word.contains(where: \.isNumber)
                || word.contains("/") && word.split(separator: "/").allSatisfy({ romanNumerals.contains(String($0)) }) {
                return String(word)
            }
            let lower = word.lowercased()
            if index > 0, minorWords.contains(lower) { return lower }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }

    /// The date a line starts with and the text after it: "08-25-12   Finance Technician I/II".
    static func leadingDate(_ text: String) -> (text: String, date: PlanDate?, rest: String)? {
        let trimmed = text.trimmingWhitespace
        let token = trimmed.prefix { !$0.isWhitespace }
        guard looksLikeDate(token) else { return nil }
        return (String(token), printedDate(token), trimmed.dropFirst(token.count).trimmingWhitespace)
    }

    /// "07/1/05", "08-25-12", "1/23/1996": digits in three groups joined by "/" or "-".
    static func looksLikeDate(_ token: some StringProtocol) -> Bool {
        let parts = token.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" }
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            && parts[2].count != 3 && parts[0].count <= 2 && parts[1].count <= 2
    }

    /// Month/day/year as US agencies print it; two-digit years 50-99 are 1900s, 00-49 are 2000s.
    static func printedDate(_ token: some StringProtocol) -> PlanDate? {
        let parts = token.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" }.compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var year = parts[2]
        if year < 100 { year += year >= 50 ? 1900 : 2000 }
        return PlanDate(year: year, month: parts[0], day: parts[1])
    }

    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"]

    /// "February 2015" -> 2015-02-01; also accepts a printed month/day/year.
    static func monthYear(_ text: String) -> PlanDate? {
        if let date = printedDate(text.trimmingWhitespace) { return date }
        let words = text.lowercased().split(separator: " ")
        guard words.count == 2, let month = monthNames.firstIndex(of: String(words[0])), let year = Int(words[1]) else {
            return nil
        }
        return PlanDate(year: year, month: month + 1, day: 1)
    }
}
