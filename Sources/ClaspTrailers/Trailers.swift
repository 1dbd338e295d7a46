/// Reading and writing commit-message trailers exactly as `git interpret-trailers` (git 2.39) does.
///
/// Clasp stores proposal state and approvals in trailers, and `clasp audit verify` must see the same trailers
/// that plain git tools see, so this is a faithful port of git's `trailer.c` rules for messages without
/// trailer configuration: the trailer block is the last paragraph (before any `---` patch divider and trailing
/// `#` comments) when it is made only of `Key: value` lines, or when it holds a git-generated
/// `Signed-off-by: ` line and at least 25% trailer lines. Lines that start with whitespace continue the trailer
/// above them.
public enum Trailers {
    /// Parses the trailer block of a commit message as `git interpret-trailers --parse` does: keys and values
    /// trimmed, continuation lines folded into single spaces, non-trailer lines in the block skipped.
    public static func parse(_ message: String) -> [Trailer] {
        let block = TrailerBlock(message: Array(message.utf8))
        return block.items.compactMap { item in
            guard let key = item.key else { return nil }
            return Trailer(key: key, value: TrailerBlock.unfold(item.value))
        }
    }

    /// Appends trailers to a message, producing byte for byte what
    /// `git interpret-trailers --trailer 'Key: value' …` prints with git's default settings.
    ///
    /// That means: a blank line is added before a new trailer block; an existing block is re-printed in
    /// normalised `Key: value` form (comment lines in it are dropped); a trailer identical (case-insensitively)
    /// to the last one in the block is not repeated; values are trimmed; text after the block (a `---` patch,
    /// trailing comments) is kept.
    ///
    /// - Throws: ``TrailerError`` for a key that is not `[A-Za-z0-9-]+` or a value containing a line break.
    public static func append(_ trailers: [Trailer], to message: String) throws -> String {
        for trailer in trailers {
            try validate(trailer)
        }
        let bytes = Array(message.utf8)
        let block = TrailerBlock(message: bytes)
        var items = block.items
        for trailer in trailers {
            let value = TrailerBlock.trimmed(Array(trailer.value.utf8))
            let new = TrailerBlock.Item(key: trailer.key, value: value)
            if let last = items.last, last.isSame(as: new) {
                continue
            }
            items.append(new)
        }
        var output = Array(bytes[..<block.start])
        if !block.blankLineBefore {
            output.append(UInt8(ascii: "\n"))
        }
        for item in items {
            if let key = item.key {
                output += Array(key.utf8) + Array(": ".utf8)
            }
            output += item.value
            output.append(UInt8(ascii: "\n"))
        }
        output += bytes[block.end...]
        return String(decoding: output, as: UTF8.self)
    }

    private static func validate(_ trailer: Trailer) throws {
        let keyIsValid = !trailer.key.isEmpty && trailer.key.utf8.allSatisfy { byte in
            TrailerBlock.isAlphanumeric(byte) || byte == UInt8(ascii: "-")
        }
        guard keyIsValid else { throw TrailerError.invalidKey(trailer.key) }
        guard !trailer.value.contains(where: \.isNewline) else {
            throw TrailerError.multilineValue(key: trailer.key, value: trailer.value)
        }
    }
}
