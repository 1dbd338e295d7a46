/// Finding where the entry holding a given byte of a large tree starts, without parsing every
/// entry before it each time.
///
/// A diff of two versions of `classes/` skips their common leading bytes, but must resume at an
/// entry boundary, and entries have no fixed size: finding the boundary meant parsing every
/// entry up to the first difference, about half of a 3,000-entry folder per adoption in
/// `audit verify`. A large tree's entry starts are found once and kept with it; the next
/// version of the folder, when it differs only inside one entry's 20-byte id (the usual case: a
/// class folder's id changes, the names do not), has the same entries at the same offsets and
/// takes the same starts without parsing anything.
final class EntryStarts {
    /// Offsets of the entries' first bytes, ascending; nil until first needed.
    fileprivate(set) var offsets: [Int]?
}

extension RawTree {
    /// The start of the entry holding byte `offset` (the tree's length when `offset` is at or
    /// past its end): the boundary the diff resumes parsing at.
    ///
    /// - Throws: ``GitError`` when an entry before it is malformed.
    func startOfEntry(holding offset: Int) throws -> Int {
        if offset >= count { return count }
        guard let entryStarts else {
            var start = 0
            while start < offset {
                let entry = try entry(at: start)
                guard entry.end <= offset else { break }
                start = entry.end
            }
            return start
        }
        let offsets = try entryStarts.offsets ?? allEntryStarts()
        entryStarts.offsets = offsets
        // The last start at or before `offset`.
        var low = 0, high = offsets.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if offsets[middle] <= offset { low = middle } else { high = middle }
        }
        return offsets[low]
    }

    /// Gives `newer` (another version of this folder) these entry starts when the two have the
    /// same length and differ only within the id of the entry starting at `entryStart`: then
    /// every entry lies at the same offsets in both.
    ///
    /// - Parameters:
    ///   - firstDifference: the first byte at which the two differ.
    ///   - sameTail: how many trailing bytes they share.
    func handEntryStarts(to newer: RawTree, entryStart: Int, firstDifference: Int, sameTail: Int) throws {
        guard let offsets = entryStarts?.offsets, let target = newer.entryStarts, target.offsets == nil,
              newer.count == count, entryStart < count else { return }
        let entry = try entry(at: entryStart)
        guard firstDifference >= entry.idOffset, count - sameTail <= entry.end else { return }
        target.offsets = offsets
    }

    /// Every entry's start, by parsing the whole tree.
    private func allEntryStarts() throws -> [Int] {
        var offsets: [Int] = []
        var start = 0
        while start < count {
            offsets.append(start)
            start = try entry(at: start).end
        }
        return offsets
    }
}
