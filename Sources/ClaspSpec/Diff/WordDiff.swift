/// One run of a word-level diff: words both texts share, or words only one of them has.
public struct WordDiffSegment: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, Equatable, Hashable, CaseIterable {
        case equal
        case inserted
        case deleted
    }

    public var kind: Kind
    /// The words of the run joined by single spaces, as written (case and punctuation kept).
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// Word-level diff of two texts: common prefix and suffix stripped, then a longest common
/// subsequence over the remaining tokens.
///
/// The LCS table is bounded by `cellCap`; when the differing middle of two texts is larger
/// than that (two long, unrelated paragraphs), the middle is reported as one deletion and one
/// insertion instead of spending quadratic time on a diff nobody could read anyway.
enum WordDiff {
    static func segments(before: String, after: String, cellCap: Int) -> [WordDiffSegment] {
        let a = DiffText.displayTokens(before)
        let b = DiffText.displayTokens(after)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
              a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let midA = Array(a[prefix..<(a.count - suffix)])
        let midB = Array(b[prefix..<(b.count - suffix)])

        var ops: [(WordDiffSegment.Kind, Substring)] = a[0..<prefix].map { (.equal, $0) }
        if midA.count * midB.count <= cellCap {
            ops += lcsOperations(midA, midB)
        } else {
            ops += midA.map { (.deleted, $0) } + midB.map { (.inserted, $0) }
        }
        ops += a[(a.count - suffix)...].map { (.equal, $0) }
        return coalesce(ops)
    }

    /// Edit script from an LCS table; deletions are emitted before insertions at each gap so
    /// a replaced word reads "old" then "new".
    private static func lcsOperations(_ a: [Substring], _ b: [Substring]) -> [(WordDiffSegment.Kind, Substring)] {
        if a.isEmpty { return b.map { (.inserted, $0) } }
        if b.isEmpty { return a.map { (.deleted, $0) } }
        let n = a.count, m = b.count
        // table[i][j] = LCS length of a[i...] and b[j...], flattened.
        var table = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * (m + 1) + j] = a[i] == b[j]
                    ? table[(i + 1) * (m + 1) + j + 1] + 1
                    : max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1])
            }
        }
        var ops: [(WordDiffSegment.Kind, Substring)] = []
        var i = 0, j = 0
        var pendingInserts: [Substring] = []
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                ops += pendingInserts.map { (.inserted, $0) }
                pendingInserts = []
                ops.append((.equal, a[i])); i += 1; j += 1
            } else if j < m, i == n || table[i * (m + 1) + j + 1] > table[(i + 1) * (m + 1) + j] {
                pendingInserts.append(b[j]); j += 1
            } else {
                ops.append((.deleted, a[i])); i += 1
            }
        }
        ops += pendingInserts.map { (.inserted, $0) }
        return ops
    }

    private static func coalesce(_ ops: [(WordDiffSegment.Kind, Substring)]) -> [WordDiffSegment] {
        var segments: [WordDiffSegment] = []
        for (kind, token) in ops {
            if let last = segments.last, last.kind == kind {
                segments[segments.count - 1].text += " " + token
            } else {
                segments.append(WordDiffSegment(kind, String(token)))
            }
        }
        return segments
    }
}
