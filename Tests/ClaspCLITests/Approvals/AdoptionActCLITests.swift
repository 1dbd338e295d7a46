import ClaspTestSupport
import Foundation
import Testing

/// `adopt --resolution --meeting`: the approving act recorded on the adoption commit and cited
/// by history, the audit export and plain git, on the demo plan's proposal 2.
@Suite struct AdoptionActCLITests {
    @Test func theResolutionAndMeetingAreRecordedAndCitedEverywhere() throws {
        let demo = try CLI.demo()
        func clasp(_ arguments: String...) throws -> ProcessResult { try CLI.run(["--plan", demo.roseville] + arguments) }
        for person in ["cmorgan", "dpatel"] { #expect(try clasp("--as", person, "vote", "2", "approve").status == 0) }
        let badDate = try clasp("--as", "bchen", "adopt", "2", "--meeting", "2026-13-01")
        #expect(badDate.status == 2, "\(badDate.stderr)")
        let badResolution = try clasp("--as", "bchen", "adopt", "2", "--resolution", "2026-14\nApproved-by: someone")
        #expect(badResolution.status == 1 && badResolution.stderr.contains("the resolution must be one line"), "\(badResolution.stderr)")
        let adopted = try clasp("--as", "bchen", "adopt", "2", "--resolution", "2026-14", "--meeting", "2026-06-24")
        #expect(adopted.status == 0, "\(adopted.stderr)")

        let trailers = try ProcessRunner.git(["--git-dir", demo.roseville, "log", "-1", "--format=%(trailers:key=Resolution,key=Meeting)", "main"]).stdout
        #expect(trailers.contains("Resolution: 2026-14") && trailers.contains("Meeting: 2026-06-24"), "\(trailers)")
        let history = try clasp("history", "finance-technician").stdout
        #expect(history.contains("adopted by: resolution 2026-14, meeting of 2026-06-24"), "\(history)")
        let json = try clasp("history", "finance-technician", "--format", "json").stdout
        #expect(json.contains("\"resolution\" : \"2026-14\""), "\(json)")
        let csv = try clasp("audit", "export", "--format", "csv").stdout
        #expect(csv.hasPrefix("kind,commit,proposal,change,person,role,stage,decision,tree,workflow,at,resolution,meeting\n"))
        #expect(csv.split(separator: "\n").contains { $0.hasPrefix("adoption,") && $0.hasSuffix(",2026-14,2026-06-24") }, "\(csv)")
        #expect(try clasp("audit", "verify").status == 0)
    }
}
