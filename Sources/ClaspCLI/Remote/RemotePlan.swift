import ClaspServer
import Foundation

/// One plan on a server: which plan (`--plan` names it by id; a path's last component is taken,
/// so a `CLASP_PLAN` set for local work still names the same plan), and the client to ask.
struct RemotePlan {
    let client: PlanClient
    let planName: String?

    /// The plan id on the server; when none is named, the only plan the caller may see.
    func planID() async throws -> String {
        if let planName {
            let last = URL(fileURLWithPath: planName).lastPathComponent
            return last.hasSuffix(".git") ? String(last.dropLast(4)) : last
        }
        let plans = try JSONDecoder().decode([PlanSummary].self, from: try await client.get("/plans"))
        guard plans.count == 1, let only = plans.first else {
            throw CommandFailure("the server hosts \(plans.count) plans you may see (\(plans.map(\.id).joined(separator: ", "))); name one with --plan")
        }
        return only.id
    }

    /// GETs a path under the plan (`/classes/x`) and prints the body.
    func printGet(_ path: String, query: [(String, String?)]) async throws {
        let id = try await planID()
        PlanClient.printBody(try await client.get("/plans/\(id)\(path)", query: query))
    }
}
