import ClaspSpec

/// Writes specification versions that read like an agency's: a definition, supervision,
/// eight to fourteen duties, knowledge and abilities, experience and education, with FLSA
/// status, pay band and series levels; later versions edit a few of their parts, as a
/// classification study would.
struct SpecTextGenerator {
    /// What stays fixed for a class across its versions.
    struct Profile {
        var family: SpecWordLists.Family
        var title: String
        var levels: Int
        var code: String
    }

    /// A profile for a new class, its title unique among `taken`.
    static func profile(_ random: inout SeededRandom, index: Int, taken: inout Set<String>) -> Profile {
        let family = random.pick(SpecWordLists.families)
        var title = ""
        repeat {
            title = random.pick(SpecWordLists.ranks) + random.pick(family.occupations)
            if taken.contains(title) { title += " \(random.pick(["Trainee", "Specialist", "Coordinator", "Technician"]))" }
            if taken.contains(title) { title = "\(family.name.capitalized) \(title) \(index)" }
        } while taken.contains(title)
        taken.insert(title)
        return Profile(family: family, title: title, levels: random.chance(35) ? random.int(in: 2...3) : 1,
                       code: String(format: "%04d", 1000 + index))
    }

    /// The first version of a class.
    static func first(_ profile: Profile, title: String, effective: PlanDate, random: inout SeededRandom) -> SpecVersion {
        let family = profile.family
        let levelTitles = profile.levels > 1
            ? (0..<profile.levels).map { SeriesLevel(level: SpecWordLists.numerals[$0], title: "\(title) \(SpecWordLists.numerals[$0])") }
            : []
        let duties = (0..<random.int(in: 10...18)).map { index in
            Item(id: "d\(index + 1)", text: duty(family, &random))
        }
        let knowledge = (0..<random.int(in: 6...11)).map { _ in
            Item(text: "\(random.pick(["Principles and practices of", "Methods and techniques of", "Applicable laws governing", "Modern practices in"])) \(random.pick(family.subjects)).")
        }
        let abilities = random.shuffled(SpecWordLists.abilities).prefix(random.int(in: 5...8)).map { Item(text: "\($0.prefix(1).uppercased())\($0.dropFirst()).") }
        let years = random.pick(SpecWordLists.years)
        let sections = [
            Section(kind: .definition, heading: "DEFINITION", text: [
                "Under \(random.pick(["general", "direct", "close"])) supervision, performs a variety of \(family.name) work involving \(random.pick(family.objects)) and \(random.pick(family.objects)); \(random.pick(SpecWordLists.manners)); and performs related work as required.",
            ]),
            Section(kind: .distinguishingCharacteristics, heading: "DISTINGUISHING CHARACTERISTICS", text: [
                "This is the \(random.pick(["journey", "advanced journey", "entry", "lead"]))-level class in the \(family.name) series. Incumbents are expected to work \(random.pick(SpecWordLists.manners)) and are distinguished from the next higher class by the scope of \(random.pick(family.objects)) they are responsible for.",
            ]),
            Section(kind: .supervisionReceived, heading: "SUPERVISION RECEIVED AND EXERCISED", text: [
                "Receives \(random.pick(["general", "direct"])) supervision from a \(random.pick(family.occupations)) or higher-level manager. \(random.chance(40) ? "Exercises technical and functional supervision over clerical staff." : "Exercises no supervision.")",
            ]),
            Section(kind: .duties, heading: "EXAMPLES OF ESSENTIAL DUTIES", items: duties),
            Section(kind: .knowledge, heading: "Knowledge of:", items: knowledge),
            Section(kind: .abilities, heading: "Ability to:", items: Array(abilities)),
            Section(kind: .experience, heading: "Experience:", text: [
                "\(years) years of increasingly responsible experience in \(random.pick(family.subjects)), including work with \(random.pick(family.objects)).",
            ]),
            Section(kind: .education, heading: "Education:", text: [
                "Equivalent to \(random.pick(SpecWordLists.educations)) with course work in \(random.pick(family.subjects)) or a related field.",
            ]),
            Section(kind: .licenses, heading: "License or Certificate:", text: [
                random.chance(50) ? "Possession of a valid California class C driver's license." : "None required.",
            ]),
            Section(kind: .physicalDemands, heading: "PHYSICAL DEMANDS", text: [
                "Mobility to \(random.pick(["work in a standard office setting", "inspect work sites", "operate heavy equipment"])) and to use standard office equipment; vision to read printed materials and a computer screen; hearing and speech to communicate in person and over the telephone; strength to lift and carry up to \(random.pick(["10", "25", "50"])) pounds.",
            ]),
        ]
        let low = 38_000 + random.below(60) * 1_000
        return SpecVersion(title: title, effective: effective, code: profile.code, levels: levelTitles,
                           flsa: random.chance(40) ? .exempt : .nonExempt,
                           pay: PayPlacement(band: "B\(random.int(in: 10...45))", range: money(low, low * 13 / 10)),
                           probation: random.pick(["6 months", "12 months"]), sections: sections)
    }

    /// The next version: a new title and date, one to three duties rewritten, added or dropped,
    /// sometimes a new experience requirement or pay band.
    static func next(after previous: SpecVersion, _ profile: Profile, title: String, effective: PlanDate,
                     random: inout SeededRandom) -> SpecVersion {
        var version = previous
        version.title = title
        version.effective = effective
        version.levels = version.levels.map { SeriesLevel(level: $0.level, title: "\(title) \($0.level)") }
        for _ in 0..<random.int(in: 1...3) {
            guard let duties = version.sections.firstIndex(where: { $0.kind == .duties }) else { break }
            var items = version.sections[duties].items
            switch random.below(3) {
            case 0 where items.count > 6:
                items.remove(at: random.below(items.count))
            case 1:
                items.append(Item(id: "d\(items.count + 1)-\(effective.year)", text: duty(profile.family, &random)))
            default:
                items[random.below(items.count)].text = duty(profile.family, &random)
            }
            version.sections[duties].items = items
        }
        if random.chance(30), let experience = version.sections.firstIndex(where: { $0.kind == .experience }) {
            version.sections[experience].text = ["\(random.pick(SpecWordLists.years)) years of increasingly responsible experience in \(random.pick(profile.family.subjects))."]
        }
        if random.chance(50) {
            let low = 38_000 + random.below(80) * 1_000
            version.pay = PayPlacement(band: "B\(random.int(in: 10...50))", range: money(low, low * 13 / 10))
        }
        return version
    }

    /// "$52,000 - $67,600", grouped by hand so the text does not depend on the machine's locale.
    private static func money(_ low: Int, _ high: Int) -> String {
        func grouped(_ value: Int) -> String {
            let digits = String(value)
            var out = ""
            for (offset, digit) in digits.enumerated() {
                if offset > 0, (digits.count - offset) % 3 == 0 { out += "," }
                out.append(digit)
            }
            return out
        }
        return "$\(grouped(low)) - $\(grouped(high))"
    }

    private static func duty(_ family: SpecWordLists.Family, _ random: inout SeededRandom) -> String {
        "\(random.pick(SpecWordLists.verbs)) \(random.pick(family.objects)) \(random.pick(SpecWordLists.manners)); \(random.pick(SpecWordLists.verbs).lowercased()) related \(random.pick(family.objects))."
    }
}
