/// A number that changed between two texts ("Two years" -> "Three years", 45% -> 40%),
/// so a reader sees at once whether a requirement was raised or lowered.
public struct QuantityChange: Sendable, Equatable, Hashable {
    public enum Direction: String, Sendable, Equatable, Hashable, CaseIterable {
        case raised
        case lowered
    }

    /// The old value as a number (2 for "Two").
    public var before: Double
    /// The new value as a number.
    public var after: Double
    /// The old value as written ("Two", "45%", "1,000").
    public var beforeText: String
    /// The new value as written.
    public var afterText: String
    /// What is counted, lower-cased ("years", "semester units", "%", "months"), nil when the
    /// text names no unit next to the number.
    public var unit: String?
    public var direction: Direction

    public init(before: Double, after: Double, beforeText: String, afterText: String, unit: String?) {
        self.before = before
        self.after = after
        self.beforeText = beforeText
        self.afterText = afterText
        self.unit = unit
        self.direction = after > before ? .raised : .lowered
    }

    /// "raised from two to three years", "lowered from 45% to 40%".
    public var phrase: String {
        func spoken(_ text: String) -> String {
            let isWord = text.first?.isLetter ?? false
            return isWord ? text.lowercased() : text
        }
        return "\(direction.rawValue) from \(spoken(beforeText)) to \(spoken(afterText))\(unitSuffix)"
    }

    /// " years" to print after the values; empty for "%", which the values already carry.
    public var unitSuffix: String {
        switch unit {
        case nil, "%": return ""
        case let unit?: return " " + unit
        }
    }
}
