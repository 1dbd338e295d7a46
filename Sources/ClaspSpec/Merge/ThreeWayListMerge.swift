/// A three-way merge of two edits of one list (diff3): the runs of the original that neither
/// side touched anchor the merge; between anchors, a run changed on one side only takes that
/// side's run, one changed identically on both takes it once, and one changed differently on
/// both is a conflict.
///
/// Lists here are a section's paragraphs or items (dozens at most), so the quadratic LCS that
/// finds the anchors costs nothing worth optimising.
public enum ThreeWayListMerge {
    /// The outcome of merging one list.
    public enum Outcome<Element: Equatable>: Equatable {
        case merged([Element])
        /// The first run both sides changed differently: the original run and each side's.
        case conflict(base: [Element], ours: [Element], theirs: [Element])
    }

    /// Merges `ours` and `theirs`, both edited from `base`.
    public static func merge<Element: Equatable>(base: [Element], ours: [Element], theirs: [Element]) -> Outcome<Element> {
        if ours == theirs || theirs == base { return .merged(ours) }
        if ours == base { return .merged(theirs) }
        let oursMatch = matches(base, ours)
        let theirsMatch = matches(base, theirs)
        var merged: [Element] = []
        var (b, o, t) = (0, 0, 0)
        // Anchors: original positions kept by both sides, in order.
        let anchors = base.indices.compactMap { index -> (base: Int, ours: Int, theirs: Int)? in
            guard let inOurs = oursMatch[index], let inTheirs = theirsMatch[index] else { return nil }
            return (index, inOurs, inTheirs)
        } + [(base.count, ours.count, theirs.count)]
        for anchor in anchors {
            let baseRun = Array(base[b..<anchor.base])
            let oursRun = Array(ours[o..<anchor.ours])
            let theirsRun = Array(theirs[t..<anchor.theirs])
            if oursRun == theirsRun || theirsRun == baseRun {
                merged += oursRun
            } else if oursRun == baseRun {
                merged += theirsRun
            } else {
                return .conflict(base: baseRun, ours: oursRun, theirs: theirsRun)
            }
            if anchor.base < base.count { merged.append(base[anchor.base]) }
            (b, o, t) = (anchor.base + 1, anchor.ours + 1, anchor.theirs + 1)
        }
        return .merged(merged)
    }

    /// For each element of `base`, its position in `other` under a longest common subsequence
    /// (nil when the element is not kept).
    static func matches<Element: Equatable>(_ base: [Element], _ other: [Element]) -> [Int?] {
        let n = base.count, m = other.count
        var lengths = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = base[i] == other[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var result = [Int?](repeating: nil, count: n)
        var (i, j) = (0, 0)
        while i < n, j < m {
            if base[i] == other[j] {
                result[i] = j
                i += 1; j += 1
            } else if lengths[i + 1][j] >= lengths[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }
}
