import ClaspPlan
import Testing

/// `Approved-by:` values are parsed back when the audit compares an adoption's claimed
/// approvals with the votes in its log: the shape must be read strictly and rendered the same.
@Suite struct ApprovalTrailerParsingTests {
    static let canonical = "cmorgan role=committee stage=committee tree=a0fd788101b02cee3e44da5122a2fd0c2455224f date=2026-01-06T18:00:00Z"

    @Test func readsWhatItWrites() throws {
        let trailer = try #require(ApprovalTrailer(Self.canonical))
        #expect(trailer.person == "cmorgan" && trailer.role == "committee" && trailer.stage == "committee")
        #expect(trailer.tree == "a0fd788101b02cee3e44da5122a2fd0c2455224f" && trailer.date == "2026-01-06T18:00:00Z")
        #expect(trailer.value == Self.canonical)
    }

    @Test func fieldsInAnyOrderAndRepeatedOnesNormalise() throws {
        let shuffled = try #require(ApprovalTrailer("cmorgan  date=2026-01-06T18:00:00Z tree=a0fd788101b02cee3e44da5122a2fd0c2455224f stage=x stage=committee role=committee extra=ignored"))
        #expect(shuffled.value == Self.canonical)
        #expect(ApprovalTrailer("p role=a=b stage=s tree=t date=d")?.role == "a=b")
    }

    @Test(arguments: [
        "", "   ", "cmorgan", "cmorgan role=committee stage=committee tree=abc",
        "cmorgan role=committee stage=committee tree=abc date", "cmorgan role= stage=s tree=t date=d",
        "cmorgan =committee role=r stage=s tree=t date=d", "cmorgan role=r stage=s tree=t date=d loose",
    ])
    func refusesOtherShapes(_ value: String) {
        #expect(ApprovalTrailer(value) == nil, "\(value)")
    }
}
