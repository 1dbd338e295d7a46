/// A field- and section-level three-way merge of spec versions: a proposal's own change
/// (`base` → `ours`) carried onto the version that replaced its base (`theirs`).
///
/// Used when a proposal goes stale: it was drafted from the version in force before its date,
/// and main has since adopted a different one there. Carrying the proposal's text over as it
/// stands would silently undo what main adopted; carrying only its change keeps both. Anything
/// both sides changed differently is reported, never resolved by picking a side.
///
/// Typed fields merge whole (title, code, levels, FLSA, pay, probation, source dates,
/// attributes). Sections are matched by kind, level and heading (with a repeat count for
/// duplicates); their order merges as a list, and inside a section the paragraphs, the items and
/// the nested sections each merge as lists (``ThreeWayListMerge``).
public struct SpecMerge: Sendable {
    /// A place both sides changed differently.
    public struct Conflict: Equatable, Sendable, CustomStringConvertible {
        /// Where: a field name or a section path ("EXAMPLES OF ESSENTIAL DUTIES").
        public var location: String
        public var detail: String
        public var description: String { "\(location): \(detail)" }
    }

    /// What a merge gives: the merged version, or the conflicts that stop it.
    public enum Outcome: Equatable, Sendable {
        case merged(SpecVersion)
        case conflicts([Conflict])
    }

    public init() {}

    /// Merges the change `base` → `ours` onto `theirs`. The result takes `ours`' effective date
    /// and whether its text is on file.
    public func merge(base: SpecVersion, ours: SpecVersion, theirs: SpecVersion) -> Outcome {
        var conflicts: [Conflict] = []
        func field<T: Equatable>(_ name: String, _ value: KeyPath<SpecVersion, T>) -> T {
            let (b, o, t) = (base[keyPath: value], ours[keyPath: value], theirs[keyPath: value])
            if o == t || t == b { return o }
            if o == b { return t }
            conflicts.append(Conflict(location: name, detail: "the proposal and main changed it differently"))
            return o
        }
        var merged = SpecVersion(title: field("title", \.title), effective: ours.effective, textOnFile: ours.textOnFile)
        merged.code = field("code", \.code)
        merged.levels = field("levels", \.levels)
        merged.flsa = field("FLSA status", \.flsa)
        merged.pay = field("pay", \.pay)
        merged.probation = field("probation", \.probation)
        merged.sourceDates = field("source dates", \.sourceDates)
        merged.attributes = field("attributes", \.attributes)
        merged.sections = Self.sections(base: base.sections, ours: ours.sections, theirs: theirs.sections,
                                        within: nil, conflicts: &conflicts)
        return conflicts.isEmpty ? .merged(merged) : .conflicts(conflicts)
    }

    /// A section's identity across the three versions: kind, level, heading (case and spacing
    /// ignored) and how many earlier siblings share them.
    struct SectionKey: Hashable {
        var kind: SectionKind
        var level: String?
        var heading: String?
        var repeatIndex: Int
    }

    static func keys(_ sections: [Section]) -> [SectionKey] {
        var seen: [SectionKey: Int] = [:]
        return sections.map { section in
            var key = SectionKey(kind: section.kind, level: section.level,
                                 heading: section.heading.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ").uppercased() },
                                 repeatIndex: 0)
            key.repeatIndex = seen[key, default: 0]
            seen[key, default: 0] += 1
            return key
        }
    }

    static func sections(base: [Section], ours: [Section], theirs: [Section], within parent: String?,
                         conflicts: inout [Conflict]) -> [Section] {
        if ours == theirs || theirs == base { return ours }
        if ours == base { return theirs }
        let (baseKeys, oursKeys, theirsKeys) = (keys(base), keys(ours), keys(theirs))
        let byKey = (Dictionary(uniqueKeysWithValues: zip(baseKeys, base)), Dictionary(uniqueKeysWithValues: zip(oursKeys, ours)),
                     Dictionary(uniqueKeysWithValues: zip(theirsKeys, theirs)))
        func name(_ key: SectionKey) -> String {
            let own = key.heading ?? key.kind.rawValue
            return parent.map { "\($0) > \(own)" } ?? own
        }
        let order: [SectionKey]
        switch ThreeWayListMerge.merge(base: baseKeys, ours: oursKeys, theirs: theirsKeys) {
        case .merged(let keys): order = keys
        case .conflict(let b, _, _):
            conflicts.append(Conflict(location: b.first.map(name) ?? parent ?? "sections",
                                      detail: "the proposal and main added, removed or reordered sections differently here"))
            return ours
        }
        // A section one side removed while the other changed it would lose that change.
        let kept = Set(order)
        for key in baseKeys where !kept.contains(key) {
            let changed = [byKey.1[key], byKey.2[key]].contains { $0 != nil && $0 != byKey.0[key] }
            if changed { conflicts.append(Conflict(location: name(key), detail: "one side removed the section while the other changed it")) }
        }
        return order.compactMap { key in
            let (b, o, t) = (byKey.0[key], byKey.1[key], byKey.2[key])
            guard let o else { return t }
            guard let t else { return o }
            if o == t { return o }
            guard let b else {
                conflicts.append(Conflict(location: name(key), detail: "the proposal and main each added this section with different text"))
                return o
            }
            return section(base: b, ours: o, theirs: t, name: name(key), conflicts: &conflicts)
        }
    }

    static func section(base: Section, ours: Section, theirs: Section, name: String, conflicts: inout [Conflict]) -> Section {
        var merged = ours
        func list<T: Equatable>(_ what: String, _ b: [T], _ o: [T], _ t: [T]) -> [T] {
            switch ThreeWayListMerge.merge(base: b, ours: o, theirs: t) {
            case .merged(let result): return result
            case .conflict:
                conflicts.append(Conflict(location: name, detail: "the proposal and main changed the same \(what) differently"))
                return o
            }
        }
        merged.text = list("paragraphs", base.text, ours.text, theirs.text)
        merged.items = list("items", base.items, ours.items, theirs.items)
        merged.sections = sections(base: base.sections, ours: ours.sections, theirs: theirs.sections, within: name, conflicts: &conflicts)
        if ours.heading != theirs.heading {
            // Same key, so the headings differ only in case or spacing: keep the side that changed it.
            merged.heading = ours.heading == base.heading ? theirs.heading : ours.heading
        }
        return merged
    }
}
