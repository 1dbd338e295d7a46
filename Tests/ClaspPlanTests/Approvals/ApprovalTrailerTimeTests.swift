import Foundation
import Testing
@testable import ClaspPlan

/// The arithmetic UTC formatter used for `Approved-by:` dates must write exactly what
/// ISO8601DateFormatter writes, or audits would see forged approvals where there are none.
@Suite struct ApprovalTrailerTimeTests {
    static let edges: [Int64] = [
        0, 59, 86_399, 86_400, 951_782_400, 951_868_799, 951_868_800, // 2000-02-29 and around it
        1_767_722_400, 4_107_542_400, 4_107_628_800, // 2100-02-28 and 2100-03-01 (no leap day)
        253_402_300_799, // 9999-12-31T23:59:59Z
    ]

    @Test(arguments: edges)
    func edgeTimesMatchFoundation(seconds: Int64) {
        let date = Date(timeIntervalSince1970: TimeInterval(seconds))
        #expect(ApprovalTrailer.format(date) == Self.foundationText(date))
    }

    @Test func sampledTimesMatchFoundation() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let seconds = Int64(state >> 1) % 253_402_300_800
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            #expect(ApprovalTrailer.format(date) == Self.foundationText(date), "at \(seconds)")
        }
    }

    @Test func fractionalTimesStillFormat() {
        let date = Date(timeIntervalSince1970: 1_767_722_400.5)
        #expect(ApprovalTrailer.format(date) == Self.foundationText(date))
    }

    static func foundationText(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        return formatter.string(from: date)
    }
}
