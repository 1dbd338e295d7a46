/// Renders a ``SpecChangeSet`` for the people who read it: a terminal, a program (JSON), a
/// committee packet (Markdown) and the web UI (an HTML fragment).
public enum SpecDiffRenderer {
    /// Plain or coloured terminal text: the counts, one summary line per section, then each
    /// change. Without colour, word changes read like `git diff --word-diff`: `[-old-]{+new+}`;
    /// long unchanged runs of words are counted rather than printed.
    ///
    /// - Parameters:
    ///   - set: the changes.
    ///   - colour: ANSI colour (red deletions, green insertions) when true.
    ///   - collapsingEditorialRuns: a run of more than ``editorialRun`` editorial edits in a row
    ///     shows its first ones and a count of the rest. Off by default: what voters read (the
    ///     proposal's status) lists every change; `clasp diff` in a terminal turns it on.
    public static func text(_ set: SpecChangeSet, colour: Bool, collapsingEditorialRuns: Bool = false) -> String {
        func paint(_ code: String, _ s: String) -> String { colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        var lines = ["\(set.from.title) (\(set.from.effective)) -> \(set.to.title) (\(set.to.effective))",
                     countsLine(set)]
        let tallies = set.sectionTallies
        if !tallies.isEmpty { lines += ["By section:"] + tallies.map { "  " + $0.line } }
        if set.callsOutKeyDifferences, case let key = set.keyDifferenceLines, !key.isEmpty {
            lines += ["Key differences:"] + key.map { "  " + $0 }
        }
        lines.append("")
        let hidden = collapsingEditorialRuns ? hiddenEditorialRuns(set.changes) : [:]
        for (index, change) in set.changes.enumerated() {
            if let more = hidden[index] {
                if more > 0 { lines.append("… \(more) more editorial edit\(more == 1 ? "" : "s")") }
                continue
            }
            lines.append(paint("1", "\(symbol(change.operation)) [\(change.category.rawValue)] \(change.summary)"))
            lines.append("    at: \(change.path.readable)")
            if let origin = change.origin { lines.append("    from: \(origin.readable)") }
            for q in change.quantities {
                lines.append("    quantity: \(q.beforeText) -> \(q.afterText)\(q.unitSuffix) (\(q.direction.rawValue))")
            }
            if !change.words.isEmpty {
                let body = ReadableWords.collapsed(change.words).map { segment -> String in
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

    /// Editorial edits in a row past which the terminal shows only a count.
    static let editorialRun = 3

    /// For changes left out of the terminal listing: the first hidden one of each run maps to
    /// how many were hidden, the others to 0.
    static func hiddenEditorialRuns(_ changes: [SpecChange]) -> [Int: Int] {
        var hidden: [Int: Int] = [:]
        var start = 0
        while start < changes.count {
            guard !changes[start].isSubstantive else { start += 1; continue }
            var end = start
            while end < changes.count, !changes[end].isSubstantive { end += 1 }
            if end - start > editorialRun + 1 {
                let first = start + editorialRun
                hidden[first] = end - first
                for i in (first + 1)..<end { hidden[i] = 0 }
            }
            start = end
        }
        return hidden
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
