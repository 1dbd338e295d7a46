import ClaspSpec

/// The class records and title-only versions one import commit adds, read from and checked
/// against the plan as it stands before that commit: nothing already recorded is written
/// twice, and a record or version that says otherwise refuses the import.
struct LineageWrites {
    let snapshot: PlanSnapshot
    /// Where the import comes from, for messages.
    let source: String
    private var records: [String: ClassRecord] = [:]
    private var recordOrder: [String] = []
    private var changed = Set<String>()
    private var versions: [String: SpecVersion] = [:]
    private(set) var entries: [ImportedHistoryEntry] = []

    init(snapshot: PlanSnapshot, source: String) {
        self.snapshot = snapshot
        self.source = source
    }

    /// The class's record as this commit leaves it so far: the plan's, or a new empty one.
    mutating func record(_ id: String) throws -> ClassRecord {
        if let record = records[id] { return record }
        let record = try snapshot.hasClass(id) ? snapshot.classRecord(id) : ClassRecord(id: id)
        records[id] = record
        recordOrder.append(id)
        return record
    }

    /// The title the class's lineage events give it on a date, as this commit leaves them so far.
    mutating func eventTitle(of id: String, on date: PlanDate) throws -> String? {
        LineageGraph([LineageClass(record: try record(id))]).eventTitle(of: id, on: date)?.title
    }

    /// Adds an event to a class's record unless it is already there.
    ///
    /// - Parameters:
    ///   - notes: notes for the record when this commit creates it.
    ///   - reported: whether to list it in the outcome's history (a class's plain establishment is not).
    /// - Throws: `PlanError.invalidInput` when the record says otherwise.
    mutating func add(_ event: LineageEvent, to id: String, notes: [String] = [], reported: Bool = true) throws {
        var record = try record(id)
        let isNew = try !snapshot.hasClass(id)
        do {
            guard try record.add(event) else { return }
        } catch let conflict as LineageConflict {
            throw PlanError.invalidInput("cannot import \(source): \(conflict.description); the plan contradicts what the spec prints, so nothing was written")
        }
        if isNew { record.notes += notes.filter { !record.notes.contains($0) } }
        records[id] = record
        changed.insert(id)
        if reported { entries.append(ImportedHistoryEntry(classID: id, date: event.date, event: event)) }
    }

    /// Adds a version known by title and date alone, unless the class has a version on that date.
    ///
    /// - Throws: `PlanError.invalidInput` when the version there bears another title.
    mutating func addTitleOnlyVersion(_ id: String, effective: PlanDate, title: String) throws {
        let path = PlanLayout.versionFile(id, effective)
        if versions[path] != nil { return }
        if try snapshot.hasClass(id), try snapshot.text(at: path) != nil {
            let existing = try snapshot.version(id, effective: effective)
            guard existing.title == title else {
                throw PlanError.invalidInput("cannot import \(source): \(path) is titled '\(existing.title)', but the spec prints '\(title)' on \(effective); nothing was written")
            }
            return
        }
        versions[path] = SpecVersion(title: title, effective: effective, textOnFile: false)
        entries.append(ImportedHistoryEntry(classID: id, date: effective, title: title))
    }

    /// Adds what a printed history says: each class's events and title-only versions.
    ///
    /// - Parameter classID: the class being imported. It keeps an establishment the plan
    ///   already records unless the print states one, and its older revisions, which print no
    ///   title, bear the one its events give on their dates.
    /// - Throws: `PlanError.invalidInput` when the plan says otherwise.
    mutating func add(_ chart: ChartImport, importing classID: String) throws {
        for printed in chart.classes {
            let isImported = printed.id == classID
            for event in printed.events {
                if isImported, event.kind == .established, !chart.printsEstablishment,
                   try record(printed.id).events.contains(where: { $0.kind == .established }) { continue }
                try add(event, to: printed.id, notes: printed.notes)
            }
            for version in printed.versions {
                let title = isImported ? try eventTitle(of: printed.id, on: version.effective) ?? version.title : version.title
                try addTitleOnlyVersion(printed.id, effective: version.effective, title: title)
            }
        }
    }

    /// The files this commit writes: changed records, then new title-only versions.
    var writes: [PlanFileWrite] {
        recordOrder.filter(changed.contains).compactMap { id in
            records[id].map { PlanFileWrite(path: PlanLayout.classFile(id), content: ClassRecordCodec.encode($0)) }
        } + versions.keys.sorted().compactMap { path in
            versions[path].map { PlanFileWrite(path: path, content: SpecVersionCodec.encode($0)) }
        }
    }
}
