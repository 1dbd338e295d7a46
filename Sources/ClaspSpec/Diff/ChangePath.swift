/// Where in a spec a change sits: the chain of sections from the outermost, then an entry in
/// the innermost one, or a named field.
public struct ChangePath: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// One section on the way down, as the newer version names it (the older one when the
    /// section was removed).
    public struct Step: Sendable, Equatable, Hashable {
        public var kind: SectionKind
        public var level: String?
        public var heading: String?
        public init(kind: SectionKind, level: String? = nil, heading: String? = nil) {
            self.kind = kind; self.level = level; self.heading = heading
        }
    }

    /// A list entry or paragraph, by 1-based position in each version.
    public struct Entry: Sendable, Equatable, Hashable {
        public enum Kind: String, Sendable, Equatable, Hashable, CaseIterable {
            case item
            case paragraph
        }
        public var kind: Kind
        /// Positions in the older version (two for a merge, empty for an addition).
        public var oldPositions: [Int]
        /// Positions in the newer version (two for a split, empty for a removal).
        public var newPositions: [Int]
        public var id: String?
        public var label: String?
        public init(kind: Kind, oldPositions: [Int], newPositions: [Int], id: String? = nil, label: String? = nil) {
            self.kind = kind; self.oldPositions = oldPositions; self.newPositions = newPositions
            self.id = id; self.label = label
        }
    }

    public var sections: [Step]
    public var entry: Entry?
    /// A typed field ("title", "flsa", "pay.range", "levels.II", "heading", "percent"), nil for
    /// an entry or a whole section.
    public var field: String?

    public init(sections: [Step] = [], entry: Entry? = nil, field: String? = nil) {
        self.sections = sections; self.entry = entry; self.field = field
    }

    /// The level the change applies to: the innermost section that names one.
    public var level: String? { sections.last(where: { $0.level != nil })?.level }

    /// A compact key: `qualifications@I/experience/paragraph 1`, `duties/item 3->5`,
    /// `duties/item 2.percent`, `flsa`. Headings are left out; they are in ``sections``.
    public var description: String {
        var parts = sections.map { step in step.level.map { "\(step.kind.rawValue)@\($0)" } ?? step.kind.rawValue }
        if let entry {
            func list(_ p: [Int]) -> String { p.map(String.init).joined(separator: ",") }
            let where_: String
            switch (entry.oldPositions.isEmpty, entry.newPositions.isEmpty) {
            case (true, _): where_ = "+" + list(entry.newPositions)
            case (_, true): where_ = list(entry.oldPositions) + "-"
            default: where_ = entry.oldPositions == entry.newPositions
                ? list(entry.oldPositions) : "\(list(entry.oldPositions))->\(list(entry.newPositions))"
            }
            parts.append("\(entry.kind.rawValue) \(where_)")
        }
        var key = parts.joined(separator: "/")
        if let field { key += key.isEmpty ? field : "." + field }
        return key
    }
}
