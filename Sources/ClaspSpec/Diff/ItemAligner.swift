/// Pairs the entries of two lists (duties, knowledge items, paragraphs) the way a reader would.
///
/// The order follows DESIGN §7: a stable item id first, then exact normalised text, then for
/// what is left a 1:2 search for splits and merges, then an optimal assignment on word overlap.
/// Moves are the pairs outside a longest increasing subsequence of new positions, so one duty
/// moved from third to last is one move, not a shift of everything between.
enum ItemAligner {
    /// One entry to align: its text and, when the file pins one, its id.
    struct Unit {
        var id: String?
        var text: String
    }

    struct Pair: Equatable {
        var old: Int
        var new: Int
        /// 1 for id or exact-text matches, the word-overlap score otherwise.
        var similarity: Double
    }

    struct Alignment: Equatable {
        var pairs: [Pair] = []
        var splits: [(old: Int, new: [Int])] = []
        var merges: [(old: [Int], new: Int)] = []
        var removed: [Int] = []
        var added: [Int] = []
        /// Old positions of pairs that changed place relative to the others.
        var moved: Set<Int> = []

        static func == (l: Alignment, r: Alignment) -> Bool {
            l.pairs == r.pairs && l.removed == r.removed && l.added == r.added && l.moved == r.moved
                && l.splits.map(\.old) == r.splits.map(\.old) && l.splits.map(\.new) == r.splits.map(\.new)
                && l.merges.map(\.old) == r.merges.map(\.old) && l.merges.map(\.new) == r.merges.map(\.new)
        }
    }

    static func align(_ old: [Unit], _ new: [Unit], options: SpecDiffOptions) -> Alignment {
        var result = Alignment()
        var oldFree = Set(old.indices), newFree = Set(new.indices)
        func pair(_ o: Int, _ n: Int, _ score: Double) {
            result.pairs.append(Pair(old: o, new: n, similarity: score))
            oldFree.remove(o); newFree.remove(n)
        }
        // 1. Stable ids.
        var newByID: [String: Int] = [:]
        for n in new.indices { if let id = new[n].id, newByID[id] == nil { newByID[id] = n } }
        for o in old.indices {
            if let id = old[o].id, let n = newByID[id], newFree.contains(n) { pair(o, n, 1) }
        }
        // 2. Exact normalised text, duplicates paired in order.
        var newByKey: [String: [Int]] = [:]
        for n in new.indices where newFree.contains(n) && new[n].id == nil {
            newByKey[DiffText.normalisedKey(new[n].text), default: []].append(n)
        }
        for o in old.indices where oldFree.contains(o) && old[o].id == nil {
            let key = DiffText.normalisedKey(old[o].text)
            if var queue = newByKey[key], !queue.isEmpty {
                pair(o, queue.removeFirst(), 1)
                newByKey[key] = queue
            }
        }
        // 3. Splits and merges among the leftovers, then 4. optimal assignment.
        let oldLeft = old.indices.filter { oldFree.contains($0) }
        let newLeft = new.indices.filter { newFree.contains($0) }
        let oldBags = Dictionary(uniqueKeysWithValues: oldLeft.map { ($0, DiffText.bag(DiffText.contentWords(old[$0].text))) })
        let newBags = Dictionary(uniqueKeysWithValues: newLeft.map { ($0, DiffText.bag(DiffText.contentWords(new[$0].text))) })
        for o in oldLeft {
            guard let whole = oldBags[o],
                  let parts = bestPieces(of: whole, among: newLeft.filter { newFree.contains($0) }, bags: newBags, options: options)
            else { continue }
            result.splits.append((o, parts)); oldFree.remove(o); parts.forEach { newFree.remove($0) }
        }
        for n in newLeft where newFree.contains(n) {
            guard let whole = newBags[n],
                  let parts = bestPieces(of: whole, among: oldLeft.filter { oldFree.contains($0) }, bags: oldBags, options: options)
            else { continue }
            result.merges.append((parts, n)); newFree.remove(n); parts.forEach { oldFree.remove($0) }
        }
        let rows = oldLeft.filter { oldFree.contains($0) }
        let columns = newLeft.filter { newFree.contains($0) }
        if !rows.isEmpty, !columns.isEmpty {
            var scores = [[Double]](repeating: [], count: rows.count)
            for (r, o) in rows.enumerated() {
                scores[r] = columns.map { n in DiffText.similarity(oldBags[o] ?? [:], newBags[n] ?? [:]) }
            }
            // Optimal assignment is cubic; past ~200 × 200 leftovers (a wholesale rewrite, where no
            // pairing would convince a reader anyway) best-first pairing keeps the diff fast.
            let assignment = rows.count * columns.count <= options.assignmentCellCap
                ? Hungarian.assign(scores.map { $0.map { 1 - $0 } })
                : bestFirst(scores)
            for (r, c) in assignment.enumerated() {
                guard let c, scores[r][c] >= options.possibleMatchThreshold else { continue }
                pair(rows[r], columns[c], scores[r][c])
            }
        }
        result.pairs.sort { $0.old < $1.old }
        result.removed = old.indices.filter { oldFree.contains($0) }
        result.added = new.indices.filter { newFree.contains($0) }
        let kept = longestIncreasingRun(result.pairs.map(\.new))
        result.moved = Set(result.pairs.indices.filter { !kept.contains($0) }.map { result.pairs[$0].old })
        return result
    }

    /// Two entries that each come mostly from `whole` and together cover clearly more of it than
    /// either does alone: the two halves of a split (or, read the other way, of a merge).
    private static func bestPieces(of whole: DiffText.Bag, among candidates: [Int], bags: [Int: DiffText.Bag],
                                   options: SpecDiffOptions) -> [Int]? {
        let pieces = candidates.filter { c in
            guard let bag = bags[c] else { return false }
            return DiffText.containment(of: bag, in: whole) >= options.splitContainment
        }.prefix(24)
        var best: (score: Double, parts: [Int])?
        for (i, a) in pieces.enumerated() {
            for b in pieces.dropFirst(i + 1) {
                guard let bagA = bags[a], let bagB = bags[b] else { continue }
                let together = DiffText.containment(of: whole, in: DiffText.union(bagA, bagB))
                let alone = max(DiffText.containment(of: whole, in: bagA), DiffText.containment(of: whole, in: bagB))
                guard together >= options.splitContainment, together - alone >= 0.2 else { continue }
                if together > (best?.score ?? 0) { best = (together, [a, b]) }
            }
        }
        return best?.parts
    }

    /// Pairs rows and columns by descending score, each used once.
    static func bestFirst(_ scores: [[Double]]) -> [Int?] {
        var cells: [(score: Double, row: Int, column: Int)] = []
        for (r, row) in scores.enumerated() { for (c, score) in row.enumerated() { cells.append((score, r, c)) } }
        cells.sort { ($0.score, $1.row, $1.column) > ($1.score, $0.row, $0.column) }
        var result = [Int?](repeating: nil, count: scores.count)
        var usedColumns = Set<Int>()
        for cell in cells where result[cell.row] == nil && !usedColumns.contains(cell.column) {
            result[cell.row] = cell.column
            usedColumns.insert(cell.column)
        }
        return result
    }

    /// Indices (into `values`) of one longest strictly increasing subsequence.
    static func longestIncreasingRun(_ values: [Int]) -> Set<Int> {
        var tails: [Int] = []          // index into values of the smallest tail of each length
        var parent = [Int](repeating: -1, count: values.count)
        for (i, v) in values.enumerated() {
            var lo = 0, hi = tails.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if values[tails[mid]] < v { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { parent[i] = tails[lo - 1] }
            if lo == tails.count { tails.append(i) } else { tails[lo] = i }
        }
        var kept = Set<Int>()
        var k = tails.last ?? -1
        while k >= 0 { kept.insert(k); k = parent[k] }
        return kept
    }
}
