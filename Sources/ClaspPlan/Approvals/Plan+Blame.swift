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
        let now = try current()
        let zone = try now.config().timeZone
        let dates = try now.effectiveDates(id)
        let today = RecordedTime.day(of: Date(), timeZone: zone)
        guard let date = dates.last(where: { $0 <= today }) ?? dates.last else {
            throw PlanError.noVersionInEffect(classID: id, on: today, firstEffective: nil)
        }
        // Text carried from one version file into the next keeps its origin: the walk follows
        // the union of every version file of the class, commit by commit. Only commits that
        // changed the class folder can change that union: the recorded-time index lists them
        // (oldest first here), and without the index the walk takes every commit on main.
        let touching = withRecordedIndex { index in try index.changes(touching: id).map(\.commit) }
        var introduced: [String: ObjectID] = [:]
        var previousFolder: ObjectID?
        var textsByBlob: [ObjectID: [String]] = [:]
        for commitID in try (touching ?? mainHistory()).reversed() {
            let commit = try repository.readCommit(commitID)
            let folder = try repository.entry(atPath: PlanLayout.classDir(id), inTree: commit.treeID)?.id
            guard folder != previousFolder else { continue }
            previousFolder = folder
            var texts = Set<String>()
            for entry in try folder.map({ try repository.readTree($0) }) ?? [] where PlanLayout.effectiveDate(fromFileName: entry.name) != nil {
                // Most version files are unchanged from one commit to the next: decode each blob once.
                if let known = textsByBlob[entry.id] { texts.formUnion(known); continue }
                let text = String(decoding: try repository.readBlob(entry.id), as: UTF8.self)
                let version = try SpecVersionCodec.decode(text, file: "\(PlanLayout.classDir(id))/\(entry.name)")
                let paragraphs = Self.texts(of: version).map(\.text)
                textsByBlob[entry.id] = paragraphs
                texts.formUnion(paragraphs)
            }
            introduced = introduced.filter { texts.contains($0.key) }
            for text in texts where introduced[text] == nil { introduced[text] = commitID }
        }
        return try Self.texts(of: now.version(id, effective: date)).compactMap { entry in
            guard let commitID = introduced[entry.text] else { return nil }
            let commit = try repository.readCommit(commitID)
            let number = commit.trailers.first { $0.key == "Proposal" }.flatMap { Int($0.value) }
            return BlameEntry(section: entry.section.kind, heading: entry.section.heading, text: entry.text, commit: commitID,
                              recordedOn: RecordedTime.day(of: commit.committer.time, timeZone: zone), proposal: number,
                              bootstrap: commit.trailers.contains { $0.key == "Bootstrap" },
                              approvedBy: commit.trailers.filter { $0.key == "Approved-by" }.compactMap { ApprovalTrailer($0.value) },
                              author: commit.author.name)
        }
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
