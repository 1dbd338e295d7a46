/// The class ids nearest to one that is not in the plan, for "did you mean" answers: a typo in
/// a class id must not open a proposal for a new class beside the one meant.
public enum ClassIDSuggestions {
    /// Up to three ids within a small edit distance of `id` (or sharing its words), nearest first.
    public static func nearest(to id: String, among ids: [String]) -> [String] {
        let limit = max(2, id.count / 4)
        let words = Set(id.split(separator: "-"))
        let scored = ids.compactMap { candidate -> (String, Int)? in
            let distance = editDistance(Array(id.utf8), Array(candidate.utf8))
            if distance <= limit { return (candidate, distance) }
            let shared = words.intersection(candidate.split(separator: "-")).count
            return shared > 0 && shared >= min(words.count, 2) ? (candidate, limit + 1) : nil
        }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
    }

    /// The unknown-class sentence with the nearest ids, if any.
    public static func message(for id: String, among ids: [String]) -> String {
        let near = nearest(to: id, among: ids)
        return "no class '\(id)' in this plan" + (near.isEmpty ? "" : "; did you mean \(near.joined(separator: " or "))?")
    }

    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
