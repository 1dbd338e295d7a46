package import ClaspSpec

extension PlanGenerator {
    /// The lineage of the plan `generate` would write, without writing it: every class's record
    /// (all its events) and version titles, for measuring lineage queries on large plans.
    package func lineageClasses() -> [LineageClass] {
        var random = SeededRandom(seed: options.seed)
        let script = GeneratedPlanScript(options: options, random: &random)
        return script.classes.map { generated in
            LineageClass(record: ClassRecord(id: generated.id, events: generated.events),
                         versions: generated.versionDays.map { VersionTitle(effective: GeneratedDay.date($0), title: generated.title(on: $0)) })
        }
    }

    /// Two versions of one very long specification (about `words` words each), the second a
    /// study's revision of the first: duties rewritten, added and dropped, pay and experience
    /// changed. For measuring the semantic diff on the largest specs an agency keeps.
    package static func largeSpecPair(words: Int, seed: UInt64) -> (old: SpecVersion, new: SpecVersion) {
        var random = SeededRandom(seed: seed)
        var taken = Set<String>()
        let profile = SpecTextGenerator.profile(&random, index: 0, taken: &taken)
        var old = SpecTextGenerator.first(profile, title: profile.title, effective: GeneratedDay.date(8_000), random: &random)
        let dutyIndex = old.sections.firstIndex { $0.kind == .duties } ?? 0
        var count = SpecVersionCodec.encode(old).split(whereSeparator: \.isWhitespace).count
        while count < words {
            let extra = SpecTextGenerator.next(after: old, profile, title: profile.title, effective: old.effective, random: &random)
            let added = extra.sections[dutyIndex].items.filter { item in !old.sections[dutyIndex].items.contains(item) }
            old.sections[dutyIndex].items += added.enumerated().map { Item(id: "x\(count)-\($0.offset)", text: $0.element.text) }
            count += added.reduce(0) { $0 + $1.text.split(separator: " ").count + 2 }
        }
        var new = old
        for _ in 0..<20 {
            new = SpecTextGenerator.next(after: new, profile, title: profile.title, effective: GeneratedDay.date(9_000), random: &random)
        }
        return (old, new)
    }
}
