/// Maps a heading as written to the section vocabulary (DESIGN §3).
///
/// Agencies word the same heading many ways ("EXAMPLES OF ESSENTIAL DUTIES", "Essential
/// Functions"), so the rules look for the telling word rather than exact titles; order matters
/// ("Experience and Training" is a group of qualifications, not experience alone).
enum HeadingClassifier {
    static func kind(of heading: String) -> SectionKind {
        // A phrase matches only at a word start, its last word possibly a stem ("abilit" matches
        // "abilities"): "nonsupervisory" is not "supervisory". The plain `contains` test first
        // keeps this fast on hostile input; the word-boundary form is built only on a hit.
        let lower = heading.lowercased()
        var spaced: String?
        func bounded() -> String {
            if let spaced { return spaced }
            let made = " " + String(lower.map { $0.isLetter ? $0 : " " }) + " "
            spaced = made
            return made
        }
        func has(_ phrases: String...) -> Bool {
            phrases.contains { lower.contains($0) && bounded().contains(" " + $0) }
        }
        func word(_ word: String) -> Bool { lower.contains(word) && bounded().contains(" \(word) ") }
        if lower.trimmingWhitespace == "description" || has("general description", "brief description", "position summary",
                                                           "job summary", "about the role", "about the job") { return .summary }
        if has("summary", "basic function", "general purpose", "job purpose", "position purpose", "purpose of",
               "overview", "nature of work", "general statement") { return .summary }
        if has("definition", "class series concept", "series concept", "class concept", "class characteristics",
               "level description") { return .definition }
        if has("distinguishing") { return .distinguishingCharacteristics }
        if has("supervision", "supervisory") {
            switch (has("received"), has("exercised")) {
            case (true, false): return .supervisionReceived
            case (false, true): return .supervisionExercised
            default: return .supervision
            }
        }
        if has("duties", "essential functions", "essential function", "typical work", "examples of work",
               "illustrative examples", "accountabilities", "key responsibilities", "major responsibilities",
               "main responsibilities", "responsibilities and duties", "job responsibilities", "tasks",
               "what you will do", "what you ll do") { return .duties }
        if has("physical demand", "physical and mental", "mental and physical", "physical requirement") {
            return .physicalDemands
        }
        if has("special requirement", "conditions of employment", "special condition") { return .licenses }
        if has("licens", "certific") { return .licenses }
        if has("qualification", "background", "person specification", "essential criteria", "desirable criteria",
               "requirements") { return .qualifications }
        if has("equivalen", "substitut") { return .education }
        if isRequirementGroup(heading) { return .qualifications }
        if word("exam") || word("exams") || has("examin", "application", "apply", "applying", "selection", "recruitment", "notice", "filing",
               "how you will be evaluated", "required documents", "benefits", "preference", "interview", "closing",
               "deadline", "hiring process", "testing", "agency contact", "next steps", "how to", "what to expect",
               "things you need to know", "eligibility list", "equal employment", "accommodation") { return .recruitment }
        if has("knowledge") { return .knowledge }
        if has("abilit") { return .abilities }
        if has("competenc", "behaviour", "behavior") { return .competencies }
        if has("skill") { return .skills }
        if has("experience") { return .experience }
        if has("education", "training") { return .education }
        if has("environment", "working conditions", "work conditions") { return .environment }
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
