import ClaspGit
import Foundation
import Testing

/// Signed commits are stored as git stores SSH-signed ones: `git verify-commit` accepts them.
@Suite(.enabled(if: SSHKeygen.isAvailable, "needs ssh-keygen (make deps installs openssh-client)"))
struct SignedCommitTests {
    @Test func gitVerifiesASignedCommitAndClaspReadsItBack() throws {
        try withTemporaryDirectory { directory in
            try SSHKeygen.generate("ana", in: directory)
            try SSHKeygen.generate("ben", in: directory)
            let key = try SSHSigningKey(openSSHPrivateKey: SSHKeygen.read("ana", in: directory))
            let other = try SSHPublicKey(openSSH: SSHKeygen.read("ben.pub", in: directory))
            let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
            let tree = try repository.emptyTree()
            let message = "Vote approve on proposal 1\n\nLooks right.\n\nProposal: 1\nPerson: ana\n"
            let unsigned = try repository.createCommit(tree: tree, parents: [], author: WritingTests.author,
                                                       committer: WritingTests.author, message: message)
            let signed = try repository.createCommit(tree: tree, parents: [unsigned], author: WritingTests.author,
                                                     committer: WritingTests.committer, message: message, signedWith: key)
            let read = try repository.readCommit(signed)
            #expect(read.message == message)
            #expect(read.parentIDs == [unsigned])
            #expect(read.author.email == WritingTests.author.email)

            #expect(try repository.checkCommitSignature(signed, key: key.publicKey) == .valid)
            #expect(try repository.checkCommitSignature(unsigned, key: key.publicKey) == .unsigned)
            #expect(try repository.checkCommitSignature(signed, key: other)
                == .invalid(.keyMismatch(expected: other.fingerprint, found: key.publicKey.fingerprint)))
            let stored = try #require(try repository.commitSignature(signed))
            #expect(!String(decoding: stored.signedData, as: UTF8.self).contains("gpgsig"))
            #expect(try repository.commitSignature(unsigned) == nil)

            let git = GitCLI(directory: URL(fileURLWithPath: repository.path))
            try "ana@example.gov \(key.publicKey.openSSH)\n".write(to: directory.appendingPathComponent("allowed"),
                                                                   atomically: true, encoding: .utf8)
            try git.git("config", "gpg.format", "ssh")
            try git.git("config", "gpg.ssh.allowedSignersFile", directory.path + "/allowed")
            try git.git("verify-commit", signed.hex)
            #expect(throws: GitCLI.CommandError.self) { try git.git("verify-commit", unsigned.hex) }
            #expect(try git.git("log", "--format=%G?", "-1", signed.hex).trimmingFinalNewline == "G")
            try git.git("fsck", "--strict")
            // A signed commit whose content was changed (same signature, other message) fails.
            let raw = try git.git("cat-file", "commit", signed.hex)
            let forged = try git.git("hash-object", "-t", "commit", "-w", "--stdin",
                                     input: raw.replacingOccurrences(of: "Looks right.", with: "Looks wrong.")).trimmingFinalNewline
            let forgedID = try #require(ObjectID(hex: forged))
            #expect(throws: GitCLI.CommandError.self) { try git.git("verify-commit", forged) }
            #expect(try repository.checkCommitSignature(forgedID, key: key.publicKey) == .invalid(.invalidSignature))
            // And the other way: a commit git signed with the same key verifies with Clasp.
            let byGit = try git.git("-c", "user.signingkey=\(directory.path)/ana", "commit-tree", "-S", "-p", signed.hex,
                                    "-m", "Signed by git", tree.hex).trimmingFinalNewline
            let byGitID = try #require(ObjectID(hex: byGit))
            #expect(try repository.checkCommitSignature(byGitID, key: key.publicKey) == .valid)
            #expect(try repository.checkCommitSignature(byGitID, key: other) == .invalid(.keyMismatch(expected: other.fingerprint,
                                                                                                      found: key.publicKey.fingerprint)))
        }
    }
}
