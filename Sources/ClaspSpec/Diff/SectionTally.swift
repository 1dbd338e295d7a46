/// How many changes of each kind one section has, for the summary a reader sees before the
/// list of changes ("EXAMPLES OF ESSENTIAL DUTIES: 2 added, 1 reworded, 1 moved in").
public struct SectionTally: Sendable, Equatable {
    /// The section as a reader follows it ("MINIMUM QUALIFICATIONS › Experience:"), or
    /// ``SectionTally/classRecord`` for typed fields (title, code, FLSA, pay, …).
    public var section: String
    /// Kinds of change in a fixed order ("added", "removed", "reworded", "edited", "moved",
    /// "moved in", "moved out", …) with how many of each.
    public var counts: [(kind: String, count: Int)]

    /// The group typed fields are counted under.
    public static let classRecord = "Class record"

    /// "EXAMPLES OF ESSENTIAL DUTIES: 2 added, 1 reworded, 1 moved in".
    public var line: String {
        section + ": " + counts.map { "\($0.count) \($0.kind)" }.joined(separator: ", ")
    }

    public static func == (a: SectionTally, b: SectionTally) -> Bool {
        a.section == b.section && a.counts.map(\.kind) == b.counts.map(\.kind) && a.counts.map(\.count) == b.counts.map(\.count)
    }

    static let order = ["added", "removed", "reworded", "edited (editorial)", "moved", "moved in", "moved out",
                        "split", "merged", "changed", "time share changed", "heading changed", "section added", "section removed"]
}

extension SpecChangeSet {
    /// One tally per section with changes, in the order the changes first reach it. Text moved
    /// between sections counts as "moved in" where it lands and "moved out" where it left.
    public var sectionTallies: [SectionTally] {
        var sections: [String] = []
        var counts: [String: [String: Int]] = [:]
        func count(_ section: String, _ kind: String) {
            if counts[section] == nil { sections.append(section); counts[section] = [:] }
            counts[section]?[kind, default: 0] += 1
        }
        for change in changes {
            let section = change.path.sections.isEmpty ? SectionTally.classRecord : Self.tallyName(change.path.sections)
            if let origin = change.origin {
                count(section, "moved in")
                count(Self.tallyName(origin.sections), "moved out")
                continue
            }
            count(section, Self.tallyKind(change))
        }
        return sections.map { section in
            let tally = counts[section] ?? [:]
            let known = SectionTally.order.compactMap { kind in tally[kind].map { (kind: kind, count: $0) } }
            return SectionTally(section: section, counts: known)
        }
    }

    /// The readable path of a section, without the colons headings often end in
    /// ("Experience:"), which would double up before the tally's own colon.
    private static func tallyName(_ steps: [ChangePath.Step]) -> String {
        ChangePath(sections: steps).readable.split(separator: " › ").map { part in
            var name = Substring(part)
            while let last = name.last, last == ":" || last == " " { name.removeLast() }
            return String(name)
        }.joined(separator: " › ")
    }

    private static func tallyKind(_ change: SpecChange) -> String {
        let wholeSection = change.path.entry == nil && change.path.field == nil && !change.path.sections.isEmpty
        switch change.operation {
        case .added: return wholeSection ? "section added" : "added"
        case .removed: return wholeSection ? "section removed" : "removed"
        case .reworded: return change.isSubstantive ? "reworded" : "edited (editorial)"
        case .moved: return "moved"
        case .split: return "split"
        case .merged: return "merged"
        case .fieldChanged:
            if !change.isSubstantive { return "edited (editorial)" }
            switch change.path.field {
            case "heading": return "heading changed"
            case "percent": return "time share changed"
            default: return "changed"
            }
        }
    }
}
