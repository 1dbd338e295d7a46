/// Rejoins the lines a PDF's layout wrapped: text extracted from a PDF breaks every paragraph
/// at the page's right margin, so one sentence would become two paragraphs. A line is joined to
/// the one before when it starts in lower case and the one before is text that does not end a
/// sentence or a label; tab-laid (table) lines are never joined.
public enum WrappedLines {
    public static func rejoin(_ text: String) -> String {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingWhitespace
            if let last = out.last?.trimmingWhitespace, !last.isEmpty, !trimmed.isEmpty,
               let first = trimmed.first, first.isLowercase, !line.contains("\t"), !(out.last ?? "").contains("\t"),
               let end = last.last, !".:;!?".contains(end) {
                out[out.count - 1] = (out.last ?? "").replacingTrailingWhitespace + " " + trimmed
            } else {
                out.append(line)
            }
        }
        return out.joined(separator: "\n")
    }
}

private extension String {
    var replacingTrailingWhitespace: String {
        var copy = self
        while let last = copy.last, last == " " || last == "\t" { copy.removeLast() }
        return copy
    }
}
