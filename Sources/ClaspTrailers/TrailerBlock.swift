/// The trailer block of a message, located with the rules of git 2.39's `trailer.c`.
///
/// Works on UTF-8 bytes with git's ASCII-only character classes so that byte offsets, and therefore results,
/// match git's C code exactly. Function names follow git's so the two can be read side by side.
struct TrailerBlock {
    /// One line of the block, with its continuation lines folded in.
    struct Item {
        /// The trimmed key, or `nil` for a line of the block that is not a trailer.
        var key: String?
        /// For a trailer, the trimmed value (still holding continuation line breaks); otherwise the whole line.
        var value: [UInt8]

        /// git's `same_trailer`: keys equal case-insensitively up to the shorter one, values equal
        /// case-insensitively. It decides whether an appended trailer repeats its neighbour.
        func isSame(as other: Item) -> Bool {
            guard let key, let otherKey = other.key else { return false }
            let left = TrailerBlock.withoutTrailingSeparator(Array(key.utf8))
            let right = TrailerBlock.withoutTrailingSeparator(Array(otherKey.utf8))
            let length = min(left.count, right.count)
            return TrailerBlock.lowercased(left.prefix(length)) == TrailerBlock.lowercased(right.prefix(length))
                && TrailerBlock.lowercased(value[...]) == TrailerBlock.lowercased(other.value[...])
        }
    }

    /// Offset of the block's first byte (the end of the message body when there is no block).
    let start: Int
    /// Offset just past the block; what follows is a patch or trailing comments.
    let end: Int
    /// Whether the text before the block ends with a blank line.
    let blankLineBefore: Bool
    /// The block's lines, comment lines excluded.
    let items: [Item]

    /// Lines that git itself writes and that mark a block as trailers even among other lines.
    private static let gitGeneratedPrefixes = [Array("Signed-off-by: ".utf8), Array("(cherry picked from commit ".utf8)]
    private static let newline = UInt8(ascii: "\n")
    private static let comment = UInt8(ascii: "#")
    private static let separator = UInt8(ascii: ":")
    // Patterns matched on every line, built once: an array literal in the loops allocated per line,
    // which made trailer parsing a visible share of reading a proposal log.
    private static let patchDashes = Array("---".utf8)
    private static let oldConflicts = Array("Conflicts:\n".utf8)
    private static let scissors = Array("# ------------------------ >8 ------------------------\n".utf8)
    private static let scissorsLine = [newline] + scissors

    init(message buffer: [UInt8]) {
        let patchStart = Self.findPatchStart(buffer)
        let end = patchStart - Self.ignoreNonTrailer(buffer, patchStart)
        let start = Self.findTrailerStart(buffer, end)
        self.start = start
        self.end = end
        self.blankLineBefore = Self.endsWithBlankLine(buffer, start)
        self.items = Self.items(buffer, start, end)
    }

    // MARK: Locating the block

    /// The first line starting with `---` and a space, or the end.
    private static func findPatchStart(_ buffer: [UInt8]) -> Int {
        var line = 0
        while line < buffer.count {
            if buffer[line...].starts(with: patchDashes), line + 3 < buffer.count, isSpace(buffer[line + 3]) {
                return line
            }
            line = nextLine(buffer, line)
        }
        return buffer.count
    }

    /// git's `ignore_non_trailer`: the length of the trailing run of comment lines, empty lines and old-style
    /// `Conflicts:` blocks (or of a scissors line and everything after it).
    private static func ignoreNonTrailer(_ buffer: [UInt8], _ length: Int) -> Int {
        var beginningOfComments = 0
        var line = 0
        var inOldConflictsBlock = false
        let cutoff = locateScissors(buffer, length)
        while line < cutoff {
            let next = min(nextLine(buffer, line), length)
            if buffer[line] == comment || buffer[line] == newline {
                if beginningOfComments == 0 { beginningOfComments = line }
            } else if buffer[line...].starts(with: oldConflicts) {
                inOldConflictsBlock = true
                if beginningOfComments == 0 { beginningOfComments = line }
            } else if inOldConflictsBlock && buffer[line] == UInt8(ascii: "\t") {
                // A path name in the conflicts block.
            } else if beginningOfComments != 0 {
                beginningOfComments = 0
                inOldConflictsBlock = false
            }
            line = next
        }
        return beginningOfComments != 0 ? length - beginningOfComments : length - cutoff
    }

    /// git's `wt_status_locate_end`: where a `# --- >8 ---` scissors line starts, or `length`.
    private static func locateScissors(_ buffer: [UInt8], _ length: Int) -> Int {
        if buffer.starts(with: scissors) { return 0 }
        let pattern = scissorsLine
        guard buffer.count >= pattern.count else { return length }
        // The pattern begins with a line feed and a `#`: only such offsets are tried, not every
        // byte of the message (trying every offset was most of the cost of parsing a trailer).
        let last = buffer.count - pattern.count
        var index = 0
        while index <= last, let found = buffer[index...last].firstIndex(of: newline) {
            if buffer[found + 1] == comment && buffer[found...].starts(with: pattern) { return min(found + 1, length) }
            index = found + 1
        }
        return length
    }

    /// git's `find_trailer_start`: scanning back from the end, the start of the last paragraph if it qualifies
    /// as a trailer block, otherwise `length`.
    private static func findTrailerStart(_ buffer: [UInt8], _ length: Int) -> Int {
        // The first paragraph is the title and cannot hold trailers.
        var endOfTitle = 0
        while endOfTitle < length {
            if buffer[endOfTitle] != comment && isBlankLine(buffer, endOfTitle) { break }
            endOfTitle = nextLine(buffer, endOfTitle)
        }
        var onlySpaces = true
        var recognizedPrefix = false
        var trailerLines = 0
        var nonTrailerLines = 0
        var possibleContinuationLines = 0
        var line = lastLine(buffer, length)
        while line >= endOfTitle {
            defer { line = lastLine(buffer, line) }
            if buffer[line] == comment {
                nonTrailerLines += possibleContinuationLines
                possibleContinuationLines = 0
                continue
            }
            if isBlankLine(buffer, line) {
                if onlySpaces { continue }
                nonTrailerLines += possibleContinuationLines
                if recognizedPrefix && trailerLines * 3 >= nonTrailerLines {
                    return nextLine(buffer, line)
                } else if trailerLines > 0 && nonTrailerLines == 0 {
                    return nextLine(buffer, line)
                }
                return length
            }
            onlySpaces = false
            if gitGeneratedPrefixes.contains(where: { buffer[line...].starts(with: $0) }) {
                trailerLines += 1
                possibleContinuationLines = 0
                recognizedPrefix = true
            } else if findSeparator(buffer[line...]) >= 1 && !isSpace(buffer[line]) {
                trailerLines += 1
                possibleContinuationLines = 0
            } else if isSpace(buffer[line]) {
                possibleContinuationLines += 1
            } else {
                nonTrailerLines += 1 + possibleContinuationLines
                possibleContinuationLines = 0
            }
        }
        return length
    }

    /// Splits the block (`buffer[start..<end]`) into lines, folding lines that start with
    /// whitespace into the trailer above them. A folded entry is the line and its continuations,
    /// which follow it, so entries are ranges of the buffer until an item is made of one.
    private static func items(_ buffer: [UInt8], _ start: Int, _ end: Int) -> [Item] {
        var entries: [Range<Int>] = []
        var lastIsTrailer = false
        var line = start
        while line < end {
            let next = min(nextLine(buffer, line), end)
            if lastIsTrailer && isSpace(buffer[line]) {
                entries[entries.count - 1] = entries[entries.count - 1].lowerBound..<next
            } else {
                entries.append(line..<next)
                lastIsTrailer = findSeparator(buffer[line..<next]) >= 1
            }
            line = next
        }
        return entries.compactMap { entry in
            guard buffer[entry.lowerBound] != comment else { return nil }
            let separatorIndex = findSeparator(buffer[entry])
            guard separatorIndex >= 1 else {
                let text = buffer[entry].last == newline ? buffer[entry].dropLast() : buffer[entry]
                return Item(key: nil, value: Array(text))
            }
            let separator = entry.lowerBound + separatorIndex
            let key = trimmed(buffer[entry.lowerBound..<separator])
            let value = trimmed(buffer[(separator + 1)..<entry.upperBound])
            return Item(key: String(decoding: key, as: UTF8.self), value: Array(value))
        }
    }
}
