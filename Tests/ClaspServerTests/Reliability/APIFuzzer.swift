import ClaspTestSupport
import Foundation

/// One generated request: its bytes, and what a correct server may do with it.
struct FuzzRequest: Sendable {
    var method: String
    var target: String
    var bytes: [UInt8]
    /// Broken at the HTTP level (a lying Content-Length, raw control bytes in the request line,
    /// an oversized header): the HTTP parser may refuse it, or close, before any route sees it.
    var malformedHTTP: Bool
    var isWrite: Bool { method != "GET" && method != "HEAD" }
}

/// Seeded generator of hostile requests against every API route: valid requests mutated in
/// their method, path parameters, query string, headers and JSON body.
struct APIFuzzer: Sendable {
    /// API route templates as the router registers them ("POST /api/v1/plans/{plan}/proposals").
    let routes: [(method: String, path: String)]
    /// A valid body for each write route, keyed by the template's last path component.
    let seeds: [String: String]
    /// Bearer tokens to present (a reader, a committee member).
    let tokens: [String]
    var random: SeededGenerator

    mutating func next() -> FuzzRequest {
        let route = routes.randomElement(using: &random) ?? ("GET", "/api/v1/me")
        var malformed = false
        var method = route.method
        if chance(12) {
            method = ["PUT", "DELETE", "PATCH", "GET", "POST", "OPTIONS", "FOO"].randomElement(using: &random) ?? "PUT"
            // A method the HTTP parser does not know is refused before any route sees it.
            malformed = malformed || method == "FOO"
        }
        var target = instantiate(route.path)
        if chance(2) { target += query() }
        var body = Array((seeds[route.path.split(separator: "/").last.map(String.init) ?? ""] ?? "{}").utf8)
        if chance(4) == false { body = mutateBody(body) }
        var headers: [(String, String)] = []
        switch Int.random(in: 0..<10, using: &random) {
        case 0: break
        case 1: headers.append(("Authorization", "Bearer clasp_" + String(repeating: "0", count: 48)))
        case 2: headers.append(("Authorization", nasty()))
        case 3: headers.append(("Cookie", "clasp_session=\(nasty())"))
        default: headers.append(("Authorization", "Bearer \(tokens.randomElement(using: &random) ?? "")"))
        }
        headers.append(("Content-Type", ["application/json", "application/json; charset=utf-8", "application/x-www-form-urlencoded",
                                         "text/plain", "multipart/form-data; boundary=x", nasty()].randomElement(using: &random) ?? ""))
        if chance(8) { headers.append(("X-CSRF-Token", nasty())) }
        if chance(10) { headers.append(("X-Unknown-\(Int.random(in: 0..<1000, using: &random))", nasty())) }
        if chance(25) {
            headers.append(("X-Huge", String(repeating: "h", count: Int.random(in: 10_000...200_000, using: &random))))
            malformed = true
        }
        if chance(20) {
            let lie = [body.count + Int.random(in: 1...1000, using: &random), 99_999_999_999, 300_000].randomElement(using: &random) ?? 1
            headers.append(("Content-Length", "\(lie)"))
            malformed = true
        }
        if headers.contains(where: { $0.1.unicodeScalars.contains { $0.value < 32 || $0.value == 127 } }) { malformed = true }
        let bytes = RawHTTP.request(method, target: targetBytes(target, malformed: &malformed), headers: headers, body: body)
        // A request head over NIO's 80 KiB limit is refused by the HTTP parser itself.
        if bytes.count - body.count > 64 * 1024 { malformed = true }
        return FuzzRequest(method: method, target: target, bytes: bytes, malformedHTTP: malformed)
    }

    mutating func chance(_ oneIn: Int) -> Bool { Int.random(in: 0..<oneIn, using: &random) == 0 }
}
