/// What the diff knows about where it is in the section tree: the path so far, the category
/// and noun that changes found here take (inherited through sections of kind `other`).
struct SectionContext {
    var steps: [ChangePath.Step]
    var category: ChangeCategory?
    var noun: String?

    static let top = SectionContext(steps: [], category: nil, noun: nil)

    init(steps: [ChangePath.Step], category: ChangeCategory?, noun: String?) {
        self.steps = steps; self.category = category; self.noun = noun
    }

    /// The context at the end of a path, as if each of its sections had been entered in turn.
    init(steps: [ChangePath.Step]) {
        self.init(steps: steps,
                  category: steps.compactMap { ChangeCategory.of($0.kind) }.last,
                  noun: steps.compactMap { Self.noun(for: $0.kind) }.last)
    }

    func entering(_ section: Section) -> SectionContext {
        SectionContext(steps: steps + [ChangePath.Step(kind: section.kind, level: section.level, heading: section.heading)],
                       category: ChangeCategory.of(section.kind) ?? category,
                       noun: Self.noun(for: section.kind) ?? noun)
    }

    var resolvedCategory: ChangeCategory { category ?? .other }
    var resolvedNoun: String { noun ?? "Text" }

    /// How a summary names one entry of a section of this kind ("Duty added").
    static func noun(for kind: SectionKind) -> String? {
        switch kind {
        case .summary: return "Summary"
        case .definition: return "Definition"
        case .distinguishingCharacteristics: return "Distinguishing characteristic"
        case .supervisionReceived: return "Supervision received"
        case .supervisionExercised: return "Supervision exercised"
        case .supervision: return "Supervision"
        case .duties: return "Duty"
        case .qualifications: return "Qualification"
        case .knowledge: return "Knowledge item"
        case .abilities: return "Ability"
        case .skills: return "Skill"
        case .competencies: return "Competency"
        case .experience: return "Experience"
        case .education: return "Education"
        case .licenses: return "License requirement"
        case .physicalDemands: return "Physical demand"
        case .environment: return "Working condition"
        case .recruitment: return "Recruitment note"
        case .other: return nil
        }
    }
}

/// Where removed things go in document order: just after the newer position of the nearest
/// older neighbour that survived.
enum DocumentOrder {
    static func keysForRemoved(_ removed: [Int], pairs: [(old: Int, new: Int)]) -> [Int: Double] {
        var keys: [Int: Double] = [:]
        for o in removed {
            let anchor = pairs.filter { $0.old < o }.max { $0.old < $1.old }
            keys[o] = Double(anchor?.new ?? -1) + 0.5 + Double(o) * 1e-6
        }
        return keys
    }
}
