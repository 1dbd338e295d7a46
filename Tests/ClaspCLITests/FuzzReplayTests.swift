import ClaspTestSupport
import Foundation
import Testing

/// `clasp-fuzz` in an ordinary build replays files through a fuzz target: the way a libFuzzer
/// finding is reproduced. These tests run the seed corpus through every target, so the
/// properties the fuzzer checks (canonical round trips, typed refusals, trailers kept) hold
/// for the real specs in every `swift test`, not only in `make fuzz`.
@Suite struct FuzzReplayTests {
    static let targets = ["yaml", "spec", "class", "importer", "trailers"]

    static func corpusFiles() throws -> [String] {
        let folder = PackagePaths.root.appendingPathComponent("Fuzz/corpus")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            folder.appendingPathComponent($0).path
        }
    }

    @Test(arguments: targets)
    func theSeedCorpusKeepsEveryPropertyOfTheTarget(_ target: String) throws {
        let files = try Self.corpusFiles()
        try #require(files.count >= 6)
        let result = try ProcessRunner.run(PackagePaths.builtProduct("clasp-fuzz"), files,
                                           environment: ["CLASP_FUZZ_TARGET": target])
        #expect(result.status == 0, "\(result.stderr)")
        let passed = result.stdout.split(separator: "\n").filter { $0.hasSuffix(": ok") && $0.hasPrefix("\(target): ") }
        #expect(passed.count == files.count)
    }

    @Test func anUnknownTargetIsAUsageErrorNamingTheTargets() throws {
        let result = try ProcessRunner.run(PackagePaths.builtProduct("clasp-fuzz"), [],
                                           environment: ["CLASP_FUZZ_TARGET": "json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("yaml, spec, class, importer, trailers"))
    }

    @Test func aFileThatCannotBeReadFailsTheReplay() throws {
        let result = try ProcessRunner.run(PackagePaths.builtProduct("clasp-fuzz"), ["/nonexistent/input"],
                                           environment: ["CLASP_FUZZ_TARGET": "yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot read /nonexistent/input"))
    }
}
