/// Rejoins the lines a page layout wrapped: text extracted from a PDF, or saved with hard line
/// breaks, breaks every paragraph at the right margin, so one duty would become two. A line is
/// joined to the text line before it when it starts in lower case and that line ends no
/// sentence or label; tab-laid (table) lines are never joined.
///
/// Each absorbed line is left as an empty line, so every later line keeps its number for
/// warnings and errors (the importers skip empty lines).
public enum WrappedLines {
    public static func rejoin(_ text: String) -> String {
        let normalised = text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
        var out: [String] = []
        var continuations: [Int: [String]] = [:]
        var target: Int?
        var targetEnd: Character?
        for line in normalised.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingWhitespace
            if let index = target, let first = trimmed.first, first.isLowercase, !line.contains("\t"),
               let end = targetEnd, !".:;!?".contains(end) {
                continuations[index, default: []].append(trimmed)
                targetEnd = trimmed.last
                out.append("")
                continue
            }
            out.append(line)
            target = trimmed.isEmpty || line.contains("\t") ? nil : out.count - 1
            targetEnd = trimmed.last
        }
        for (index, parts) in continuations {
            out[index] = ([out[index].trimmingWhitespace] + parts).joined(separator: " ")
        }
        return out.joined(separator: "\n")
    }
}
