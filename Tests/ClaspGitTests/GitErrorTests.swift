import ClaspGit
import Foundation
import Testing

/// Failures arrive as `GitError`s that name the libgit2 function, its code, and what Clasp was doing.
@Suite struct GitErrorTests {
    @Test func openingANonRepositoryFailsWithContext() throws {
        try withTemporaryDirectory { directory in
            let folder = directory.appendingPathComponent("not-a-repo").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let error = try #require(throws: GitError.self) { try Repository.open(at: folder) }
            #expect(error.code == .notFound)
            #expect(error.function == "git_repository_open_ext")
            #expect(error.context == "opening the repository at \(folder)")
            #expect(error.description.hasPrefix("libgit2 error -3 in git_repository_open_ext: "))
            #expect(error.description.hasSuffix(" — while opening the repository at \(folder)"))
        }
    }

    @Test func aFolderInsideARepositoryIsNotARepository() throws {
        try withTemporaryDirectory { directory in
            _ = try Repository.create(at: directory.path + "/work", bare: false)
            let inner = directory.path + "/work/inner"
            try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: true)
            let error = try #require(throws: GitError.self) { try Repository.open(at: inner) }
            #expect(error.code == .notFound)
        }
    }

    @Test func missingObjectsFailWithNotFound() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
            let missing = try #require(ObjectID(hex: "0123456789abcdef0123456789abcdef01234567"))
            let error = try #require(throws: GitError.self) { try repository.readCommit(missing) }
            #expect(error.code == .notFound)
            #expect(error.function == "git_commit_lookup")
            #expect(error.description.contains("libgit2 error -3 in git_commit_lookup"))
            #expect(error.description.hasSuffix("— while reading commit \(missing)"))
            var matched = false
            do {
                _ = try repository.readBlob(missing)
            } catch GitErrorCode.notFound {
                matched = true
            }
            #expect(matched, "catch GitErrorCode.notFound matches a GitError with that code")
            let treeError = try #require(throws: GitError.self) { try repository.readTree(missing) }
            #expect(treeError.code == .notFound)
        }
    }

    @Test func readingAnObjectAsTheWrongKindFails() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
            let blob = try repository.writeBlob(Data("not a commit\n".utf8))
            let error = try #require(throws: GitError.self) { try repository.readCommit(blob) }
            #expect(error.function == "git_commit_lookup")
            let tree = try repository.updateTree(nil, [.upsert(path: "a.yaml", blob: blob)])
            let blobError = try #require(throws: GitError.self) { try repository.readBlob(tree) }
            #expect(blobError.description.contains("object \(tree) is a tree, not a blob"), "\(blobError)")
            #expect(blobError.description.hasSuffix("— while reading blob \(tree)"), "\(blobError)")
        }
    }

    /// Blobs are read as stored bytes and checked against their id: a loose blob file holding
    /// another blob's bytes is refused by name.
    @Test func aBlobWhoseBytesAreAnotherBlobsIsRefused() throws {
        try withTemporaryDirectory { directory in
            let path = directory.path + "/plan.git"
            let repository = try Repository.create(at: path, bare: true)
            let honest = try repository.writeBlob(Data("title: Clerk\n".utf8))
            let victim = try repository.writeBlob(Data("title: Senior Clerk\n".utf8))
            #expect(try repository.readBlob(victim) == Data("title: Senior Clerk\n".utf8))
            func looseFile(_ id: ObjectID) -> String { "\(path)/objects/\(id.hex.prefix(2))/\(id.hex.dropFirst(2))" }
            try FileManager.default.removeItem(atPath: looseFile(victim))
            try FileManager.default.copyItem(atPath: looseFile(honest), toPath: looseFile(victim))
            let error = try #require(throws: GitError.self) { try Repository.open(at: path).readBlob(victim) }
            #expect(error.message.contains("hash mismatch") && error.description.contains(victim.hex), "\(error)")
        }
    }

    @Test func invalidReferenceNamesAreInvalidSpecs() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
            let tree = try repository.emptyTree()
            let signature = Signature(name: "Ana", email: "ana@example.gov", time: Date(timeIntervalSince1970: 0))
            let commit = try repository.createCommit(tree: tree, parents: [], author: signature, committer: signature, message: "x\n")
            let error = try #require(throws: GitError.self) {
                try repository.updateReference("refs/heads/bad..name", to: commit, expected: nil, message: "bad")
            }
            #expect(error.code == .invalidSpec)
            #expect(!error.isReferenceConflict)
        }
    }

    @Test func malformedSignaturesAreRefused() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
            let bad = Signature(name: "Ana <Ruiz>", email: "ana@example.gov", time: Date(timeIntervalSince1970: 0))
            #expect(throws: GitError.self) {
                try repository.createCommit(tree: try repository.emptyTree(), parents: [], author: bad, committer: bad, message: "x\n")
            }
        }
    }

    @Test func libgit2VersionIsTheLinkedOne() {
        #expect(LibGit2.version.split(separator: ".").count == 3)
        #expect(LibGit2.version.hasPrefix("1."))
    }
}
