import ClaspGit
import ClaspSpec
import Foundation

extension Plan {
    /// For each paragraph and item of the class's version in effect today (or its latest
    /// version), the commit on main that introduced it into that version file and who approved it.
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
        let path = PlanLayout.versionFile(id, date)
        var introduced: [String: ObjectID] = [:]
        var previousBlob: ObjectID?
        for commitID in try mainHistory().reversed() {
            let commit = try repository.readCommit(commitID)
            let blob = try repository.entry(atPath: path, inTree: commit.treeID)?.id
            guard blob != previousBlob else { continue }
            previousBlob = blob
            let texts = try blob.map { Set(Self.texts(of: try SpecVersionCodec.decode(String(decoding: try repository.readBlob($0), as: UTF8.self), file: path)).map(\.text)) } ?? []
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
