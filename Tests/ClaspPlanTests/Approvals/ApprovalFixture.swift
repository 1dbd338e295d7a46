import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation

/// A plan with the project's default workflows, two analysts, three committee members, three
/// commissioners and an administrator, plus one class whose 2019-07-16 text is on file.
struct ApprovalFixture {
    let directory: TemporaryDirectory
    let plan: Plan
    static let people: [Person] = [
        Person(id: "admin", name: "Dana Admin", email: "admin@plan.example", roles: [.administrator]),
        Person(id: "aortiz", name: "Alma Ortiz", email: "aortiz@plan.example", roles: [.analyst]),
        Person(id: "bchen", name: "Ben Chen", email: "bchen@plan.example", roles: [.analyst]),
        Person(id: "cmorgan", name: "Carla Morgan", email: "cmorgan@plan.example", roles: [.committee]),
        Person(id: "dpatel", name: "Dev Patel", email: "dpatel@plan.example", roles: [.committee]),
        Person(id: "ejohnson", name: "Erin Johnson", email: "ejohnson@plan.example", roles: [.committee]),
        Person(id: "fgarcia", name: "Felix Garcia", email: "fgarcia@plan.example", roles: [.commissioner]),
        Person(id: "gkim", name: "Grace Kim", email: "gkim@plan.example", roles: [.commissioner]),
        Person(id: "hlopez", name: "Hugo Lopez", email: "hlopez@plan.example", roles: [.commissioner]),
    ]
    static let classID = "finance-technician"
    static let date = PlanDate(iso: "2019-07-16")!

    /// - Parameters:
    ///   - adjust: changes the default workflow before the plan is created (a veto, parallel stages).
    ///   - people: the roster (signing keys included); the first is the administrator who creates the plan.
    ///   - signer: the administrator's private key, when `people` lists one for them.
    ///   - timeZone: the plan's time zone.
    init(adjust: ((inout Workflow) -> Void)? = nil, people: [Person] = ApprovalFixture.people, signer: SSHSigningKey? = nil,
         timeZone: String = "UTC") throws {
        directory = try TemporaryDirectory("clasp-approve")
        var workflows: [String: String] = [:]
        let folder = PackagePaths.root.appendingPathComponent("Workflows").resolvingSymlinksInPath()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
            workflows["workflows/\(name)"] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        if let adjust, let text = workflows["workflows/default.yaml"] {
            var workflow = try Workflow.decode(text)
            adjust(&workflow)
            workflows["workflows/default.yaml"] = workflow.encode()
        }
        plan = try Plan.create(at: directory.path("plan"), config: PlanConfig(id: "testville", agency: "City of Testville", timeZone: timeZone),
                               roster: Roster(people: people), files: workflows, by: people[0], signer: signer, at: Self.clock(0))
        _ = try plan.importVersions([ImportRequest(classID: Self.classID, version: Self.version(), source: "test")],
                                    by: "admin", at: Self.clock(1))
    }

    var path: String { directory.path("plan") }

    /// A fixed instant `minutes` after 2026-01-05 17:00 UTC.
    static func clock(_ minutes: Int) -> Date { Date(timeIntervalSince1970: 1_767_632_400 + Double(minutes) * 60) }

    static func version(definition: String = "To perform a variety of technical accounting work.",
                        duty: String = "Reconcile accounts and prepare reports.",
                        experience: String = "Two years of accounting experience.", flsa: FLSAStatus? = nil) -> SpecVersion {
        SpecVersion(title: "Finance Technician I/II", effective: date, flsa: flsa, sections: [
            Section(kind: .definition, heading: "DEFINITION", text: [definition]),
            Section(kind: .duties, heading: "EXAMPLES OF ESSENTIAL DUTIES", items: [Item(text: duty)]),
            Section(kind: .experience, heading: "EXPERIENCE", text: [experience]),
        ])
    }

    /// Opens a correction of the 2019-07-16 version as aortiz.
    func propose(_ version: SpecVersion, kind: ChangeKind = .correct, at minute: Int = 10) throws -> Proposal {
        try plan.propose(.correct(Self.classID, to: version, reason: "Fix the text"), by: "aortiz", at: Self.clock(minute))
    }

    func git(_ arguments: String...) throws -> ProcessResult {
        try ProcessRunner.git(["--git-dir", path] + arguments)
    }
}
