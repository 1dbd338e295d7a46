import ClaspPlan
import ClaspSpec
import Foundation

extension ServerFixture {
    /// The demo plans with Roseville's default workflow giving analyst review two days and the
    /// committee five. Proposal 2's committee stage opened on 2026-02-03 (aortiz's approval), so
    /// it was due on 2026-02-08.
    static func withDueDays() throws -> ServerFixture {
        try ServerFixture { sources in
            let file = sources.appendingPathComponent("roseville/workflows/default.yaml")
            var workflow = try Workflow.decode(String(contentsOf: file, encoding: .utf8))
            for index in workflow.stages.indices {
                workflow.stages[index].dueDays = ["analyst-review": 2, "committee": 5][workflow.stages[index].name]
            }
            try workflow.encode().write(to: file, atomically: true, encoding: .utf8)
        }
    }

    static let rosevilleZone = "America/Los_Angeles"

    /// Today in Roseville.
    static var rosevilleToday: PlanDate { RecordedTime.day(of: Date(), timeZone: rosevilleZone) }

    /// `hour` o'clock on `day` in Roseville.
    static func rosevilleInstant(_ day: PlanDate, hour: Int) -> Date {
        RecordedTime.startOfDay(after: day.adding(days: -1), timeZone: rosevilleZone).addingTimeInterval(Double(hour) * 3_600)
    }
}
