extension SpecDiffRenderer {
    /// An HTML fragment for the web UI to embed: a summary line, a list of per-section tallies
    /// (`clasp-diff-sections`) and an ordered list of changes,
    /// each with `data-operation` and `data-category` for styling and word changes marked with
    /// `<ins>` and `<del>`. Every piece of spec text is escaped; nothing from a spec reaches the
    /// page as markup.
    public static func html(_ set: SpecChangeSet) -> String {
        var out = ["<section class=\"clasp-diff\">",
                   "<p class=\"clasp-diff-summary\">\(escapeHTML(countsLine(set)))</p>"]
        if !set.isEmpty {
            out.append("<ul class=\"clasp-diff-sections\">"
                       + set.sectionTallies.map { "<li>\(escapeHTML($0.line))</li>" }.joined() + "</ul>")
            if set.callsOutKeyDifferences, case let key = set.keyDifferenceLines, !key.isEmpty {
                out.append("<ul class=\"clasp-diff-key\">" + key.map { "<li>\(escapeHTML($0))</li>" }.joined() + "</ul>")
            }
            out.append("<ol class=\"clasp-diff-changes\">")
        }
        for change in set.changes {
            out.append("<li class=\"clasp-change\" data-operation=\"\(change.operation.rawValue)\" "
                       + "data-category=\"\(change.category.rawValue)\">")
            out.append("<p class=\"clasp-change-summary\">\(escapeHTML(change.summary))</p>")
            out.append("<p class=\"clasp-change-path\">\(escapeHTML(change.path.readable))</p>")
            if let origin = change.origin {
                out.append("<p class=\"clasp-change-origin\">Moved from \(escapeHTML(origin.readable))</p>")
            }
            if !change.quantities.isEmpty {
                let items = change.quantities.map { q in
                    "<li data-direction=\"\(q.direction.rawValue)\">\(escapeHTML(q.beforeText)) → "
                        + "\(escapeHTML(q.afterText))\(escapeHTML(q.unitSuffix))</li>"
                }
                out.append("<ul class=\"clasp-change-quantities\">" + items.joined() + "</ul>")
            }
            let body: String
            if !change.words.isEmpty {
                body = ReadableWords.collapsed(change.words).map { s in
                    switch s.kind {
                    case .equal: return escapeHTML(s.text)
                    case .deleted: return "<del>\(escapeHTML(s.text))</del>"
                    case .inserted: return "<ins>\(escapeHTML(s.text))</ins>"
                    }
                }.joined(separator: " ")
            } else {
                body = [change.before.map { "<del>\(escapeHTML($0))</del>" },
                        change.after.map { "<ins>\(escapeHTML($0))</ins>" }].compactMap { $0 }.joined(separator: " ")
            }
            if !body.isEmpty {
                out.append("<p class=\"clasp-change-text\">\(body.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>"))</p>")
            }
            out.append("</li>")
        }
        if !set.isEmpty { out.append("</ol>") }
        out.append("</section>")
        return out.joined(separator: "\n") + "\n"
    }

    /// Escapes text for HTML; see `MarkupText`.
    static func escapeHTML(_ text: String) -> String { MarkupText.escaped(text) }
}
