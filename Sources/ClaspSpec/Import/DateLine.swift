/// A line that does nothing but date the document: "Revised 03/14/2017", "Rev. 3/14/17",
/// "Established 7/1998; Revised 3/2017", "Last updated July 16, 2019".
///
/// Such a line is the source's own revision record, not part of the class's text: kept in the
/// body it would be published under a section's heading ("Minimum Qualifications … Revised
/// 03/14/2017"), repeated beside the revision dates the plan itself prints, and read by the diff
/// as a changed sentence whenever the next revision is imported. The importers move its dates
/// into `SourceDates` and its label words into the import's labels, so no word is lost.
struct DateLine {
    /// The date printed after "established", "original" or "created", as written.
    var original: String?
    /// The other dates, as written, with what they read as.
    var revised: [(text: String, date: PlanDate)] = []
    /// The line's words that are not dates ("Established; Revised").
    var label: String

    /// Words a date line may hold besides its dates.
    static let vocabulary: Set<String> = [
        "revised", "revision", "revisions", "rev", "effective", "date", "dates", "adopted", "last", "updated", "update",
        "as", "of", "established", "approved", "original", "originally", "reviewed", "amended", "issue", "issued",
        "created", "board", "approval", "on", "and", "class", "specification", "spec", "job", "description", "position",
        "page", "this", "est", "estab",
    ]
    /// Words that make the date after them the document's original date.
    static let originalWords: Set<String> = ["established", "est", "estab", "original", "originally", "created"]

    /// Nil unless `text` holds at least one date and a dating phrase, and no other words.
    init?(_ text: String) {
        guard text.count <= 160, text.contains(where: \.isNumber), EffectiveDateFinder.isLabelled(text) else { return nil }
        let found = DateReader.dates(in: text)
        guard !found.isEmpty else { return nil }
        let tokens = text.split(whereSeparator: { $0.isWhitespace || ";()·|".contains($0) })
            .map { $0.trimmingCharacters { ",.:;-–".contains($0) } }.filter { !$0.isEmpty }
        var labelWords: [String] = []
        var segment: [String] = []
        var next = 0, index = 0
        while index < tokens.count {
            if next < found.count {
                let width = found[next].text.split(separator: " ").count
                if index + width <= tokens.count, tokens[index..<(index + width)].joined(separator: " ") == found[next].text {
                    if original == nil, segment.contains(where: { Self.originalWords.contains($0.lowercased()) }) {
                        original = found[next].text
                    } else {
                        revised.append((found[next].text, found[next].date))
                    }
                    segment = []
                    next += 1
                    index += width
                    continue
                }
            }
            guard Self.vocabulary.contains(tokens[index].lowercased()) else { return nil }
            labelWords.append(tokens[index])
            segment.append(tokens[index])
            index += 1
        }
        guard next == found.count, !labelWords.isEmpty else { return nil }
        label = labelWords.joined(separator: " ")
    }

    /// `dates` with these lines' dates added: revisions newest first, the first original kept.
    static func merged(_ lines: [DateLine], into dates: SourceDates?) -> SourceDates? {
        guard !lines.isEmpty else { return dates }
        var merged = dates ?? SourceDates()
        let known = Set(merged.revised)
        let added = lines.flatMap(\.revised).filter { !known.contains($0.text) }.sorted { $0.date > $1.date }.map(\.text)
        merged.revised += added
        if merged.original == nil { merged.original = lines.lazy.compactMap(\.original).first }
        return merged
    }
}
