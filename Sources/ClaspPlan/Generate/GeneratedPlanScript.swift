import ClaspSpec

/// Decides a whole generated plan before writing it: classes, their lifespans, lineage events
/// and version days, then the commits that record them in date order.
struct GeneratedPlanScript {
    /// One commit to make: which class files it writes and why.
    enum Operation {
        /// A version of a class (its first one establishes it; a retitle rides with its version).
        case version(classIndex: Int, dayIndex: Int)
        /// Sources merged into or split into new classes, recorded at both ends in one commit.
        case restructure(kind: LineageEventKind, sources: [Int], successors: [Int])
        case abolish(classIndex: Int)
    }

    /// The last day versions or events may fall on (2025-12-31).
    static let horizon = 13_148

    var classes: [GeneratedClass] = []
    /// Operations with their day, sorted.
    var operations: [(day: Int, operation: Operation)] = []
    var lineageEventCount = 0

    init(options: PlanGenerator.Options, random: inout SeededRandom) {
        let structural = min(options.lineageEvents * 3 / 5, max(0, options.classes / 4))
        let merges = structural / 3, splits = structural / 3, abolitions = structural - 2 * (structural / 3)
        let retitles = max(0, options.lineageEvents - structural)
        let derived = merges + 2 * splits
        let originals = max(1, options.classes - derived)
        var titles = Set<String>()

        func newClass(_ index: Int, start: Int) -> GeneratedClass {
            let profile = SpecTextGenerator.profile(&random, index: index, taken: &titles)
            let slug = ImportRequest.classID(fromTitle: profile.title)
            return GeneratedClass(id: "\(slug.prefix(60))-\(index)", profile: profile, start: start)
        }
        for index in 0..<originals {
            var generated = newClass(index, start: random.below(5_500))
            generated.events = [LineageEvent(date: GeneratedDay.date(generated.start), kind: .established, title: generated.profile.title)]
            classes.append(generated)
        }
        // Structural events between 2006 and 2020, in day order; sources may be classes an
        // earlier event created, which builds chains of ancestry.
        var kinds = Array(repeating: LineageEventKind.mergedInto, count: merges)
            + Array(repeating: .splitInto, count: splits) + Array(repeating: .abolished, count: abolitions)
        kinds = random.shuffled(kinds)
        let days = (0..<kinds.count).map { _ in 6_000 + random.below(5_000) }.sorted()
        for (kind, day) in zip(kinds, days) {
            let needed = kind == .mergedInto ? 2 : 1
            let alive = classes.indices.filter { classes[$0].end == nil && classes[$0].start < day - 365 }
            guard alive.count >= needed else { continue }
            let recent = alive.filter { !classes[$0].origins.isEmpty }
            var sources: [Int] = []
            while sources.count < needed {
                let pool = !recent.isEmpty && random.chance(60) ? recent : alive
                let candidate = random.pick(pool)
                if !sources.contains(candidate) { sources.append(candidate) }
            }
            let date = GeneratedDay.date(day)
            var successors: [Int] = []
            if kind != .abolished {
                for _ in 0..<(kind == .splitInto ? 2 : 1) {
                    var successor = newClass(classes.count, start: day)
                    successor.origins = sources
                    successor.events = [LineageEvent(date: date, kind: .established, from: sources.map { classes[$0].id },
                                                     title: successor.profile.title)]
                    successors.append(classes.count)
                    classes.append(successor)
                }
            }
            for source in sources {
                classes[source].end = day
                classes[source].events.append(LineageEvent(date: date, kind: kind, into: successors.map { classes[$0].id }))
            }
            lineageEventCount += 1
            operations.append((day, kind == .abolished ? .abolish(classIndex: sources[0])
                                                       : .restructure(kind: kind, sources: sources, successors: successors)))
        }
        for index in classes.indices {
            let end = classes[index].end ?? Self.horizon + 1
            var versionDays: Set<Int> = [classes[index].start]
            let span = end - classes[index].start - 1
            let wanted = min(options.versionsPerClass, max(1, span))
            while versionDays.count < wanted {
                versionDays.insert(classes[index].start + 1 + random.below(span))
            }
            classes[index].versionDays = versionDays.sorted()
        }
        // Retitles ride with a later version of a class.
        let retitleable = classes.indices.filter { classes[$0].versionDays.count >= 2 }
        for _ in 0..<(retitleable.isEmpty ? 0 : retitles) {
            let index = random.pick(retitleable)
            let candidates = classes[index].versionDays.dropFirst().filter { day in !classes[index].retitles.contains { $0.day == day } }
            guard let day = candidates.isEmpty ? nil : random.pick(Array(candidates)) else { continue }
            let old = classes[index].title(on: day)
            let new = "\(random.pick(SpecWordLists.ranks))\(random.pick(classes[index].profile.family.occupations))"
            guard new != old else { continue }
            classes[index].retitles.append((day, new))
            classes[index].retitles.sort { $0.day < $1.day }
            classes[index].events.append(LineageEvent(date: GeneratedDay.date(day), kind: .retitled, oldTitle: old, title: new))
            lineageEventCount += 1
        }
        for index in classes.indices {
            classes[index].sortEvents()
            // A retitle's old title is the one in effect just before it, which later draws may have changed.
            var current = classes[index].profile.title
            for (position, event) in classes[index].events.enumerated() where event.kind == .retitled {
                classes[index].events[position].oldTitle = current
                current = event.title ?? current
            }
            let derivedFirst = !classes[index].origins.isEmpty
            for (dayIndex, day) in classes[index].versionDays.enumerated() where !(derivedFirst && dayIndex == 0) {
                operations.append((day, .version(classIndex: index, dayIndex: dayIndex)))
            }
        }
        operations = operations.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
    }
}
