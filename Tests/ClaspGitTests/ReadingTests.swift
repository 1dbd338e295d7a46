import ClaspGit
import ClaspTrailers
import Foundation
import Testing

/// ClaspGit reads repositories written by the git CLI exactly as git does.
@Suite struct ReadingTests {
    @Test func readsBlobsByPathAsGitDoes() throws {
        try withTemporaryDirectory { directory in
            let git = try Fixtures.historyRepository(in: directory)
            let repository = try Repository.open(at: git.directory.path)
            #expect(!repository.isBare)
            let head = try #require(try repository.referenceTarget("HEAD"))
            #expect(head.hex == (try git.git("rev-parse", "HEAD").trimmingFinalNewline))
            let tree = try repository.readCommit(head).treeID
            let paths = ["classes/finance/accountant.yaml", "classes/finance/technician/2.yaml", "docs/README.md", "build.sh", "README"]
            for path in paths {
                let data = try #require(try repository.blob(atPath: path, inTree: tree))
                #expect(String(decoding: data, as: UTF8.self) == (try git.git("cat-file", "blob", "HEAD:\(path)")))
            }
            #expect(try repository.blob(atPath: "classes/finance/technician/1.yaml", inTree: tree) == nil)
            #expect(try repository.blob(atPath: "classes/finance", inTree: tree) == nil)
            #expect(try repository.entry(atPath: "nowhere/at/all", inTree: tree) == nil)
            let nested = try #require(try repository.entry(atPath: "/classes//finance/technician/", inTree: tree))
            #expect(nested.mode == .tree)
            #expect(nested.name == "technician")
            #expect(nested.id.hex == (try git.git("rev-parse", "HEAD:classes/finance/technician").trimmingFinalNewline))
        }
    }

    @Test(arguments: ["HEAD^{tree}", "HEAD:classes", "HEAD:classes/finance", "v1^{tree}"])
    func readsTreeEntriesAsLsTreeLists(_ treeish: String) throws {
        try withTemporaryDirectory { directory in
            let git = try Fixtures.historyRepository(in: directory)
            let repository = try Repository.open(at: git.directory.path)
            let treeID = try #require(ObjectID(hex: try git.git("rev-parse", treeish).trimmingFinalNewline))
            let listed = try repository.readTree(treeID).map { entry in
                "\(Self.modeText(entry.mode)) \(entry.id.hex)\t\(entry.name)"
            }
            let expected = try git.git("ls-tree", treeID.hex).outputLines.map { line in
                // "<mode> <type> <id>\t<name>" without the type column.
                let parts = line.split(separator: " ", maxSplits: 2)
                return "\(parts[0]) \(parts[2])"
            }
            #expect(listed == expected)
        }
    }

    @Test func readsMergeParentsAndSignaturesWithTimeZones() throws {
        try withTemporaryDirectory { directory in
            let git = try Fixtures.historyRepository(in: directory)
            let repository = try Repository.open(at: git.directory.path)
            for revision in ["HEAD", "HEAD~1", "HEAD~2", "v1^{commit}", "side"] {
                let id = try #require(ObjectID(hex: try git.git("rev-parse", revision).trimmingFinalNewline))
                let commit = try repository.readCommit(id)
                let format = "%T%n%P%n%an%n%ae%n%ad%n%cn%n%ce%n%cd"
                let fields = try git.git("log", "-1", "--date=raw", "--format=\(format)", id.hex).outputLines
                #expect(commit.treeID.hex == fields[0])
                #expect(commit.parentIDs.map(\.hex).joined(separator: " ") == fields[1])
                #expect(commit.author.name == fields[2])
                #expect(commit.author.email == fields[3])
                #expect(Self.rawDate(commit.author) == fields[4])
                #expect(commit.committer.name == fields[5])
                #expect(commit.committer.email == fields[6])
                #expect(Self.rawDate(commit.committer) == fields[7])
                #expect(commit.message == (try Self.rawMessage(of: id, git: git)))
                #expect(commit.summary == (try git.git("log", "-1", "--format=%s", id.hex).trimmingFinalNewline))
            }
            let merge = try repository.readCommit(try #require(ObjectID(hex: try git.git("rev-parse", "HEAD~1").trimmingFinalNewline)))
            #expect(merge.parentIDs.count == 2)
            #expect(merge.author.timeZoneOffsetMinutes == -210)
        }
    }

    @Test func readsTrailersOfTheLastCommit() throws {
        try withTemporaryDirectory { directory in
            let git = try Fixtures.historyRepository(in: directory)
            let repository = try Repository.open(at: git.directory.path)
            let commit = try repository.readCommit(try #require(try repository.referenceTarget("refs/heads/main")))
            #expect(commit.trailers == [
                Trailer(key: "Proposal", value: "12"), Trailer(key: "Approved-by", value: "Ana Ruiz <ana@example.gov>"),
            ])
            let gitTrailers = try git.git("log", "-1", "--format=%(trailers:only,unfold)").outputLines.filter { !$0.isEmpty }
            #expect(commit.trailers.map(\.description) == gitTrailers)
            #expect(commit.author.timeZoneOffsetMinutes == -420)
            #expect(commit.committer.timeZoneOffsetMinutes == 570)
            #expect(commit.committer.time == Date(timeIntervalSince1970: 1_700_005_060))
        }
    }

    @Test func listsReferencesIncludingAnAnnotatedTag() throws {
        try withTemporaryDirectory { directory in
            let git = try Fixtures.historyRepository(in: directory)
            let repository = try Repository.open(at: git.directory.path + "//")
            let listed = try repository.references(withPrefix: "refs/").map { "\($0.target.hex) \($0.name)" }
            let expected = try git.git("for-each-ref", "--format=%(objectname) %(refname)", "refs/").outputLines
            #expect(listed == expected)
            let tags = try repository.references(withPrefix: "refs/tags/")
            #expect(tags.map(\.name) == ["refs/tags/v1"])
            #expect(tags.first?.target.hex == (try git.git("rev-parse", "refs/tags/v1").trimmingFinalNewline))
            #expect(try repository.references(withPrefix: "refs/heads/").map(\.name) == ["refs/heads/main", "refs/heads/side"])
            #expect(try repository.referenceTarget("refs/heads/absent") == nil)
        }
    }

    @Test func unbornHeadHasNoTarget() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/fresh", bare: false, initialBranch: "trunk")
            #expect(try repository.referenceTarget("HEAD") == nil)
            let head = try String(contentsOfFile: repository.path + "/HEAD", encoding: .utf8)
            #expect(head == "ref: refs/heads/trunk\n")
        }
    }

    static func modeText(_ mode: FileMode) -> String {
        switch mode {
        case .blob: "100644"
        case .executable: "100755"
        case .tree: "040000"
        case .link: "120000"
        case .commit: "160000"
        }
    }

    /// A signature's date as `git log --date=raw` prints it: `1700000000 -0700`.
    static func rawDate(_ signature: Signature) -> String {
        let offset = signature.timeZoneOffsetMinutes
        let sign = offset < 0 ? "-" : "+"
        let hours = abs(offset) / 60
        let minutes = abs(offset) % 60
        let hoursText = hours < 10 ? "0\(hours)" : "\(hours)"
        let minutesText = minutes < 10 ? "0\(minutes)" : "\(minutes)"
        return "\(Int(signature.time.timeIntervalSince1970)) \(sign)\(hoursText)\(minutesText)"
    }

    /// The message of a commit object as stored: everything after the header's blank line.
    static func rawMessage(of id: ObjectID, git: GitCLI) throws -> String {
        let object = try git.git("cat-file", "commit", id.hex)
        guard let separator = object.range(of: "\n\n") else { return "" }
        return String(object[separator.upperBound...])
    }
}
