extension SpecDiffRenderer {
    /// A committee packet: a title, "Summary: 3 substantive changes, 1 editorial", the categories
    /// that route the proposal, a line per section ("Essential duties: 2 added, 1 moved in"), then
    /// each change with where it is, its quantities and its words
    /// (~~deleted~~, **inserted**). Spec text is escaped so it cannot turn into Markdown markup.
    ///
    /// - Parameters:
    ///   - set: the changes.
    ///   - title: the packet's heading ("Proposal 12: Finance Technician I/II").
    public static func markdown(_ set: SpecChangeSet, title: String) -> String {
        var out = ["# \(escapeMarkdown(title))", "",
                   "\(escapeMarkdown(set.from.title)) (\(set.from.effective)) → \(escapeMarkdown(set.to.title)) (\(set.to.effective))",
                   "", countsLine(set)]
        if !set.isEmpty {
            out.append("")
            out.append("Categories: " + set.categories.sorted().map(\.rawValue).joined(separator: ", "))
            out += ["", "By section:", ""] + set.sectionTallies.map { "- " + escapeMarkdown($0.line) }
            if set.callsOutKeyDifferences, case let key = set.keyDifferenceLines, !key.isEmpty {
                out += ["", "Key differences:", ""] + key.map { "- " + escapeMarkdown($0) }
            }
        }
        for (number, change) in set.changes.enumerated() {
            out += ["", "## \(number + 1). \(escapeMarkdown(change.summary))", ""]
            let kind = change.isSubstantive ? "substantive" : "editorial"
            out.append("- Operation: \(change.operation.rawValue); category: \(change.category.rawValue) (\(kind))"
                       + (change.isTentative ? "; tentative match, please confirm" : ""))
            out.append("- Where: \(escapeMarkdown(change.path.readable))")
            if let origin = change.origin { out.append("- Moved from: \(escapeMarkdown(origin.readable))") }
            for q in change.quantities {
                out.append("- Quantity: \(escapeMarkdown(q.beforeText)) → \(escapeMarkdown(q.afterText))"
                           + "\(escapeMarkdown(q.unitSuffix)) (\(q.direction.rawValue))")
            }
            out.append("")
            if !change.words.isEmpty {
                let body = ReadableWords.collapsed(change.words).map { s -> String in
                    let text = escapeMarkdown(s.text)
                    switch s.kind {
                    case .equal: return text
                    case .deleted: return "~~\(text)~~"
                    case .inserted: return "**\(text)**"
                    }
                }.joined(separator: " ")
                out.append("> " + body.replacingNewlines())
            } else {
                if let before = change.before { out.append("> Before: " + escapeMarkdown(before).replacingNewlines()) }
                if change.before != nil, change.after != nil { out.append(">") }
                if let after = change.after { out.append("> After: " + escapeMarkdown(after).replacingNewlines()) }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Escapes text for Markdown; see `MarkupText`.
    static func escapeMarkdown(_ text: String) -> String { MarkupText.escapedMarkdown(text) }
}
