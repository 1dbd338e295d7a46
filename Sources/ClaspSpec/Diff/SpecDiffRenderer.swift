/// Renders a ``SpecChangeSet`` for the people who read it: a terminal, a program (JSON), a
/// committee packet (Markdown) and the web UI (an HTML fragment).
public enum SpecDiffRenderer {
    /// Plain or coloured terminal text. Without colour, word changes read like `git diff
    /// --word-diff`: `[-old-]{+new+}`.
    ///
    /// - Parameters:
    ///   - set: the changes.
    ///   - colour: ANSI colour (red deletions, green insertions) when true.
    public static func text(_ set: SpecChangeSet, colour: Bool) -> String {
        func paint(_ code: String, _ s: String) -> String { colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        var lines = ["\(set.from.title) (\(set.from.effective)) -> \(set.to.title) (\(set.to.effective))",
                     countsLine(set), ""]
        for change in set.changes {
            lines.append(paint("1", "\(symbol(change.operation)) [\(change.category.rawValue)] \(change.summary)"))
            lines.append("    at: \(change.path.readable)")
            for q in change.quantities {
                lines.append("    quantity: \(q.beforeText) -> \(q.afterText)\(q.unitSuffix) (\(q.direction.rawValue))")
            }
            if !change.words.isEmpty {
                let body = change.words.map { segment -> String in
                    switch segment.kind {
                    case .equal: return segment.text
                    case .deleted: return colour ? paint("31;9", segment.text) : "[-\(segment.text)-]"
                    case .inserted: return colour ? paint("32", segment.text) : "{+\(segment.text)+}"
                    }
                }.joined(separator: " ")
                lines.append("    " + body.replacingNewlines())
            } else if change.operation == .added, let after = change.after {
                lines.append("    " + paint("32", after.replacingNewlines()))
            } else if change.operation == .removed, let before = change.before {
                lines.append("    " + paint("31", before.replacingNewlines()))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Summary: 3 substantive changes, 1 editorial", or "No changes".
    static func countsLine(_ set: SpecChangeSet) -> String {
        guard !set.isEmpty else { return "No changes" }
        let n = set.substantiveCount, e = set.editorialCount
        return "Summary: \(n) substantive change\(n == 1 ? "" : "s"), \(e) editorial"
    }

    static func symbol(_ operation: ChangeOperation) -> String {
        switch operation {
        case .added: return "+"
        case .removed: return "-"
        case .reworded: return "~"
        case .moved: return ">"
        case .split: return "<"
        case .merged: return ">"
        case .fieldChanged: return "*"
        }
    }
}

extension ChangePath {
    /// The path as a reader follows it: headings (or kinds) with their level, then the entry
    /// or field. "MINIMUM QUALIFICATIONS › Experience: (level I) › paragraph 1".
    public var readable: String {
        // A level is named where it first applies, not repeated on every nested section.
        var parts: [String] = []
        var level: String?
        for step in sections {
            let newLevel = step.level != nil && step.level != level
            parts.append((step.heading ?? step.kind.rawValue) + (newLevel ? " (level \(step.level ?? ""))" : ""))
            if step.level != nil { level = step.level }
        }
        if let entry {
            func list(_ p: [Int]) -> String { p.map(String.init).joined(separator: " and ") }
            let position: String
            switch (entry.oldPositions.isEmpty, entry.newPositions.isEmpty) {
            case (true, _): position = list(entry.newPositions) + " (new)"
            case (_, true): position = list(entry.oldPositions) + " (old)"
            default: position = entry.oldPositions == entry.newPositions
                ? list(entry.oldPositions) : "\(list(entry.oldPositions)) → \(list(entry.newPositions))"
            }
            parts.append("\(entry.kind.rawValue) \(position)")
        }
        if let field { parts.append(field) }
        return parts.joined(separator: " › ")
    }
}

extension String {
    /// Newlines (between the pieces of a split or merge) shown as " / " on one line.
    func replacingNewlines() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " / ")
    }
}
