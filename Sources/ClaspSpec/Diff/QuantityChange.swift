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
    /// What is counted, lower-cased and folded to one spelling ("years" for "yr" and "year",
    /// "semester units", "%" for "percent", "$" for "dollars" and "USD", "pounds"). A number
    /// without a unit is never a quantity (see `QuantityReader`), so the diff always sets it.
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

    /// "raised from two to three years", "lowered from 45% to 40%", "lowered from two years to
    /// one year".
    public var phrase: String {
        func spoken(_ text: String) -> String {
            let isWord = text.first?.isLetter ?? false
            return isWord ? text.lowercased() : text
        }
        // "lowered from two years to one year", never "to one years".
        if after == 1, unitSuffix.hasPrefix(" "), let unit, unit != "wpm" {
            let singular = unit == "feet" ? "foot" : unit.hasSuffix("s") ? String(unit.dropLast()) : unit
            return "\(direction.rawValue) from \(spoken(beforeText))\(unitSuffix) to \(spoken(afterText)) \(singular)"
        }
        return "\(direction.rawValue) from \(spoken(beforeText)) to \(spoken(afterText))\(unitSuffix)"
    }

    /// " years" to print after the values; empty for "%", "$" and "£" when the values already
    /// carry the sign ("45%", "$1,000"), " percent" or " dollars" when they were written out.
    public var unitSuffix: String {
        func signed(_ sign: Character) -> Bool { beforeText.contains(sign) || afterText.contains(sign) }
        switch unit {
        case nil: return ""
        case "%": return signed("%") ? "" : " percent"
        case "$": return signed("$") ? "" : " dollars"
        case "£": return signed("£") ? "" : " pounds sterling"
        case let unit?: return " " + unit
        }
    }
}
