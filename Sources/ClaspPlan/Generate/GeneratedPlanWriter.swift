import ClaspGit
import ClaspSpec
import Foundation

/// Turns the script's operations into proposal drafts, keeping each class's latest spec in
/// memory so nothing is read back from the repository while writing.
struct GeneratedPlanWriter {
    /// One generated change: the draft an analyst would propose, and for each version file it
    /// writes, the new text and the version it follows (what routing compares it with).
    struct Change {
        var draft: ProposalDraft
        var versions: [String: (after: SpecVersion, previous: SpecVersion?)] = [:]
    }

    let script: GeneratedPlanScript
    var random: SeededRandom
    var latest: [Int: SpecVersion] = [:]
    var versionsWritten = 0

    init(script: GeneratedPlanScript, random: SeededRandom) {
        self.script = script
        self.random = random
    }

    mutating func change(for operation: GeneratedPlanScript.Operation, day: Int) -> Change {
        let date = GeneratedDay.date(day)
        switch operation {
        case .version(let index, let dayIndex):
            let generated = script.classes[index]
            var change = Change(draft: ProposalDraft(kind: .revise, classIDs: [generated.id], files: [], effective: date, reason: ""))
            versionWrite(index, day: day, into: &change)
            let retitled = generated.retitles.contains { $0.day == day }
            if dayIndex == 0 || retitled {
                change.draft.files.append(recordWrite(index, day: day))
            }
            change.draft.kind = dayIndex == 0 ? .establish : retitled ? .retitle : .revise
            let action = dayIndex == 0 ? "Establish" : retitled ? "Retitle and revise" : "Revise"
            change.draft.reason = "\(action) \(generated.title(on: day)) effective \(date)"
            return change
        case .restructure(let kind, let sources, let successors):
            let classes = script.classes
            let names = { (indices: [Int]) in indices.map { classes[$0].id }.joined(separator: ", ") }
            var change = Change(draft: ProposalDraft(
                kind: kind == .mergedInto ? .merge : .split, classIDs: (sources + successors).map { classes[$0].id },
                files: sources.map { recordWrite($0, day: day) }, effective: date,
                reason: "\(kind == .mergedInto ? "Merge" : "Split") \(names(sources)) into \(names(successors)) effective \(date)"))
            for successor in successors {
                change.draft.files.append(recordWrite(successor, day: day))
                versionWrite(successor, day: day, into: &change)
            }
            return change
        case .abolish(let index):
            let id = script.classes[index].id
            return Change(draft: ProposalDraft(kind: .abolish, classIDs: [id], files: [recordWrite(index, day: day)],
                                               effective: date, reason: "Abolish \(id) effective \(date)"))
        }
    }

    private func recordWrite(_ index: Int, day: Int) -> PlanFileWrite {
        let generated = script.classes[index]
        return PlanFileWrite(path: PlanLayout.classFile(generated.id),
                             content: ClassRecordCodec.encode(generated.record(knownOn: day)))
    }

    private mutating func versionWrite(_ index: Int, day: Int, into change: inout Change) {
        let generated = script.classes[index]
        let date = GeneratedDay.date(day)
        let title = generated.title(on: day)
        let previous = latest[index]
        let version = previous.map {
            SpecTextGenerator.next(after: $0, generated.profile, title: title, effective: date, random: &random)
        } ?? SpecTextGenerator.first(generated.profile, title: title, effective: date, random: &random)
        latest[index] = version
        versionsWritten += 1
        let path = PlanLayout.versionFile(generated.id, date)
        change.draft.files.append(PlanFileWrite(path: path, content: SpecVersionCodec.encode(version)))
        change.versions[path] = (version, previous)
    }
}
