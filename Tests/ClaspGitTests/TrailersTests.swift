import ClaspGit
import ClaspTrailers
import Foundation
import Testing

/// `Trailers` agrees with `git interpret-trailers` on a table of messages that exercise its rules.
@Suite struct TrailersTests {
    static let messages: [String] = [
        "Subject\n\nBody\n\nProposal: 12\nApproved-by: Ana Ruiz <ana@example.gov>\n",
        "Subject only\n",
        "Subject\n\nBody text only.\n",
        "",
        "Proposal: 12\n",
        "Subject\n\nProposal: 12",
        "Subject\n\nKey: first line\n  continued here\n\tand here\nOther: x\n",
        "Subject\n\nKey : spaced key   \nEmpty:\n",
        "Subject\n\nKey: v\nnot a trailer line\n",
        "Subject\n\nSigned-off-by: A <a@example.gov>\nsome text\nmore text\n",
        "Subject\n\nSigned-off-by: A <a@example.gov>\none\ntwo\nthree\nfour\n",
        "Subject\n\nBody\n\n(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)\nReviewed-by: B\n",
        "Subject\n\nKey: v\n# a comment\n\n# another comment\n",
        "Subject\n\nKey: v\n---\n diff --git a/x b/x\nFake: trailer\n",
        "Subject\n\nA: b\n\nA paragraph after the would-be trailers.\n",
        "Subject\n\nReviewed-by: José Núñez <jose@example.gov>\n\n\n",
        "Subject\n\nBody\n\nProposal: 12\nProposal: 12\n",
        "Subject\nstill the title\nKey: in title\n\nKey: real\n",
        "\n\nKey: after leading blank lines\n",
        "Subject\n\n   \nKey: v\n",
        "Subject\n\nKey: v\n  \nOther: w\n",
    ]

    @Test(arguments: messages)
    func parseAgreesWithInterpretTrailersParse(_ message: String) throws {
        try withTemporaryDirectory { directory in
            let git = GitCLI(directory: directory)
            let expected = try git.git("interpret-trailers", "--parse", input: message).outputLines
            #expect(Trailers.parse(message).map(\.description) == expected)
        }
    }

    static let additions: [[Trailer]] = [
        [Trailer(key: "Proposal", value: "12"), Trailer(key: "Approved-by", value: "Ana Ruiz <ana@example.gov>")],
        [Trailer(key: "proposal", value: "12 ")],
        [Trailer(key: "Signed-off-by", value: "A <a@example.gov>"), Trailer(key: "Signed-off-by", value: "A <a@example.gov>")],
    ]

    @Test(arguments: messages, additions)
    func appendAgreesWithInterpretTrailers(_ message: String, _ trailers: [Trailer]) throws {
        try withTemporaryDirectory { directory in
            let git = GitCLI(directory: directory)
            let arguments = ["interpret-trailers"] + trailers.flatMap { ["--trailer", "\($0.key): \($0.value)"] }
            let expected = try git.git(arguments: arguments, input: message)
            #expect(try Trailers.append(trailers, to: message) == expected)
        }
    }

    @Test func appendedTrailersParseBack() throws {
        let trailers = [Trailer(key: "Change", value: "revise finance-technician 2025-07-01"), Trailer(key: "Stage", value: "hr")]
        let message = try Trailers.append(trailers, to: "Vote on proposal 12\n")
        #expect(message == "Vote on proposal 12\n\nChange: revise finance-technician 2025-07-01\nStage: hr\n")
        #expect(Trailers.parse(message) == trailers)
    }

    @Test(arguments: ["", "Bad Key", "Key:", "Ké", "a_b"])
    func appendRejectsInvalidKeys(_ key: String) {
        #expect(throws: TrailerError.invalidKey(key)) {
            try Trailers.append([Trailer(key: key, value: "v")], to: "Subject\n")
        }
    }

    @Test(arguments: ["two\nlines", "carriage\rreturn", "trailing\n"])
    func appendRejectsMultilineValues(_ value: String) {
        #expect(throws: TrailerError.multilineValue(key: "Note", value: value)) {
            try Trailers.append([Trailer(key: "Note", value: value)], to: "Subject\n")
        }
    }

    /// Keys compare as git compares them: ignoring case, and only whole keys.
    @Test func keysMatchIgnoringCaseOnly() {
        let trailer = Trailer(key: "Approved-by", value: "x")
        for name in ["Approved-by", "approved-by", "APPROVED-BY", "aPPROVED-bY"] { #expect(trailer.hasKey(name), "\(name)") }
        for name in ["Approved-b", "Approved-by ", "Approved_by", "Approved-byy", ""] { #expect(!trailer.hasKey(name), "\(name)") }
        #expect(Trailer(key: "Émis-par", value: "x").hasKey("émis-PAR"))
        #expect(!Trailer(key: "Émis-par", value: "x").hasKey("Emis-par"))
    }
}
