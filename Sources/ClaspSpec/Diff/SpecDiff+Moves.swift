/// Text moved from one section to another: an entry removed here and the same entry (or the
/// same entry reworded) added there is one move, as a reader sees it, not a removal and an
/// unrelated addition. Entries of a whole section removed or added take part too, so a section
/// dissolved into its neighbours reads as moves, and the section's removal keeps only what did
/// not move.
///
/// Routing is unchanged by this: a move takes the category of the section it lands in and
/// names where it came from in ``SpecChange/origin``, whose category
/// ``SpecChangeSet/categories`` counts as well.
extension SpecDiff {
    /// One entry that left or entered a section.
    private struct Candidate {
        var change: Int
        var steps: [ChangePath.Step]
        var kind: ChangePath.Entry.Kind
        var position: Int
        var id: String?
        var label: String?
        var text: String
        var key: String
    }

    /// The fewest normalised words an entry needs to be recognised elsewhere: "None." removed
    /// from one section and added to another is not a move.
    static let movableWords = 4

    /// `changes` with removals and additions of the same text in different sections turned into moves.
    func movedChanges(_ changes: [SpecChange], old: SpecVersion, new: SpecVersion) -> [SpecChange] {
        let gone = candidates(changes, .removed, old.sections)
        let came = candidates(changes, .added, new.sections)
        guard !gone.isEmpty, !came.isEmpty else { return changes }
        let goneBags = gone.map { DiffText.bag(DiffText.contentWords($0.text)) }
        let cameBags = came.map { DiffText.bag(DiffText.contentWords($0.text)) }
        var scores = [[Double]](repeating: [], count: gone.count)
        for (r, g) in gone.enumerated() {
            scores[r] = came.indices.map { c in
                g.steps == came[c].steps ? 0 : g.key == came[c].key ? 1 : DiffText.similarity(goneBags[r], cameBags[c])
            }
        }
        // The assignment pads to a square of the longer side, so that side bounds its cost: one
        // entry removed beside a whole new section of hundreds is paired best-first.
        let side = max(gone.count, came.count)
        let assignment = side * side <= options.assignmentCellCap
            ? Hungarian.assign(scores.map { $0.map { 1 - $0 } })
            : ItemAligner.bestFirst(scores)
        var goneTaken = Set<Int>(), cameTaken = Set<Int>()
        var movesInto: [Int: [(position: Int, change: SpecChange)]] = [:]
        for (r, column) in assignment.enumerated() {
            guard let column, scores[r][column] >= options.rewordThreshold else { continue }
            goneTaken.insert(r); cameTaken.insert(column)
            movesInto[came[column].change, default: []].append((came[column].position, move(gone[r], came[column])))
        }
        guard !goneTaken.isEmpty else { return changes }
        // Each change's own candidates: one for a single entry, several for a whole section.
        let goneOf = Dictionary(grouping: gone.indices, by: { gone[$0].change })
        let cameOf = Dictionary(grouping: came.indices, by: { came[$0].change })
        var out: [SpecChange] = []
        for (k, change) in changes.enumerated() {
            let isEntry = change.path.entry != nil
            if change.operation == .removed, let mine = goneOf[k] {
                let remaining = mine.filter { !goneTaken.contains($0) }.map { gone[$0] }
                if isEntry {
                    if !remaining.isEmpty { out.append(change) }
                } else {
                    out.append(remaining.count == mine.count ? change : shrunk(change, to: remaining))
                }
            } else if change.operation == .added, let mine = cameOf[k] {
                let remaining = mine.filter { !cameTaken.contains($0) }.map { came[$0] }
                let moves = (movesInto[k] ?? []).sorted { $0.position < $1.position }.map(\.change)
                if isEntry {
                    out += remaining.isEmpty ? moves : [change]
                } else {
                    out.append(remaining.count == mine.count ? change : shrunk(change, to: remaining))
                    out += moves
                }
            } else {
                out.append(change)
            }
        }
        return out
    }

    /// The move of one entry from where `g` stood to where `c` stands.
    private func move(_ g: Candidate, _ c: Candidate) -> SpecChange {
        // Named as what it was ("Duty moved from … to …"), filed under where it is now.
        let from = SectionContext(steps: g.steps), to = SectionContext(steps: c.steps)
        let reworded = g.key != c.key
        var change = textChange(
            path: ChangePath(sections: c.steps, entry: .init(kind: c.kind, oldPositions: [g.position + 1],
                                                              newPositions: [c.position + 1], id: c.id, label: c.label)),
            operation: .moved, category: to.resolvedCategory, noun: from.resolvedNoun,
            before: g.text, after: c.text, editorialAllowed: false,
            detail: "from \(Self.place(g.steps)) to \(Self.place(c.steps))" + (reworded ? " and reworded" : ""))
        change.origin = ChangePath(sections: g.steps, entry: .init(kind: g.kind, oldPositions: [g.position + 1],
                                                                   newPositions: [], id: g.id, label: g.label))
        return change
    }

    /// A whole section's addition or removal, without the entries that moved.
    private func shrunk(_ change: SpecChange, to remaining: [Candidate]) -> SpecChange {
        let text = remaining.isEmpty ? nil : remaining.map(\.text).joined(separator: "\n")
        let noun = change.path.sections.last.map { step in
            step.heading.map { "Section “\($0)”" } ?? "Section (\(step.kind.rawValue))"
        } ?? "Section"
        var shrunk = textChange(path: change.path, operation: change.operation, category: change.category, noun: noun,
                                before: change.operation == .removed ? text : nil,
                                after: change.operation == .added ? text : nil)
        if options.describesChanges, text == nil {
            let verb = change.operation == .removed ? "removed; its text moved elsewhere" : "added; its text moved here"
            shrunk.summary = "\(noun) \(verb)"
        }
        return shrunk
    }

    /// A section's name for a sentence: its heading, or its kind when it has none.
    static func place(_ steps: [ChangePath.Step]) -> String {
        guard let step = steps.last else { return "the top" }
        return step.heading.map { "“\($0)”" } ?? step.kind.rawValue
    }

    /// The entries removed (or added) by `operation`: single entries, and every entry of a whole
    /// section removed (or added), found again in the version's tree by the section path.
    private func candidates(_ changes: [SpecChange], _ operation: ChangeOperation, _ sections: [Section]) -> [Candidate] {
        var found: [Candidate] = []
        func add(_ k: Int, _ steps: [ChangePath.Step], _ kind: ChangePath.Entry.Kind, _ position: Int,
                 _ text: String, id: String? = nil, label: String? = nil) {
            let key = DiffText.normalisedKey(text)
            guard key.split(separator: " ").count >= Self.movableWords else { return }
            found.append(Candidate(change: k, steps: steps, kind: kind, position: position, id: id, label: label,
                                   text: text, key: key))
        }
        func addAll(_ k: Int, _ section: Section, _ steps: [ChangePath.Step]) {
            for (p, text) in section.text.enumerated() { add(k, steps, .paragraph, p, text) }
            for (p, item) in section.items.enumerated() {
                add(k, steps, .item, p, EntryUnit(item: item).comparableText, id: item.id, label: item.label)
            }
            for nested in section.sections {
                addAll(k, nested, steps + [ChangePath.Step(kind: nested.kind, level: nested.level, heading: nested.heading)])
            }
        }
        for (k, change) in changes.enumerated() where change.operation == operation && change.path.field == nil {
            if let entry = change.path.entry {
                let positions = operation == .removed ? entry.oldPositions : entry.newPositions
                guard positions.count == 1, let text = operation == .removed ? change.before : change.after else { continue }
                add(k, change.path.sections, entry.kind, positions[0] - 1, text, id: entry.id, label: entry.label)
            } else if let section = Self.section(at: change.path.sections, in: sections) {
                addAll(k, section, change.path.sections)
            }
        }
        return found
    }

    /// The section a path names, step by step (first match at each level).
    static func section(at steps: [ChangePath.Step], in sections: [Section]) -> Section? {
        guard let step = steps.first,
              let match = sections.first(where: { $0.kind == step.kind && $0.level == step.level && $0.heading == step.heading })
        else { return nil }
        return steps.count == 1 ? match : section(at: Array(steps.dropFirst()), in: match.sections)
    }
}
