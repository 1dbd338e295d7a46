import ClaspGit
import ClaspPlan
import ClaspTestSupport
import Foundation
import Testing

/// libgit2's options are process-wide and set once: the jobs that used to change them for their
/// own length (the audit, the plan generator) leave every read verified and the limits as chosen.
@Suite struct LibGit2OptionsTests {
    @Test func objectsAreVerifiedAndLimitsUnchangedAfterGenerationAndAudit() throws {
        let directory = try TemporaryDirectory("clasp-options")
        let options = PlanGenerator.Options(classes: 6, versionsPerClass: 2, lineageEvents: 1, seed: 5)
        _ = try PlanGenerator(options: options).generate(at: directory.path("plan"))
        #expect(try Plan.open(at: directory.path("plan")).auditVerify().isClean)
        #expect(try LibGit2.memoryLimits() == LibGit2.limits)

        let repository = try Repository.create(at: directory.path("repo"), bare: true)
        let original = try repository.writeBlob(Data("original text\n".utf8))
        let forged = try repository.writeBlob(Data("forged text\n".utf8))
        let tree = try repository.updateTree(nil, [.upsert(path: "spec.yaml", blob: original)])
        let otherTree = try repository.updateTree(nil, [.upsert(path: "other.yaml", blob: forged)])
        let clerk = Signature(name: "Clerk", email: "clerk@example.org", time: Date(timeIntervalSince1970: 1_700_000_000))
        let commit = try repository.createCommit(tree: tree, parents: [], author: clerk, committer: clerk, message: "Adopt\n")
        let otherCommit = try repository.createCommit(tree: otherTree, parents: [], author: clerk, committer: clerk, message: "Other\n")
        // Each object's file now holds another object's bytes, as a disk fault or a hand edit would leave it.
        try swapLooseObject(original, for: forged, in: directory.path("repo"))
        try swapLooseObject(tree, for: otherTree, in: directory.path("repo"))
        try swapLooseObject(commit, for: otherCommit, in: directory.path("repo"))

        let reopened = try Repository.open(at: directory.path("repo"))
        // Commits are read through libgit2's lookup: its process-wide strict hash verification must be on.
        let lookup = #expect(throws: GitError.self) { try reopened.readCommit(commit) }
        #expect(lookup?.message.contains("hash mismatch") == true)
        // Blobs and trees are read as stored bytes around libgit2's lookup and checked by Clasp.
        let blob = #expect(throws: GitError.self) { try reopened.readBlob(original) }
        #expect(blob?.message.contains("hash mismatch") == true)
        let diff = #expect(throws: GitError.self) { try reopened.treeChanges(from: nil, to: tree) }
        #expect(diff?.message.contains("hash mismatch") == true)
        #expect(try reopened.readCommit(otherCommit).summary == "Other")
        #expect(try reopened.readBlob(forged) == Data("forged text\n".utf8))
    }

    /// Replaces the loose object file of `id` with a copy of the one of `other`.
    private func swapLooseObject(_ id: ObjectID, for other: ObjectID, in repository: String) throws {
        func file(_ id: ObjectID) -> URL {
            URL(fileURLWithPath: repository).appendingPathComponent("objects/\(id.hex.prefix(2))/\(id.hex.dropFirst(2))")
        }
        try FileManager.default.removeItem(at: file(id))
        try FileManager.default.copyItem(at: file(other), to: file(id))
    }
}
