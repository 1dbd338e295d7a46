import ClaspQueries
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

extension RemotePlan {
    /// POSTs a JSON body to a path under the plan and prints the action's message, as the
    /// local command prints it.
    func printAction(_ path: String, _ body: some Encodable) async throws {
        let id = try await planID()
        let report = try JSONDecoder().decode(ActionReport.self, from: try await client.post("/plans/\(id)\(path)", json: body))
        Console.current.print(report.commandLineText, terminator: "")
    }

    /// GETs a path under the plan and decodes the JSON answer.
    func get<T: Decodable>(_ type: T.Type, _ path: String, query: [(String, String?)] = []) async throws -> T {
        let id = try await planID()
        return try JSONDecoder().decode(T.self, from: try await client.get("/plans/\(id)\(path)", query: query))
    }
}

/// The bodies the remote approval commands send (the API's request shapes).
enum RemoteBody {
    struct Propose: Encodable {
        var `class`: String?
        var kind: String?
        var effective: String?
        var reason: String
        var spec: String?
        var content: String?
        var fileName: String?
        var lineage: Lineage? = nil
        var specs: [String: String]? = nil
    }
    struct Lineage: Encodable { var change: String; var classes: [String]; var into: [String]?; var title: String?; var newId: String? }
    struct Vote: Encodable { var decision: String; var comment: String; var stage: String? }
    struct Revise: Encodable { var spec: String?; var content: String?; var fileName: String?; var reason: String }
    struct Empty: Encodable {}
    struct Adopt: Encodable { var resolution: String?; var meeting: String? }
}
