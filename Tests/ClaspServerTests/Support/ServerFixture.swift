import ClaspPlan
import ClaspServer
import ClaspTestSupport
import Foundation
import Hummingbird

/// The demo plans built into a unique temporary directory, with two changes that tests need:
/// Sample City's class text carries HTML and a script (it must show as text), and has a second
/// version so two versions can be compared. Accounts use bcrypt's lowest cost to keep tests fast.
final class ServerFixture: @unchecked Sendable {
    // @unchecked: every stored property is immutable after init.
    let directory: TemporaryDirectory
    let services: ServerServices
    static let password = "correct-horse"
    static let hostile = "<script>alert('owned')</script> & <b>bold</b>"

    /// Accounts: `cmorgan` (Roseville committee), `auditor` (auditor in both plans),
    /// `analyst` (Sample City analyst), `outsider` (in no roster).
    static let accounts = ["cmorgan", "auditor", "analyst", "outsider"]

    /// - Parameter adjustSources: changes the copied demo sources (a folder holding `roseville/`
    ///   and `sample-city/`) before the plans are built from them.
    init(loginAttempts: Int = 5, publicSite: Bool = false, adjustSources: ((URL) throws -> Void)? = nil) throws {
        directory = try TemporaryDirectory("clasp-server")
        let sources = directory.url.appendingPathComponent("sources")
        try FileManager.default.copyItem(at: PackagePaths.root.appendingPathComponent("Sources/ClaspCLI/Resources/Repo"), to: sources)
        try adjustSources?(sources)
        let classFolder = sources.appendingPathComponent("sample-city/classes/accounting-technician-ii")
        let original = classFolder.appendingPathComponent("2015-02-01.yaml")
        var text = try String(contentsOf: original, encoding: .utf8)
        text = text.replacingOccurrences(of: "to collaborate with", with: "to \(ServerFixture.hostile) collaborate with")
        try text.write(to: original, atomically: true, encoding: .utf8)
        let revised = text.replacingOccurrences(of: "effective: 2015-02-01", with: "effective: 2020-07-01")
            .replacingOccurrences(of: "Performs full performance", with: "Performs advanced")
        try revised.write(to: classFolder.appendingPathComponent("2020-07-01.yaml"), atomically: true, encoding: .utf8)
        let plans = directory.url.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        for name in ["roseville", "sample-city"] {
            _ = try DemoPlanBuilder().build(from: sources.appendingPathComponent(name), into: plans.appendingPathComponent(name))
        }
        let configuration = ServerConfiguration(port: 0, plans: [plans.appendingPathComponent("roseville").path,
                                                                 plans.appendingPathComponent("sample-city").path],
                                                dataDirectory: directory.path("data"), logLevel: "warning",
                                                bcryptCost: 4, loginAttempts: loginAttempts, publicSite: publicSite)
        services = try ServerServices(configuration: configuration)
        for account in ServerFixture.accounts { try services.accounts.add(account, password: ServerFixture.password) }
    }

    func token(_ account: String) throws -> String { try services.accounts.issueToken(account, label: "test") }

    /// The service, to be served for a test's length (`fixture.application.test(.router) { client in … }`).
    var application: TestServer { TestServer(services: services) }

    func planPath(_ id: String) -> String { directory.path("plans/\(id)") }
}
