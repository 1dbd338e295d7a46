/// The one-sentence summaries committee packets and terminals show for each change.
enum ChangeSummary {
    static func sentence(operation: ChangeOperation, noun: String, before: String?, after: String?,
                         quantities: [QuantityChange], isEditorial: Bool, isTentative: Bool,
                         level: String?, detail: String?) -> String {
        let forLevel = level.map { " for level \($0)" } ?? ""
        let extra = detail.map { " \($0)" } ?? ""
        switch operation {
        case .added:
            return "\(noun) added\(forLevel): \(quote(after))"
        case .removed:
            return "\(noun) removed\(forLevel): \(quote(before))"
        case .moved:
            // A moved entry that was also reworded may have had a quantity changed on the way.
            let phrases = quantities.map(\.phrase).joined(separator: " and ")
            return "\(noun) moved\(extra)\(forLevel)" + (phrases.isEmpty ? "" : "; \(phrases)")
        case .split:
            return "\(noun) split in two\(forLevel)"
        case .merged:
            return "\(noun) merged from two entries\(forLevel)"
        case .reworded, .fieldChanged:
            if !quantities.isEmpty {
                let phrases = quantities.map(\.phrase).joined(separator: " and ")
                return "\(noun) \(phrases)\(forLevel)\(extra)"
            }
            if operation == .fieldChanged {
                switch (before, after) {
                case (nil, let after?): return "\(noun) set to \(quote(after))\(forLevel)"
                case (let before?, nil): return "\(noun) cleared (was \(quote(before)))\(forLevel)"
                default: return "\(noun) changed from \(quote(before)) to \(quote(after))\(forLevel)"
                }
            }
            let verb = isEditorial ? "edited (editorial)" : isTentative ? "possibly reworded" : "reworded"
            return "\(noun) \(verb)\(forLevel)\(extra)"
        }
    }

    /// A text in quotes, shortened to about a line.
    static func quote(_ text: String?) -> String {
        guard let text else { return "nothing" }
        let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let limit = 72
        guard flat.count > limit else { return "“\(flat)”" }
        return "“\(flat.prefix(limit).trimmingSuffix())…”"
    }
}

private extension Substring {
    func trimmingSuffix() -> Substring {
        var s = self
        while let c = s.last, c.isWhitespace || c.isPunctuation { s.removeLast() }
        return s
    }
}
