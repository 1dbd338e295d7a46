/// Section trees: siblings are paired by kind, level and heading; a renamed heading of the same
/// kind and level is a heading change, not a removal and an addition.
extension SpecDiff {
    func sectionChanges(_ old: [Section], _ new: [Section], in context: SectionContext) -> [SpecChange] {
        let pairs = Self.alignSections(old, new, acrossLevels: options.alignsAcrossLevels)
        let pairedOld = Set(pairs.map(\.old)), pairedNew = Set(pairs.map(\.new))
        let removed = old.indices.filter { !pairedOld.contains($0) }
        let added = new.indices.filter { !pairedNew.contains($0) }
        let keep = ItemAligner.longestIncreasingRun(pairs.map(\.new))
        let removedKeys = DocumentOrder.keysForRemoved(removed, pairs: pairs)

        var groups: [(key: Double, changes: [SpecChange])] = []
        for (index, pair) in pairs.enumerated() {
            let (a, b) = (old[pair.old], new[pair.new])
            // A section kept in place with the same content changes nothing: most sections of a
            // revision are untouched, and aligning their entries was most of the diff's work.
            if a == b && keep.contains(index) { continue }
            let inner = context.entering(b)
            let path = ChangePath(sections: inner.steps)
            var changes: [SpecChange] = []
            if a.heading != b.heading {
                changes.append(textChange(path: ChangePath(sections: inner.steps, field: "heading"), operation: .fieldChanged,
                                          category: inner.resolvedCategory, noun: "Heading",
                                          before: a.heading, after: b.heading, readQuantities: false))
            }
            if a.kind != b.kind {
                changes.append(textChange(path: ChangePath(sections: inner.steps, field: "kind"), operation: .fieldChanged,
                                          category: .other, noun: "Section kind", before: a.kind.rawValue,
                                          after: b.kind.rawValue, editorialAllowed: false, readQuantities: false))
            }
            if !keep.contains(index) {
                changes.append(textChange(path: path, operation: .moved, category: inner.resolvedCategory,
                                          noun: Self.sectionNoun(b), before: a.heading, after: b.heading,
                                          detail: "from position \(pair.old + 1) to \(pair.new + 1)"))
            }
            changes += entryChanges(a.text.map { .init(text: $0) }, b.text.map { .init(text: $0) },
                                    kind: .paragraph, in: inner)
            changes += entryChanges(a.items.map { .init(item: $0) }, b.items.map { .init(item: $0) },
                                    kind: .item, in: inner)
            changes += sectionChanges(a.sections, b.sections, in: inner)
            groups.append((Double(pair.new), changes))
        }
        for o in removed {
            let inner = context.entering(old[o])
            groups.append((removedKeys[o] ?? 0, [textChange(
                path: ChangePath(sections: inner.steps), operation: .removed, category: inner.resolvedCategory,
                noun: Self.sectionNoun(old[o]), before: Self.flatten(old[o]), after: nil)]))
        }
        for n in added {
            let inner = context.entering(new[n])
            groups.append((Double(n), [textChange(
                path: ChangePath(sections: inner.steps), operation: .added, category: inner.resolvedCategory,
                noun: Self.sectionNoun(new[n]), before: nil, after: Self.flatten(new[n]))]))
        }
        return groups.sorted { $0.key < $1.key }.flatMap(\.changes)
    }

    /// Sibling pairs, tried in order of strictness: same kind, level and heading; same kind and
    /// level (a renamed heading); same level and heading (a re-classified kind); and, comparing
    /// across levels, same kind.
    static func alignSections(_ old: [Section], _ new: [Section], acrossLevels: Bool = false) -> [(old: Int, new: Int)] {
        var pairs: [(old: Int, new: Int)] = []
        var oldFree = Array(old.indices), newFree = Array(new.indices)
        // Normalised headings are made only when the written ones differ, and once per section:
        // normalising cost more than the rest of the pairing, and most headings are unchanged.
        var oldHeadings = [String?](repeating: nil, count: old.count), newHeadings = [String?](repeating: nil, count: new.count)
        func sameHeading(_ o: Int, _ n: Int) -> Bool {
            if old[o].heading == new[n].heading { return true }
            if oldHeadings[o] == nil { oldHeadings[o] = DiffText.normalisedKey(old[o].heading ?? "") }
            if newHeadings[n] == nil { newHeadings[n] = DiffText.normalisedKey(new[n].heading ?? "") }
            return oldHeadings[o] == newHeadings[n]
        }
        func sameLevel(_ o: Int, _ n: Int) -> Bool { (old[o].level ?? "") == (new[n].level ?? "") }
        func pass(_ matches: (Int, Int) -> Bool) {
            for o in oldFree {
                guard let n = newFree.first(where: { matches(o, $0) }) else { continue }
                pairs.append((o, n))
                oldFree.removeAll { $0 == o }
                newFree.removeAll { $0 == n }
            }
        }
        pass { old[$0].kind == new[$1].kind && sameLevel($0, $1) && sameHeading($0, $1) }
        pass { old[$0].kind == new[$1].kind && sameLevel($0, $1) }
        pass { sameLevel($0, $1) && sameHeading($0, $1) }
        if acrossLevels { pass { old[$0].kind == new[$1].kind } }
        return pairs.sorted { $0.old < $1.old }
    }

    static func sectionNoun(_ section: Section) -> String {
        if let heading = section.heading { return "Section “\(heading)”" }
        return "Section (\(section.kind.rawValue))"
    }

    /// A whole section as text, for a section added or removed in one piece. The section's own
    /// heading is left out (the path names it); nested headings are kept.
    static func flatten(_ section: Section) -> String {
        flatten(section, withHeading: false)
    }

    private static func flatten(_ section: Section, withHeading: Bool) -> String {
        var lines: [String] = []
        if withHeading, let heading = section.heading { lines.append(heading) }
        lines += section.text
        lines += section.items.map { EntryUnit(item: $0).displayText }
        lines += section.sections.map { flatten($0, withHeading: true) }
        return lines.joined(separator: "\n")
    }
}
