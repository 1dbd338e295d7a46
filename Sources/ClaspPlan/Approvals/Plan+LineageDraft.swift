public import ClaspSpec
import Foundation

/// Turning a lineage change into the files one proposal writes.
extension Plan {
    /// The proposal for a retitle, merge, split, abolition or reinstatement on `effective`:
    /// the `class.yaml` of every class it names, with the new events at both ends of each
    /// edge, and the version files that carry new titles or new classes' text.
    ///
    /// - Parameters:
    ///   - specs: the text of successor classes on `effective`, by class id. A new class needs
    ///     one; a retitled class without one keeps the text in force with the new title.
    ///   - reason: why, in the agency's words; also the events' note (its first line).
    /// - Throws: `PlanError.unknownClass`, `.invalidClassID`, `.invalidInput` saying what does
    ///   not fit (a class not in effect on that date, a missing spec, a title that disagrees).
    public func lineageDraft(_ change: LineageChange, effective: PlanDate, specs: [String: SpecVersion] = [:],
                             reason: String) throws -> ProposalDraft {
        var drafter = try LineageDrafter(snapshot: current(), effective: effective, specs: specs, reason: reason)
        for id in specs.keys where !change.successors.contains(id) {
            throw PlanError.invalidInput("a spec was given for \(id), which this \(change.kind.rawValue) does not take a new version of; "
                + "give specs for \(change.successors.joined(separator: ", "))")
        }
        switch change {
        case let .retitle(id, title, nil):
            try drafter.retitle(id, to: title)
        case let .retitle(id, title, newID?):
            try drafter.merge([id], into: newID, newTitle: title, note: "Retitled")
        case let .merge(ids, into):
            guard !ids.isEmpty, !ids.contains(into) else {
                throw PlanError.invalidInput("a merge names the classes to merge and a different class they merge into")
            }
            try drafter.merge(ids, into: into, newTitle: nil, note: nil)
        case let .split(id, into):
            guard into.count >= 2, !into.contains(id), Set(into).count == into.count else {
                throw PlanError.invalidInput("a split divides a class among two or more other classes; to give it a new title, retitle it")
            }
            try drafter.split(id, into: into)
        case let .abolish(id):
            try drafter.abolish(id)
        case let .reinstate(id):
            try drafter.reinstate(id)
        }
        return ProposalDraft(kind: change.kind, classIDs: change.classIDs, files: try drafter.files(),
                             effective: effective, reason: reason)
    }
}

/// Collects the events and versions of one lineage change against one snapshot of the plan.
struct LineageDrafter {
    let snapshot: PlanSnapshot
    let graph: LineageGraph
    let effective: PlanDate
    let specs: [String: SpecVersion]
    /// The events' note: the reason's first line.
    let note: String?
    private var records: [String: ClassRecord] = [:]
    private var versions: [String: SpecVersion] = [:]

    init(snapshot: PlanSnapshot, effective: PlanDate, specs: [String: SpecVersion], reason: String) throws {
        self.snapshot = snapshot
        self.graph = try snapshot.lineageGraph()
        self.effective = effective
        self.specs = specs
        let firstLine = reason.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) }
        self.note = firstLine?.isEmpty == false ? firstLine : nil
        for (id, spec) in specs where spec.effective != effective {
            throw PlanError.invalidInput("the spec for \(id) says it is effective \(spec.effective), but the change takes effect \(effective)")
        }
    }

    /// Retitles a class in place: a `retitled` event, and the new title on every version
    /// from the date up to the class's next retitle, so text and lineage agree.
    mutating func retitle(_ id: String, to title: String) throws {
        let old = try activeTitle(id)
        guard old != title else { throw PlanError.invalidInput("\(id) is already titled '\(title)' on \(effective)") }
        try addEvent(LineageEvent(date: effective, kind: .retitled, oldTitle: old, title: title, note: note), to: id)
        versions[id] = try successorVersion(id, title: title, copiedFrom: id)
        let nextRetitle = graph.timeline(of: id).first { $0.kind == .retitled && $0.date > effective }?.date
        for date in try snapshot.effectiveDates(id) where date > effective && date < (nextRetitle ?? .distantFuture) {
            var later = try snapshot.version(id, effective: date)
            later.title = title
            versions[id + "@" + date.iso] = later
        }
    }

    /// Merges `ids` into `target`: each predecessor `merged-into` it; the target `established`
    /// from them, new (its spec needed, or a retitled copy when `newTitle` is given) or existing.
    mutating func merge(_ ids: [String], into target: String, newTitle: String?, note edgeNote: String?) throws {
        guard Set(ids).count == ids.count else { throw PlanError.invalidInput("a class is named twice among the classes to merge") }
        for id in ids {
            _ = try activeTitle(id)
            try requireNothingAfter(id, verb: "merged")
            try addEvent(LineageEvent(date: effective, kind: .mergedInto, into: [target], note: note), to: id)
        }
        if graph.contains(target) {
            guard newTitle == nil else {
                throw PlanError.invalidInput("class \(target) already exists; a retitle into a new class needs a new class id")
            }
            let title = try specs[target]?.title ?? activeTitle(target)
            try addEvent(LineageEvent(date: effective, kind: .established, from: ids, title: title, note: note), to: target)
            versions[target] = specs[target]
        } else {
            guard Slug.isValid(target) else { throw PlanError.invalidClassID(target) }
            let version = try newTitle.map { try successorVersion(target, title: $0, copiedFrom: ids[0]) } ?? requireSpec(target)
            let establishedNote = try edgeNote.map { "\($0) from \(try activeTitle(ids[0]))" } ?? note
            try addEvent(LineageEvent(date: effective, kind: .established, from: ids, title: version.title,
                                      note: establishedNote), to: target)
            versions[target] = version
        }
    }

    /// Splits `id` among `successors`, each new (its spec needed) or existing.
    mutating func split(_ id: String, into successors: [String]) throws {
        _ = try activeTitle(id)
        try requireNothingAfter(id, verb: "split")
        try addEvent(LineageEvent(date: effective, kind: .splitInto, into: successors, note: note), to: id)
        for successor in successors {
            let exists = graph.contains(successor)
            if !exists { guard Slug.isValid(successor) else { throw PlanError.invalidClassID(successor) } }
            let version = exists ? specs[successor] : try requireSpec(successor)
            let title = try version?.title ?? activeTitle(successor)
            try addEvent(LineageEvent(date: effective, kind: .established, from: [id], title: title, note: note), to: successor)
            versions[successor] = version
        }
    }

    mutating func abolish(_ id: String) throws {
        _ = try activeTitle(id)
        try requireNothingAfter(id, verb: "abolished")
        try addEvent(LineageEvent(date: effective, kind: .abolished, note: note), to: id)
    }

    mutating func reinstate(_ id: String) throws {
        try requireKnown(id)
        guard case .abolished(let on)? = graph.status(of: id, on: effective) else {
            throw PlanError.invalidInput("\(id) is \(graph.status(of: id, on: effective)?.name ?? "unknown") on \(effective); only an abolished class can be reinstated")
        }
        let title = specs[id]?.title ?? graph.title(of: id, on: on)
        try addEvent(LineageEvent(date: effective, kind: .reinstated, title: title, note: note), to: id)
        versions[id] = specs[id]
    }

    /// The files to write: each changed `class.yaml`, then each new or retitled version.
    func files() throws -> [PlanFileWrite] {
        records.keys.sorted().map { PlanFileWrite(path: PlanLayout.classFile($0), content: ClassRecordCodec.encode(records[$0]!)) }
            + versions.keys.sorted().compactMap { key in
                guard let version = versions[key] else { return nil }
                let id = String(key.split(separator: "@").first ?? Substring(key))
                return PlanFileWrite(path: PlanLayout.versionFile(id, version.effective), content: SpecVersionCodec.encode(version))
            }
    }

    // MARK: - Rules

    private func requireKnown(_ id: String) throws {
        guard Slug.isValid(id) else { throw PlanError.invalidClassID(id) }
        guard graph.contains(id) else { throw PlanError.invalidInput(ClassIDSuggestions.message(for: id, among: graph.classIDs)) }
    }

    /// The class's title on the date, when it is in effect then.
    private func activeTitle(_ id: String) throws -> String {
        try requireKnown(id)
        let status = graph.status(of: id, on: effective) ?? .notYetEstablished
        guard status == .active else {
            throw PlanError.invalidInput("\(id) is not in effect on \(effective) (it is \(status.name) then); a lineage change needs a class in effect")
        }
        guard let title = graph.title(of: id, on: effective) else {
            throw PlanError.invalidInput("\(id) has no title on \(effective); give its spec with --file")
        }
        return title
    }

    /// A class that ends on the date may not have versions or events after it.
    private func requireNothingAfter(_ id: String, verb: String) throws {
        let later = try snapshot.effectiveDates(id).filter { $0 > effective }
        let events = graph.timeline(of: id).filter { $0.date > effective }
        guard later.isEmpty && events.isEmpty else {
            let what = later.map { "a version effective \($0)" } + events.map { "a \($0.kind.rawValue) event on \($0.date)" }
            throw PlanError.invalidInput("\(id) cannot be \(verb) on \(effective): it has \(what.joined(separator: " and ")) after that date")
        }
    }

    private func requireSpec(_ id: String) throws -> SpecVersion {
        guard let spec = specs[id] else {
            throw PlanError.invalidInput("\(id) is a new class: give its spec (the version effective \(effective)) with --file")
        }
        return spec
    }

    /// The successor's version on the date: its spec if given (whose title must be `title`),
    /// else the text of `source` in force then under the new title.
    private func successorVersion(_ id: String, title: String, copiedFrom source: String) throws -> SpecVersion {
        if let spec = specs[id] {
            guard spec.title == title else {
                throw PlanError.invalidInput("the spec for \(id) is titled '\(spec.title)', but the new title is '\(title)'")
            }
            return spec
        }
        let inForce: SpecVersion
        do {
            inForce = try snapshot.versionInEffect(source, on: effective).spec
        } catch PlanError.noVersionInEffect {
            throw PlanError.invalidInput("\(source) has no version in effect on \(effective) to carry the new title; give the spec with --file")
        }
        var version = inForce
        version.title = title
        version.effective = effective
        return version
    }

    /// Adds an event to a class's record (read from the snapshot, or new), in date order.
    private mutating func addEvent(_ event: LineageEvent, to id: String) throws {
        var record = try records[id] ?? (graph.contains(id) ? snapshot.classRecord(id) : ClassRecord(id: id))
        let index = record.events.firstIndex { $0.date > event.date } ?? record.events.endIndex
        record.events.insert(event, at: index)
        records[id] = record
    }
}
