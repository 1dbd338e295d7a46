/// Word diffs as a reader needs them: a long paragraph with one word changed shows the change
/// with a few words either side, and the unchanged run between is counted, not printed.
/// Renderers for people use this; the JSON keeps every word.
enum ReadableWords {
    /// Unchanged runs longer than this many words are shortened.
    static let longRun = 16
    /// Words kept on each side of a change.
    static let context = 5

    static func collapsed(_ segments: [WordDiffSegment]) -> [WordDiffSegment] {
        segments.enumerated().map { index, segment in
            guard segment.kind == .equal else { return segment }
            let words = segment.text.split(separator: " ", omittingEmptySubsequences: false)
            guard words.count > longRun else { return segment }
            let isFirst = index == 0, isLast = index == segments.count - 1
            let head = isFirst ? [] : Array(words.prefix(context))
            let tail = isLast ? [] : Array(words.suffix(context))
            let hidden = words.count - head.count - tail.count
            let marker = "… \(hidden) unchanged words …"
            return WordDiffSegment(.equal, (head.map(String.init) + [marker] + tail.map(String.init)).joined(separator: " "))
        }
    }
}
