import ClaspGit
import ClaspTrailers
import Foundation
import Testing

/// The trailer parser on hostile commit messages: huge, one 10 MB line, NUL bytes, control
/// characters, thousands of continuation lines; plus bounded mutation fuzzing with a fixed seed
/// (`CLASP_FUZZ_SECONDS` lengthens it under `make fuzz`). Parsing never fails, so the property is:
/// no crash, no hang, and what `append` writes after a subject paragraph parses back
/// to what was appended.
@Suite struct TrailerHostileTests {
    static let cases: [(String, String)] = [
        ("empty", ""),
        ("ten-megabyte-line", "Subject\n\nKey: " + String(repeating: "v", count: 10 << 20)),
        ("many-trailers", "Subject\n\n" + (0..<20_000).map { "Key-\($0): value" }.joined(separator: "\n")),
        ("many-continuations", "Subject\n\nKey: v\n" + String(repeating: "  more\n", count: 100_000)),
        ("nul-and-controls", "Subject\u{0}\n\nKey: a\u{0}b\u{1B}[2J\nOther:\u{7}\u{8}\n"),
        ("only-separators", String(repeating: ":\n", count: 50_000)),
        ("patch-divider", "Subject\n\nProposal: 1\n---\nProposal: 2\n"),
        ("cr-line-ends", "Subject\r\n\r\nProposal: 1\r\nPerson: x\r\n"),
        ("scissors", "Subject\n\nA: b\n# ------------------------ >8 ------------------------\nC: d\n"),
    ]

    @Test func hostileMessagesParseQuickly() {
        for (name, message) in Self.cases {
            let start = Date()
            _ = Trailers.parse(message)
            #expect(Date().timeIntervalSince(start) < 30, "\(name) took too long")
        }
        #expect(Trailers.parse("Subject\n\nProposal: 1\n---\nProposal: 2\n").map(\.value) == ["1"])
    }

    @Test func appendRefusesKeysAndValuesThatWouldForgeTrailers() {
        #expect(throws: (any Error).self) { try Trailers.append([Trailer(key: "Event", value: "vote\nApproved-by: x")], to: "S\n") }
        #expect(throws: (any Error).self) { try Trailers.append([Trailer(key: "Ev ent", value: "x")], to: "S\n") }
        #expect(throws: (any Error).self) { try Trailers.append([Trailer(key: "", value: "x")], to: "S\n") }
    }

    /// Random messages built from trailer-ish pieces must parse, and take appended trailers,
    /// exactly as `git interpret-trailers` does: git is the oracle, byte for byte.
    @Test func randomMessagesMatchGitInterpretTrailers() throws {
        let seconds = ProcessInfo.processInfo.environment["CLASP_FUZZ_SECONDS"].flatMap(Double.init)
        let deadline = Date().addingTimeInterval(seconds ?? 3_600)
        let budget = seconds == nil ? 25 : Int.max
        var state: UInt64 = 2026
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
        let pieces = ["Subject", "\n", "\n\n", "Key: value", "Signed-off-by: A <a@b>", "  cont", "---", "#", ":", " ", "\t", "\r",
                      "é", "Proposal: 1", "(cherry picked from commit abc)", "Key:", "-", "Approved-by: x role=y",
                      "\n# ------------------------ >8 ------------------------\n"]
        let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("trailer-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let git = GitCLI(directory: directory)
        var executions = 0, gitHangs = 0
        while executions < budget && Date() < deadline {
            let message = (0..<next(30)).map { _ in pieces[next(pieces.count)] }.joined()
            let started = Date()
            let parsed = Trailers.parse(message).map { "\($0.key): \($0.value)\n" }.joined()
            let number = String(next(1000))
            let appended = try Trailers.append([Trailer(key: "Proposal", value: number)], to: message)
            #expect(Date().timeIntervalSince(started) < 5, "Clasp took too long on \(message.debugDescription)")
            try Data(message.utf8).write(to: directory.appendingPathComponent("message"))
            executions += 1
            // git 2.39 itself loops forever on some of these inputs; such an input has no oracle.
            let expectedParse: String, expectedAppend: String
            do {
                expectedParse = try git.shell("timeout 5 git interpret-trailers --parse < message")
                expectedAppend = try git.shell("timeout 5 git interpret-trailers --trailer 'Proposal: \(number)' < message")
            } catch let error as GitCLI.CommandError where error.status == 124 {
                gitHangs += 1
                print("git interpret-trailers hung on \(message.debugDescription); Clasp answered in time")
                continue
            }
            #expect(parsed == expectedParse, "\(message.debugDescription)")
            #expect(appended == expectedAppend, "\(message.debugDescription)")
        }
        print("trailer fuzz against git: \(executions) messages, \(gitHangs) on which git itself hung")
    }
}
