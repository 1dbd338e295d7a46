/// Chooses a version's effective date from the dates a document prints about itself, when the
/// administrator gives none: the newest date on a line that says it is a revision, effective,
/// adoption, update, "as of" or establishment date, in any common form.
///
/// Closing dates, exam dates and the like are not candidates: only a labelled date says when a
/// text took effect. The line a date came from is reported so the choice can be checked.
struct EffectiveDateFinder {
    /// Phrases that mark a line's date as the text's own date.
    static let phrases: [[String]] = [
        ["revised"], ["revision"], ["rev"], ["effective"], ["adopted"], ["last", "updated"], ["updated"], ["as", "of"],
        ["date", "established"], ["established"], ["approved"], ["original", "date"], ["reviewed"], ["amended"],
        ["date", "of", "issue"], ["issued"], ["created"], ["board", "approval"],
    ]

    /// The chosen date and where it came from ("line 12: Revised: July 16, 2019").
    private(set) var chosen: (date: PlanDate, source: String)?
    /// Every date seen, labelled or not, as "line N: text", for the error when none is chosen.
    private(set) var seen: [String] = []

    /// - Parameter lines: the document's lines with their numbers (0 for front matter).
    init(_ lines: [(number: Int, text: String)]) {
        for (number, text) in lines where text.contains(where: \.isNumber) {
            let dates = DateReader.dates(in: text)
            guard !dates.isEmpty else { continue }
            let place = number > 0 ? "line \(number)" : "front matter"
            seen.append(contentsOf: dates.map { "\(place): \($0.text)" })
            guard Self.isLabelled(text) else { continue }
            for found in dates where chosen.map({ found.date > $0.date }) ?? true {
                chosen = (found.date, "\(place): \(text.trimmingWhitespace.prefix(120))")
            }
        }
    }

    /// True when a line holds one of the date phrases as whole words.
    static func isLabelled(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        // A line that opens with "Date" ("Date: 07/16/2019", "Date posted") dates the document itself.
        if words.first == "date", text.trimmingWhitespace.lowercased().hasPrefix("date") { return true }
        return phrases.contains { phrase in
            guard words.count >= phrase.count else { return false }
            return (0...(words.count - phrase.count)).contains { start in
                phrase.indices.allSatisfy { words[start + $0] == phrase[$0] }
            }
        }
    }
}
