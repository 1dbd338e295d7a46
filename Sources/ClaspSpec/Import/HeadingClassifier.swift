/// Maps a heading as written to the section vocabulary (DESIGN §3).
///
/// Agencies word the same heading many ways ("EXAMPLES OF ESSENTIAL DUTIES", "Essential
/// Functions"), so the rules look for the telling word rather than exact titles; order matters
/// ("Experience and Training" is a group of qualifications, not experience alone).
enum HeadingClassifier {
    static func kind(of heading: String) -> SectionKind {
        // A phrase matches only at a word start, its last word possibly a stem ("abilit" matches
        // "abilities"): "nonsupervisory" is not "supervisory". Bytes and static strings keep this
        // free of bridging and allocation, so 50,000 lines of hostile input stay fast.
        let lower = heading.lowercased()
        let bytes: [UInt8] = Array(lower.utf8)
        func matches(_ phrase: StaticString, wholeWord: Bool) -> Bool {
            let count = phrase.utf8CodeUnitCount
            guard count > 0, bytes.count >= count else { return false }
            let start = phrase.utf8Start
            var position = 0
            while position + count <= bytes.count {
                if bytes[position] == start[0], position == 0 || !Self.isLetter(bytes[position - 1]) {
                    var offset = 1
                    while offset < count, bytes[position + offset] == start[offset] { offset += 1 }
                    if offset == count, !wholeWord || position + count == bytes.count || !Self.isLetter(bytes[position + count]) {
                        return true
                    }
                }
                position += 1
            }
            return false
        }
        func has(_ phrases: StaticString...) -> Bool { phrases.contains { matches($0, wholeWord: false) } }
        func word(_ word: StaticString) -> Bool { matches(word, wholeWord: true) }
        if lower.trimmingWhitespace == "description" || has("general description", "brief description", "position summary",
                                                           "job summary", "about the role", "about the job") { return .summary }
        if has("summary", "basic function", "general purpose", "job purpose", "position purpose", "class purpose", "purpose of",
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
               "what you will do", "what you'll do", "what you’ll do", "the role") { return .duties }
        if has("what you need", "what you will need", "what you'll need", "what you’ll need", "what we're looking for",
               "what we’re looking for", "who you are", "about you") { return .qualifications }
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
               "things you need to know", "eligibility list", "equal employment", "accommodation", "what we offer") {
            return .recruitment
        }
        if has("knowledge") { return .knowledge }
        if has("abilit") { return .abilities }
        if has("competenc", "behaviour", "behavior") { return .competencies }
        if has("skill") { return .skills }
        if has("experience") { return .experience }
        if has("education", "training") { return .education }
        if has("environment", "working conditions", "work conditions") { return .environment }
        return .other
    }

    /// ASCII letters and every byte of a multi-byte character count as letters at a word boundary.
    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || byte >= 0x80
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
