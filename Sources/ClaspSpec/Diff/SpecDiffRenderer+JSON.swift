import Foundation

extension SpecDiffRenderer {
    /// The change set as JSON with sorted keys and two-space indentation, so the same changes
    /// always give the same bytes. The shape is documented in `JSON-SHAPE.md` next to this file
    /// (format `clasp.spec-diff/1`); keys whose value is absent are left out, never `null`.
    ///
    /// - Parameter set: the changes.
    /// - Returns: a JSON document ending in a newline.
    public static func json(_ set: SpecChangeSet) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain structs of strings, numbers and arrays cannot fail.
        guard let data = try? encoder.encode(Document(set)), let text = String(data: data, encoding: .utf8) else {
            return "{}\n"
        }
        return text + "\n"
    }

    private struct Document: Encodable {
        var format = "clasp.spec-diff/1"
        var from: Side
        var to: Side
        var summary: Counts
        var changes: [Change]

        init(_ set: SpecChangeSet) {
            from = Side(title: set.from.title, effective: set.from.effective.iso)
            to = Side(title: set.to.title, effective: set.to.effective.iso)
            summary = Counts(substantive: set.substantiveCount, editorial: set.editorialCount,
                             categories: set.categories.sorted().map(\.rawValue),
                             sections: set.sectionTallies.map { tally in
                                 Tally(section: tally.section, counts: tally.counts.map { Tally.Count(kind: $0.kind, count: $0.count) })
                             })
            changes = set.changes.map(Change.init)
        }
    }

    private struct Side: Encodable { var title: String; var effective: String }
    private struct Counts: Encodable {
        var substantive: Int; var editorial: Int; var categories: [String]; var sections: [Tally]
    }
    private struct Tally: Encodable {
        struct Count: Encodable { var kind: String; var count: Int }
        var section: String; var counts: [Count]
    }

    private struct Change: Encodable {
        var path: Path
        var operation: String
        var category: String
        var tentative: Bool
        var summary: String
        var before: String?
        var after: String?
        var words: [Segment]
        var quantities: [Quantity]
        var origin: Path?

        init(_ c: SpecChange) {
            path = Path(c.path)
            origin = c.origin.map(Path.init)
            operation = c.operation.rawValue
            category = c.category.rawValue
            tentative = c.isTentative
            summary = c.summary
            before = c.before
            after = c.after
            words = c.words.map { Segment(kind: $0.kind.rawValue, text: $0.text) }
            quantities = c.quantities.map {
                Quantity(before: $0.before, after: $0.after, beforeText: $0.beforeText, afterText: $0.afterText,
                         unit: $0.unit, direction: $0.direction.rawValue)
            }
        }
    }

    private struct Path: Encodable {
        var key: String
        var sections: [Step]
        var entry: Entry?
        var field: String?
        init(_ p: ChangePath) {
            key = p.description
            sections = p.sections.map { Step(kind: $0.kind.rawValue, level: $0.level, heading: $0.heading) }
            entry = p.entry.map { Entry(kind: $0.kind.rawValue, old: $0.oldPositions, new: $0.newPositions, id: $0.id, label: $0.label) }
            field = p.field
        }
    }

    private struct Step: Encodable { var kind: String; var level: String?; var heading: String? }
    private struct Entry: Encodable { var kind: String; var old: [Int]; var new: [Int]; var id: String?; var label: String? }
    private struct Segment: Encodable { var kind: String; var text: String }
    private struct Quantity: Encodable {
        var before: Double; var after: Double; var beforeText: String; var afterText: String
        var unit: String?; var direction: String
    }
}
