public import ClaspGit
import ClaspSpec
public import ClaspTrailers
public import Foundation

extension Plan {
    /// Makes one commit on `main` holding `writes`, moving `main` only if it still points at
    /// `expectedHead`: two writers racing cannot both win, and the loser writes nothing.
    ///
    /// - Parameters:
    ///   - writes: files to add, replace or remove, by plan path.
    ///   - message: the commit's subject and body.
    ///   - trailers: machine-readable facts about the change, appended as git trailers.
    ///   - person: who acted; author and committer of the commit.
    ///   - expectedHead: the `main` the change was prepared against (nil for a new plan).
    /// - Returns: the new commit.
    /// - Throws: `PlanError.concurrentUpdate` when `main` moved; `PlanError.noChange` when the tree
    ///   would be unchanged.
    @discardableResult
    public func record(_ writes: [PlanFileWrite], message: String, trailers: [Trailer], by person: Person,
                       timeZone: String, at time: Date = Date(), expectedHead: ObjectID?) throws -> ObjectID {
        let commit = try recordedCommit(writes, message: message, trailers: trailers, by: person, timeZone: timeZone, at: time,
                                        parent: expectedHead)
        try moveMain(to: commit, from: expectedHead, message: message)
        return commit
    }

    /// Moves `main` from `expected` to `commit` by compare-and-swap.
    ///
    /// - Throws: `PlanError.concurrentUpdate` when `main` moved.
    func moveMain(to commit: ObjectID, from expected: ObjectID?, message: String) throws {
        do {
            try repository.updateReference(PlanLayout.mainRef, to: commit, expected: expected,
                                           message: "clasp: \(message.split(separator: "\n").first ?? "")")
        } catch let error as GitError where error.isReferenceConflict {
            throw PlanError.concurrentUpdate(ref: PlanLayout.mainRef)
        }
    }

    /// The commit `record` makes, without moving any ref: a caller writing several commits
    /// checks the result before main moves to the last of them.
    func recordedCommit(_ writes: [PlanFileWrite], message: String, trailers: [Trailer], by person: Person,
                        timeZone: String, at time: Date, parent expectedHead: ObjectID?) throws -> ObjectID {
        let parent = expectedHead.map { try? repository.readCommit($0) } ?? nil
        var updates: [TreeUpdate] = []
        for write in writes {
            if let content = write.content {
                updates.append(.upsert(path: write.path, blob: try repository.writeBlob(Data(content.utf8)), mode: .blob))
            } else {
                updates.append(.remove(path: write.path))
            }
        }
        let tree = try repository.updateTree(parent?.treeID, updates)
        if let parent, parent.treeID == tree {
            throw PlanError.noChange("the plan already holds exactly this content")
        }
        let signature = Signature(name: person.name, email: person.email, time: time,
                                  timeZoneOffsetMinutes: RecordedTime.offsetMinutes(at: time, timeZone: timeZone))
        let recordedBy = Trailer(.recordedBy, "\(person.id) <\(person.email)>")
        // git reads a trailer block only after a blank line, and `Trailers.append` (like
        // `git interpret-trailers`) adds that line only when the message ends with a newline.
        let body = message.hasSuffix("\n") ? message : message + "\n"
        let fullMessage = try Trailers.append(trailers + [recordedBy], to: body)
        return try createCommit(tree: tree, parents: parent.map { [$0.id] } ?? [], by: person, signature: signature,
                                message: fullMessage)
    }
}
