import ClaspTestSupport
import Foundation
import Testing

/// The built `clasp` binary against the in-process runner every other test uses: the same
/// output and exit status for help, a read, a write, standard input and errors, so what the
/// in-process tests check is what a user running the binary gets.
@Suite struct BinarySmokeTests {
    @Test func helpIsTheSameFromTheBinaryAndInProcess() throws {
        let binary = try CLI.runBinary(["--help"])
        #expect(binary.status == 0, "\(binary.stderr)")
        #expect(binary.stdout.contains("USAGE: clasp"), "\(binary.stdout)")
        #expect(try CLI.run(["--help"]).stdout == binary.stdout)
        let version = try CLI.runBinary(["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty)
        #expect(try CLI.run(["--version"]).stdout == version.stdout)
    }

    /// No command pays at start-up for loading libcurl and its ~25 libraries: remote mode and the
    /// webhook load it with dlopen when they send a request (see PlanClientConnectionTests).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ldd"), "needs ldd"))
    func theBinaryLinksNeitherLibcurlNorFoundationNetworking() throws {
        let linked = try ProcessRunner.run("/usr/bin/ldd", [PackagePaths.claspExecutable])
        #expect(linked.status == 0 && linked.stdout.contains("libc.so"), "ldd could not read the binary: \(linked.stderr)")
        for library in ["libcurl", "libFoundationNetworking"] {
            #expect(!linked.stdout.contains(library), "clasp links \(library):\n\(linked.stdout)")
        }
    }

    @Test func aReadAndAWriteGiveTheSameOutputAndStatus() throws {
        let demo = try CLI.demo()
        let list = ["--plan", demo.roseville, "list", "--as-of", "2010-01-01"]
        let binaryList = try CLI.runBinary(list)
        #expect(binaryList.status == 0, "\(binaryList.stderr)")
        #expect(binaryList.stdout.contains("billing-specialist"), "\(binaryList.stdout)")
        #expect(try CLI.run(list).stdout == binaryList.stdout)

        let vote = try CLI.runBinary(["--plan", demo.roseville, "--as", "cmorgan", "vote", "2", "approve", "-m", "Reads well"])
        #expect(vote.status == 0, "\(vote.stderr)")
        let status = try CLI.run(["--plan", demo.roseville, "proposal", "2", "--format", "json"])
        #expect(status.stdout.contains("cmorgan"), "\(status.stdout)")
        #expect(try CLI.runBinary(["--plan", demo.roseville, "proposal", "2", "--format", "json"]).stdout == status.stdout)
    }

    @Test(arguments: [
        (["--plan", "PLAN", "show", "payroll-clerk"], Int32(1)),
        (["--plan", "PLAN", "list", "--as-of", "2019-02-30"], Int32(2)),
        (["--plan", "PLAN", "list", "--no-such-option"], Int32(2)),
        (["--plan", "PLAN", "check", "--format", "yaml"], Int32(2)),
    ])
    func errorsExitAlikeWithTheSameMessage(arguments: [String], status: Int32) throws {
        let demo = try CLI.demo()
        let arguments = arguments.map { $0 == "PLAN" ? demo.roseville : $0 }
        let binary = try CLI.runBinary(arguments)
        let inProcess = try CLI.run(arguments)
        #expect(binary.status == status, "\(binary.stderr)")
        #expect(inProcess.status == binary.status)
        #expect(inProcess.stderr == binary.stderr)
        #expect(inProcess.stdout == binary.stdout)
    }

    @Test func standardInputReachesTheCommandBothWays() throws {
        let directory = try TemporaryDirectory()
        let piped = try CLI.runBinary(["accounts", "add", "cmorgan", "--data", directory.path("data"), "--password-stdin"],
                                      input: "correct horse\n")
        #expect(piped.status == 0 && piped.stdout == "added cmorgan\n", "\(piped.stderr)")
        let given = try CLI.run(["accounts", "add", "bchen", "--data", directory.path("data"), "--password-stdin"], input: "battery staple\n")
        #expect(given.status == 0 && given.stdout == "added bchen\n", "\(given.stderr)")
        let empty = try CLI.run(["accounts", "add", "dpatel", "--data", directory.path("data"), "--password-stdin"])
        #expect(empty.status == 1 && empty.stderr == "clasp: error: no password on standard input\n", "\(empty.stderr)")
        let listed = try CLI.run(["accounts", "list", "--data", directory.path("data")])
        #expect(listed.stdout == "bchen\ncmorgan\n", "\(listed.stdout)")
    }
}
