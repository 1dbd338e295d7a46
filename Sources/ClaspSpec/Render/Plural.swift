/// Counts and choices in sentences, for every message the package prints: "1 class",
/// "2 classes", never "2 class(es)".
package enum Plural {
    package static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    /// "text", "text or json", "text, yaml, json or markdown": choices in a sentence.
    package static func list(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + last
    }
}
