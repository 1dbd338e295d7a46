/// Maps a heading as written to the section vocabulary (DESIGN §3).
///
/// Agencies word the same heading many ways ("EXAMPLES OF ESSENTIAL DUTIES", "Essential
/// Functions"), so the rules look for the telling word rather than exact titles; order matters
/// ("Experience and Training" is a group of qualifications, not experience alone).
enum HeadingClassifier {
    static func kind(of heading: String) -> SectionKind {
        let text = heading.lowercased()
        func has(_ words: String...) -> Bool { words.contains { text.contains($0) } }
        if has("summary") { return .summary }
        if has("definition") { return .definition }
        if has("distinguishing") { return .distinguishingCharacteristics }
        if has("supervision", "supervisory") {
            switch (has("received"), has("exercised")) {
            case (true, false): return .supervisionReceived
            case (false, true): return .supervisionExercised
            default: return .supervision
            }
        }
        if has("duties", "essential functions") { return .duties }
        if has("qualification", "background") { return .qualifications }
        if has("equivalen", "substitut") { return .education }
        if isRequirementGroup(heading) { return .qualifications }
        if has("knowledge") { return .knowledge }
        if has("abilit") { return .abilities }
        if has("competenc") { return .competencies }
        if has("skill") { return .skills }
        if has("experience") { return .experience }
        if has("education", "training") { return .education }
        if has("licens", "certific") { return .licenses }
        if has("physical demand") { return .physicalDemands }
        if has("environment", "working conditions") { return .environment }
        return .other
    }

    /// "Experience and Training": a group holding exactly an experience and an education part.
    static func isRequirementGroup(_ heading: String) -> Bool {
        let text = heading.lowercased()
        return text.contains("experience") && (text.contains("training") || text.contains("education"))
            && !text.contains("equivalen") && !text.contains("qualification") && !text.contains("background")
    }

    /// The kinds a section of `parent` kind may hold as nested parts, so "Knowledge of:" under
    /// "MINIMUM QUALIFICATIONS" nests rather than starting a new top-level section.
    static func accepts(_ parent: Section, child: SectionKind) -> Bool {
        switch parent.kind {
        case .qualifications:
            if let heading = parent.heading, isRequirementGroup(heading) { return [.experience, .education].contains(child) }
            return [.knowledge, .abilities, .skills, .competencies, .experience, .education, .licenses, .qualifications]
                .contains(child)
        case .supervision:
            return [.supervisionReceived, .supervisionExercised].contains(child)
        default:
            return false
        }
    }

    /// Kinds whose paragraphs are list items rather than running text.
    static let listKinds: Set<SectionKind> = [.duties, .knowledge, .abilities, .skills, .competencies, .environment]

    /// Kinds that, inside a list, read as an item's label ("Human Collaboration Skills: ...")
    /// rather than a new heading.
    static let itemLabelKinds: Set<SectionKind> = [.other, .skills, .competencies, .knowledge, .abilities]
}
