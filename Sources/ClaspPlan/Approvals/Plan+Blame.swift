import ClaspGit
import ClaspSpec
import Foundation

extension Plan {
    /// For each paragraph and item of the class's version in effect today (or its latest
    /// version), the commit on main that introduced it into the class (following text carried from one version to the next) and who
    /// approved it.
    ///
    /// - Throws: `PlanError.unknownClass`, `PlanError.noVersionInEffect`.
    public func blame(ofClass id: String) throws -> [BlameEntry] {
        try blame(ofClass: id, walking: false)
    }

    /// ``blame(ofClass:)`` answered by reading the class folder at every commit on `main`
    /// instead of from the recorded-time index: the reference the index's answer is tested against.
    public func blameByWalking(ofClass id: String) throws -> [BlameEntry] {
        try blame(ofClass: id, walking: true)
    }

    private func blame(ofClass id: String, walking: Bool) throws -> [BlameEntry] {
        let now = try current()
        let zone = try now.config().timeZone
        let dates = try now.effectiveDates(id)
        let today = RecordedTime.day(of: Date(), timeZone: zone)
        guard let date = dates.last(where: { $0 <= today }) ?? dates.last else {
            throw PlanError.noVersionInEffect(classID: id, on: today, firstEffective: nil)
        }
        // Text carried from one version file into the next keeps its origin: the walk follows
        // the union of every version file of the class, commit by commit. The recorded-time
        // index lists the commits that changed the folder with the files' new blob ids;
        // without it, the walk reads the folder at every commit on main.
        let indexed = walking ? nil : withRecordedIndex { index in Self.folderStates(replaying: try index.folderChanges(ofClass: id)) }
        let states = try indexed ?? folderStatesByWalking(ofClass: id)
        let introduced = try textOrigins(in: states, ofClass: id)
        return try Self.texts(of: now.version(id, effective: date)).compactMap { entry in
            guard let commitID = introduced[entry.text] else { return nil }
            let commit = try repository.readCommit(commitID)
            let number = commit.trailers.first { $0.hasKey(.proposal) }.flatMap { Int($0.value) }
            return BlameEntry(section: entry.section.kind, heading: entry.section.heading, text: entry.text, commit: commitID,
                              recordedOn: RecordedTime.day(of: commit.committer.time, timeZone: zone), proposal: number,
                              bootstrap: commit.trailers.contains { $0.hasKey(.bootstrap) },
                              approvedBy: commit.trailers.filter { $0.hasKey(.approvedBy) }.compactMap { ApprovalTrailer($0.value) },
                              author: commit.author.name)
        }
    }

    /// The class folder's files (name → blob) after each commit that changed it, oldest first.
    typealias FolderState = (commit: ObjectID, files: [String: ObjectID])

    static func folderStates(replaying changes: [IndexedFolderChange]) -> [FolderState] {
        var files: [String: ObjectID] = [:]
        return changes.map { change in
            for (name, blob) in change.files { files[name] = blob }
            return (change.commit, files)
        }
    }

    /// The folder states read from the trees of every commit on `main` where the folder's id changed.
    private func folderStatesByWalking(ofClass id: String) throws -> [FolderState] {
        var states: [FolderState] = []
        var previousFolder: ObjectID?
        for commitID in try mainHistory().reversed() {
            let folder = try repository.entry(atPath: PlanLayout.classDir(id), inTree: try repository.readCommit(commitID).treeID)?.id
            guard folder != previousFolder else { continue }
            previousFolder = folder
            let entries = try folder.map { try repository.readTree($0) } ?? []
            states.append((commitID, Dictionary(entries.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })))
        }
        return states
    }

    /// For each paragraph or item in the union of the version files, the first commit of the
    /// unbroken run of states that has held it up to the last state.
    private func textOrigins(in states: [FolderState], ofClass id: String) throws -> [String: ObjectID] {
        var introduced: [String: ObjectID] = [:]
        var textsByBlob: [ObjectID: [String]] = [:]
        for state in states {
            var texts = Set<String>()
            for (name, blob) in state.files where PlanLayout.effectiveDate(fromFileName: name) != nil {
                // Most version files are unchanged from one commit to the next: decode each blob once.
                if let known = textsByBlob[blob] { texts.formUnion(known); continue }
                let text = String(decoding: try repository.readBlob(blob), as: UTF8.self)
                let version = try SpecVersionCodec.decode(text, file: "\(PlanLayout.classDir(id))/\(name)")
                let paragraphs = Self.texts(of: version).map(\.text)
                textsByBlob[blob] = paragraphs
                texts.formUnion(paragraphs)
            }
            introduced = introduced.filter { texts.contains($0.key) }
            for text in texts where introduced[text] == nil { introduced[text] = state.commit }
        }
        return introduced
    }

    /// Every paragraph and item of a version with its section, in document order.
    static func texts(of version: SpecVersion) -> [(section: Section, text: String)] {
        func walk(_ sections: [Section]) -> [(section: Section, text: String)] {
            sections.flatMap { section in
                section.text.map { (section, $0) } + section.items.map { (section, $0.text) } + walk(section.sections)
            }
        }
        return walk(version.sections)
    }
}
