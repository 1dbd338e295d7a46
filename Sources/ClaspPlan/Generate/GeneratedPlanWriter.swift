import ClaspGit
import ClaspSpec
import Foundation

/// Turns the script's operations into commits, keeping each class's latest spec in memory so
/// nothing is read back from the repository while writing.
struct GeneratedPlanWriter {
    let plan: Plan
    let script: GeneratedPlanScript
    let admin: Person
    let timeZone: String
    var head: ObjectID
    var random: SeededRandom
    var latest: [Int: SpecVersion] = [:]
    var versionsWritten = 0

    init(plan: Plan, script: GeneratedPlanScript, admin: Person, timeZone: String, head: ObjectID, random: SeededRandom) {
        self.plan = plan
        self.script = script
        self.admin = admin
        self.timeZone = timeZone
        self.head = head
        self.random = random
    }

    mutating func write(_ operation: GeneratedPlanScript.Operation, day: Int, at time: Date) throws {
        let date = GeneratedDay.date(day)
        switch operation {
        case .version(let index, let dayIndex):
            let generated = script.classes[index]
            var writes = [versionWrite(index, day: day)]
            let retitled = generated.retitles.contains { $0.day == day }
            if dayIndex == 0 || retitled {
                writes.append(recordWrite(index, day: day))
            }
            let action = dayIndex == 0 ? "Establish" : retitled ? "Retitle and revise" : "Revise"
            try commit(writes, "\(action) \(generated.title(on: day)) effective \(date)",
                       change: "import \(generated.id) \(date)", effective: date, at: time)
        case .restructure(let kind, let sources, let successors):
            var writes = sources.map { recordWrite($0, day: day) }
            for successor in successors {
                writes.append(recordWrite(successor, day: day))
                writes.append(versionWrite(successor, day: day))
            }
            let classes = script.classes
            let names = { (indices: [Int]) in indices.map { classes[$0].id }.joined(separator: ", ") }
            let verb = kind == .mergedInto ? "Merge" : "Split"
            try commit(writes, "\(verb) \(names(sources)) into \(names(successors)) effective \(date)",
                       change: "\(kind.rawValue) \(names(sources)) -> \(names(successors))", effective: date, at: time)
        case .abolish(let index):
            let id = script.classes[index].id
            try commit([recordWrite(index, day: day)], "Abolish \(id) effective \(date)",
                       change: "abolish \(id)", effective: date, at: time)
        }
    }

    private func recordWrite(_ index: Int, day: Int) -> PlanFileWrite {
        let generated = script.classes[index]
        return PlanFileWrite(path: PlanLayout.classFile(generated.id),
                             content: ClassRecordCodec.encode(generated.record(knownOn: day)))
    }

    private mutating func versionWrite(_ index: Int, day: Int) -> PlanFileWrite {
        let generated = script.classes[index]
        let date = GeneratedDay.date(day)
        let title = generated.title(on: day)
        let version = latest[index].map {
            SpecTextGenerator.next(after: $0, generated.profile, title: title, effective: date, random: &random)
        } ?? SpecTextGenerator.first(generated.profile, title: title, effective: date, random: &random)
        latest[index] = version
        versionsWritten += 1
        return PlanFileWrite(path: PlanLayout.versionFile(generated.id, date), content: SpecVersionCodec.encode(version))
    }

    private mutating func commit(_ writes: [PlanFileWrite], _ subject: String, change: String, effective: PlanDate, at time: Date) throws {
        head = try plan.record(writes, message: subject + "\n\nGenerated bootstrap record for benchmarks; not an adoption.",
                               trailers: [Trailer(key: "Change", value: change),
                                          Trailer(key: "Effective-Date", value: effective.iso),
                                          Trailer(key: "Bootstrap", value: "administrator import, not an adoption")],
                               by: admin, timeZone: timeZone, at: time, expectedHead: head)
    }
}
