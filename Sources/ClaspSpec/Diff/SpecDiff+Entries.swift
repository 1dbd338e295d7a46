/// One list item or paragraph as the diff compares it.
struct EntryUnit {
    var id: String?
    var label: String?
    var text: String
    var percent: Int?

    init(text: String) { self.text = text }
    init(item: Item) {
        id = item.id; label = item.label; text = item.text; percent = item.percent
    }

    /// The words compared: a lead-in label belongs to the entry's meaning.
    var comparableText: String { label.map { "\($0): \(text)" } ?? text }
    /// As printed when a whole section is shown.
    var displayText: String { comparableText + (percent.map { " (\($0)%)" } ?? "") }
}

/// The entries of one section pair: aligned by ``ItemAligner``, then one change per pair that
/// differs, per split or merge, and per entry added or removed.
extension SpecDiff {
    func entryChanges(_ old: [EntryUnit], _ new: [EntryUnit], kind: ChangePath.Entry.Kind,
                      in context: SectionContext) -> [SpecChange] {
        guard !old.isEmpty || !new.isEmpty else { return [] }
        let alignment = ItemAligner.align(old.map { .init(id: $0.id, text: $0.comparableText) },
                                          new.map { .init(id: $0.id, text: $0.comparableText) },
                                          options: options)
        let category = context.resolvedCategory
        let noun = kind == .paragraph && context.noun == nil ? "Paragraph" : context.resolvedNoun
        func path(_ o: [Int], _ n: [Int], id: String? = nil, label: String? = nil, field: String? = nil) -> ChangePath {
            ChangePath(sections: context.steps,
                       entry: .init(kind: kind, oldPositions: o.map { $0 + 1 }, newPositions: n.map { $0 + 1 },
                                    id: id, label: label),
                       field: field)
        }
        var groups: [(key: Double, change: SpecChange)] = []
        for pair in alignment.pairs {
            let (a, b) = (old[pair.old], new[pair.new])
            let moved = alignment.moved.contains(pair.old)
            let where_ = "from position \(pair.old + 1) to \(pair.new + 1)"
            let entryPath = path([pair.old], [pair.new], id: b.id, label: b.label)
            if a.comparableText != b.comparableText {
                groups.append((Double(pair.new), textChange(
                    path: entryPath, operation: .reworded, category: category, noun: noun,
                    before: a.comparableText, after: b.comparableText,
                    isTentative: pair.similarity < options.rewordThreshold, editorialAllowed: !moved,
                    detail: moved ? "and moved \(where_)" : nil)))
            } else if moved {
                groups.append((Double(pair.new), textChange(
                    path: entryPath, operation: .moved, category: category, noun: noun,
                    before: a.comparableText, after: b.comparableText, detail: where_)))
            }
            if a.percent != b.percent {
                groups.append((Double(pair.new) + 0.1, textChange(
                    path: path([pair.old], [pair.new], id: b.id, label: b.label, field: "percent"),
                    operation: .fieldChanged, category: category,
                    noun: "Time share of \(noun.lowercased()) \(pair.new + 1)",
                    before: a.percent.map { "\($0)%" }, after: b.percent.map { "\($0)%" }, editorialAllowed: false)))
            }
        }
        for split in alignment.splits {
            groups.append((Double(split.new[0]), textChange(
                path: path([split.old], split.new), operation: .split, category: category, noun: noun,
                before: old[split.old].comparableText,
                after: split.new.map { new[$0].comparableText }.joined(separator: "\n"))))
        }
        for merge in alignment.merges {
            groups.append((Double(merge.new), textChange(
                path: path(merge.old, [merge.new]), operation: .merged, category: category, noun: noun,
                before: merge.old.map { old[$0].comparableText }.joined(separator: "\n"),
                after: new[merge.new].comparableText)))
        }
        let anchors = alignment.pairs.map { (old: $0.old, new: $0.new) }
            + alignment.splits.map { (old: $0.old, new: $0.new[0]) }
            + alignment.merges.flatMap { m in m.old.map { (old: $0, new: m.new) } }
        let removedKeys = DocumentOrder.keysForRemoved(alignment.removed, pairs: anchors)
        for o in alignment.removed {
            groups.append((removedKeys[o] ?? 0, textChange(
                path: path([o], [], id: old[o].id, label: old[o].label), operation: .removed, category: category,
                noun: noun, before: old[o].comparableText, after: nil)))
        }
        for n in alignment.added {
            groups.append((Double(n), textChange(
                path: path([], [n], id: new[n].id, label: new[n].label), operation: .added, category: category,
                noun: noun, before: nil, after: new[n].comparableText)))
        }
        return groups.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }
            .map(\.element.change)
    }
}
