internal import CLibGit2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tree object read in place from its stored bytes: `<octal mode> <name>\0<20-byte id>`,
/// repeated, in git's tree order.
///
/// Two versions of a large folder are mostly the same bytes, so a diff can compare them with
/// `memcmp` and parse only the entries around what differs (`Repository+Diff`), where libgit2
/// would parse and index all of them on both sides.
struct RawTree {
    /// One entry's place in the bytes.
    struct Entry {
        /// Where the entry starts (its mode) and ends (after its id).
        var start: Int
        var end: Int
        /// The name's bytes.
        var name: Range<Int>
        /// The mode as libgit2 reports it: legacy modes such as `100664` read as `100644`.
        var mode: git_filemode_t

        var isTree: Bool { mode == GIT_FILEMODE_TREE }
        var idOffset: Int { name.upperBound + 1 }
    }

    /// Smaller trees are cheap to read again, so diffs hold only larger ones (`HeldTrees`).
    static let minimumHeldBytes = 4096

    let object: RawObject
    /// The SHA-1 states saved while checking a large tree's id, for checking its next version.
    let checkpoints: HashCheckpoints?
    /// Where a large tree's entries start, once found (`RawTree+EntryStarts`); nil for small trees.
    let entryStarts: EntryStarts?

    init(_ object: RawObject, checkpoints: HashCheckpoints? = nil) throws {
        guard object.type == GIT_OBJECT_TREE else {
            throw GitError(code: .invalid, errorClass: Int32(GIT_ERROR_OBJECT.rawValue), function: "git_tree_lookup",
                           message: "object \(object.id) is a \(object.typeName), not a tree", context: "reading tree \(object.id)")
        }
        self.object = object
        self.checkpoints = checkpoints
        self.entryStarts = object.bytes.count >= Self.minimumHeldBytes ? EntryStarts() : nil
    }

    var id: ObjectID { object.id }
    var bytes: UnsafeRawBufferPointer { object.bytes }
    var count: Int { object.bytes.count }

    /// The entry starting at byte `offset`.
    ///
    /// - Throws: ``GitError`` when the bytes there are not a well-formed entry.
    func entry(at offset: Int) throws -> Entry {
        var position = offset
        // As libgit2's parser: octal digits up to the space, kept in 16 bits.
        var raw: UInt16 = 0
        while position < count, bytes[position] != UInt8(ascii: " ") {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 8 else { throw malformed(at: offset) }
            raw = raw &<< 3 &+ UInt16(digit)
            position += 1
        }
        guard position > offset, position < count else { throw malformed(at: offset) }
        let nameStart = position + 1
        guard nameStart < count, let base = bytes.baseAddress,
              let terminator = memchr(base + nameStart, 0, count - nameStart) else { throw malformed(at: offset) }
        let nameEnd = base.distance(to: UnsafeRawPointer(terminator))
        guard nameEnd > nameStart, nameEnd + 21 <= count else { throw malformed(at: offset) }
        return Entry(start: offset, end: nameEnd + 21, name: nameStart..<nameEnd, mode: Self.normalized(raw))
    }

    func name(of entry: Entry) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[entry.name]), as: UTF8.self)
    }

    func id(of entry: Entry) -> ObjectID {
        ObjectID(rawBytes: UnsafeRawBufferPointer(rebasing: bytes[entry.idOffset..<entry.end]))
    }

    func treeEntry(_ entry: Entry) -> TreeEntry {
        TreeEntry(name: name(of: entry), id: id(of: entry), mode: FileMode(entry.mode))
    }

    /// Whether two entries (of this tree and `other`) are the same bytes: same mode, name and id.
    func isIdentical(_ entry: Entry, to otherEntry: Entry, in other: RawTree) -> Bool {
        let length = entry.end - entry.start
        guard length == otherEntry.end - otherEntry.start, let a = bytes.baseAddress, let b = other.bytes.baseAddress else { return false }
        return memcmp(a + entry.start, b + otherEntry.start, length) == 0
    }

    /// git's tree order of an entry of this tree and one of `other`: names compared bytewise, a
    /// folder's name as if it ended in `/`. Entries of equal name and kind compare equal.
    func order(_ entry: Entry, _ otherEntry: Entry, in other: RawTree) -> Int {
        let a = bytes, b = other.bytes
        var i = entry.name.lowerBound, j = otherEntry.name.lowerBound
        while i < entry.name.upperBound, j < otherEntry.name.upperBound {
            if a[i] != b[j] { return a[i] < b[j] ? -1 : 1 }
            i += 1
            j += 1
        }
        let endA: UInt8 = entry.isTree ? UInt8(ascii: "/") : 0, endB: UInt8 = otherEntry.isTree ? UInt8(ascii: "/") : 0
        let left = i < entry.name.upperBound ? a[i] : endA, right = j < otherEntry.name.upperBound ? b[j] : endB
        if left == right {
            let bothEnded = i == entry.name.upperBound && j == otherEntry.name.upperBound
            return bothEnded ? 0 : (i == entry.name.upperBound ? -1 : 1)
        }
        return left < right ? -1 : 1
    }

    /// How many leading bytes this tree and `other` share.
    func commonPrefixLength(with other: RawTree) -> Int {
        Self.commonPrefixLength(bytes, other.bytes)
    }

    /// How many leading bytes two buffers share.
    static func commonPrefixLength(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer) -> Int {
        let limit = min(first.count, second.count)
        guard let a = first.baseAddress, let b = second.baseAddress else { return 0 }
        // Blocks first, then bytes within the first block that differs.
        var length = 0
        let block = 4096
        while length + block <= limit, memcmp(a + length, b + length, block) == 0 { length += block }
        while length < limit, a.load(fromByteOffset: length, as: UInt8.self) == b.load(fromByteOffset: length, as: UInt8.self) { length += 1 }
        return length
    }

    /// How many trailing bytes this tree and `other` share, counting no more than `limit`.
    func commonSuffixLength(with other: RawTree, limit: Int) -> Int {
        guard let a = bytes.baseAddress, let b = other.bytes.baseAddress else { return 0 }
        var length = 0
        let block = 4096
        while length + block <= limit {
            let tailA = a + (count - length - block), tailB = b + (other.count - length - block)
            guard memcmp(tailA, tailB, block) == 0 else { break }
            length += block
        }
        while length < limit, a.load(fromByteOffset: count - length - 1, as: UInt8.self)
                == b.load(fromByteOffset: other.count - length - 1, as: UInt8.self) { length += 1 }
        return length
    }

    private func malformed(at offset: Int) -> GitError {
        GitError(code: .invalid, errorClass: Int32(GIT_ERROR_OBJECT.rawValue), function: "git_tree_lookup",
                 message: "malformed tree entry at byte \(offset)", context: "reading tree \(id)")
    }

    /// libgit2's `normalize_filemode`: any folder bits make a folder, any execute bit an
    /// executable, then submodules and links; everything else is a plain file.
    private static func normalized(_ raw: UInt16) -> git_filemode_t {
        let type = raw & ~0o777
        if type == 0o040000 { return GIT_FILEMODE_TREE }
        if raw & 0o100 != 0 { return GIT_FILEMODE_BLOB_EXECUTABLE }
        if type == 0o160000 { return GIT_FILEMODE_COMMIT }
        if type == 0o120000 { return GIT_FILEMODE_LINK }
        return GIT_FILEMODE_BLOB
    }
}
