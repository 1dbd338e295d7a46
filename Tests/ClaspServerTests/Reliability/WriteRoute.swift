import ClaspServer
import ClaspTestSupport
import Foundation
import Hummingbird

/// Every state-changing route the server registers, with a request that exercises it and a
/// caller whose role in Roseville's roster does not allow it. The access tests walk this list;
/// `uncovered` fails them when a write route is added to the router without an entry here.
struct WriteRoute: Sendable, CustomStringConvertible {
    /// As the router describes it: "POST /api/v1/plans/{plan}/proposals/{number}/votes".
    var route: String
    /// The concrete path called.
    var path: String
    var json: String?
    /// Someone signed in whom the roster in force does not allow to do this, and a piece of the
    /// refusal's message that names the rule.
    var forbiddenCaller: String?
    var rule: String

    var description: String { route }
    var isAPI: Bool { path.hasPrefix("/api/") }

    static let proposal2 = "/plans/roseville/proposals/2"

    /// `proposalBody` is a valid proposal (so the refusal can only be about the caller).
    /// `revisionBody` a valid revision of proposal 2.
    static func all(proposalBody: String, revisionBody: String) -> [WriteRoute] {
        let api = "/api/v1" + proposal2
        return [
            WriteRoute(route: "POST /api/v1/plans/{plan}/proposals", path: "/api/v1/plans/roseville/proposals", json: proposalBody,
                       forbiddenCaller: "cmorgan", rule: "analyst"),
            WriteRoute(route: "POST /api/v1/plans/{plan}/proposals/{number}/votes", path: api + "/votes", json: #"{"decision":"approve"}"#,
                       forbiddenCaller: "auditor", rule: "committee"),
            WriteRoute(route: "POST /api/v1/plans/{plan}/proposals/{number}/comments", path: api + "/comments", json: #"{"text":"A remark"}"#,
                       forbiddenCaller: "outsider", rule: "roster"),
            WriteRoute(route: "POST /api/v1/plans/{plan}/proposals/{number}/revisions", path: api + "/revisions", json: revisionBody,
                       forbiddenCaller: "cmorgan", rule: "analyst"),
            WriteRoute(route: "POST /api/v1/plans/{plan}/proposals/{number}/withdraw", path: api + "/withdraw", json: "{}",
                       forbiddenCaller: "cmorgan", rule: "administrator"),
            WriteRoute(route: "POST /api/v1/plans/{plan}/proposals/{number}/adopt", path: api + "/adopt", json: "{}",
                       forbiddenCaller: "cmorgan", rule: "analyst"),
            WriteRoute(route: "POST /api/v1/plans/{plan}/proposals/{number}/rebase", path: api + "/rebase", json: "{}",
                       forbiddenCaller: "cmorgan", rule: "analyst"),
            // Issuing a token is signing in: its refusal is a wrong password, not a role.
            WriteRoute(route: "POST /api/v1/tokens", path: "/api/v1/tokens", json: #"{"account":"cmorgan","password":"wrong"}"#,
                       forbiddenCaller: nil, rule: "password"),
            WriteRoute(route: "POST /plans/{plan}/proposals/{number}/vote", path: proposal2 + "/vote", json: nil,
                       forbiddenCaller: "auditor", rule: "committee"),
            WriteRoute(route: "POST /plans/{plan}/proposals/{number}/comment", path: proposal2 + "/comment", json: nil,
                       forbiddenCaller: "outsider", rule: "roster"),
            WriteRoute(route: "POST /plans/{plan}/proposals/{number}/adopt", path: proposal2 + "/adopt", json: nil,
                       forbiddenCaller: "cmorgan", rule: "analyst"),
            WriteRoute(route: "POST /plans/{plan}/proposals/{number}/withdraw", path: proposal2 + "/withdraw", json: nil,
                       forbiddenCaller: "cmorgan", rule: "administrator"),
            WriteRoute(route: "POST /plans/{plan}/proposals/{number}/rebase", path: proposal2 + "/rebase", json: nil,
                       forbiddenCaller: "cmorgan", rule: "analyst"),
            WriteRoute(route: "POST /plans/{plan}/classes/{class}/draft", path: "/plans/roseville/classes/finance-technician/draft", json: nil,
                       forbiddenCaller: "cmorgan", rule: "analyst"),
            // The live preview writes nothing, but it reads a draft only an analyst may make.
            WriteRoute(route: "POST /plans/{plan}/classes/{class}/draft/preview", path: "/plans/roseville/classes/finance-technician/draft/preview",
                       json: nil, forbiddenCaller: "cmorgan", rule: "analyst"),
            WriteRoute(route: "POST /plans/{plan}/classes/{class}/establish", path: "/plans/roseville/classes/finance-technician/establish",
                       json: nil, forbiddenCaller: "cmorgan", rule: "analyst"),
            WriteRoute(route: "POST /plans/{plan}/classes/{class}/establish/preview",
                       path: "/plans/roseville/classes/finance-technician/establish/preview", json: nil, forbiddenCaller: "cmorgan", rule: "analyst"),
            WriteRoute(route: "POST /plans/{plan}/proposals/{number}/revise", path: proposal2 + "/revise", json: nil,
                       forbiddenCaller: "cmorgan", rule: "analyst"),
            WriteRoute(route: "POST /plans/{plan}/proposals/{number}/revise/preview", path: proposal2 + "/revise/preview", json: nil,
                       forbiddenCaller: "cmorgan", rule: "analyst"),
            WriteRoute(route: "POST /plans/{plan}/lineage/propose", path: "/plans/roseville/lineage/propose", json: nil,
                       forbiddenCaller: "cmorgan", rule: "analyst"),
            // Signing in and out change only the caller's own session, never a plan.
            WriteRoute(route: "POST /login", path: "/login", json: nil, forbiddenCaller: nil, rule: "password"),
            WriteRoute(route: "POST /logout", path: "/logout", json: nil, forbiddenCaller: nil, rule: "session"),
        ]
    }

    /// Write routes the router registers that `routes` lacks.
    static func uncovered(by routes: [WriteRoute], router: Router<AppRequestContext>) -> [String] {
        let registered = router.routes.filter { ![.get, .head, .options].contains($0.method) }.map { "\($0.method) \($0.path)" }
        let covered = Set(routes.map(\.route))
        return registered.filter { !covered.contains($0) }.sorted()
    }
}
