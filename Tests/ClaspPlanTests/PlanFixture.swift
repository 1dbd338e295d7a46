import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation

/// A fresh plan on disk with an administrator, an analyst and helpers to record versions at
/// chosen instants, so recorded-time tests control the clock.
struct PlanFixture {
    let directory: TemporaryDirectory
    let plan: Plan
    let admin = Person(id: "admin", name: "Dana Admin", email: "admin@plan.example", roles: [.administrator])
    let analyst = Person(id: "alma", name: "Alma Analyst", email: "alma@plan.example", roles: [.analyst])

    init(timeZone: String = "America/Los_Angeles", created: Date = PlanFixture.instant("2026-01-05T09:00:00-08:00")) throws {
        directory = try TemporaryDirectory("clasp-plan")
        plan = try Plan.create(at: directory.path("plan"),
                               config: PlanConfig(id: "testville", agency: "City of Testville", timeZone: timeZone),
                               roster: Roster(people: [admin, analyst]), by: admin, at: created)
    }

    var path: String { directory.path("plan") }

    /// A small spec version with one definition paragraph and one duty.
    static func version(_ title: String, _ date: String, definition: String = "To perform accounting work.",
                        duty: String = "Reconcile accounts.", onFile: Bool = true) -> SpecVersion {
        SpecVersion(title: title, effective: PlanDate(iso: date)!, textOnFile: onFile,
                    sections: onFile ? [
                        Section(kind: .definition, heading: "DEFINITION", text: [definition]),
                        Section(kind: .duties, heading: "EXAMPLES OF ESSENTIAL DUTIES", items: [Item(text: duty)]),
                    ] : [])
    }

    @discardableResult
    func importVersion(_ classID: String, _ version: SpecVersion, at time: String, replace: Bool = false) throws -> [ImportOutcome] {
        try plan.importVersions([ImportRequest(classID: classID, version: version, source: "test")], by: admin.id,
                                replace: replace, at: PlanFixture.instant(time))
    }

    static func instant(_ iso: String) -> Date {
        ISO8601DateFormatter().date(from: iso)!
    }

    func git(_ arguments: String...) throws -> ProcessResult {
        try ProcessRunner.git(["--git-dir", path] + arguments)
    }
}
