import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Testing

/// A signed-in browser in a router test: its session cookie and the CSRF token its pages carry.
struct BrowserSession {
    var cookie: String
    var csrf: String

    var headers: HTTPFields { [.cookie: cookie] }
}

extension TestClientProtocol {
    /// Signs in through the real login form: fetch it, then post it with its CSRF token and cookie.
    func signIn(_ account: String, password: String = ServerFixture.password) async throws -> BrowserSession {
        let login = try await loginForm()
        let response = try await postForm("/login", fields: ["account": account, "password": password, "csrf": login.csrf, "next": "/"],
                                          cookie: login.cookie)
        #expect(response.status == .found)
        let setCookie = response.headers[values: .setCookie].first { $0.hasPrefix("clasp_session=") }
        let cookie = try #require(setCookie?.split(separator: ";").first.map(String.init))
        let home = try await execute(uri: "/", method: .get, headers: [.cookie: cookie])
        let csrf = try #require(HTMLScraper.hiddenValue("csrf", in: String(buffer: home.body)))
        return BrowserSession(cookie: cookie, csrf: csrf)
    }

    /// The login page's CSRF token and the matching cookie.
    func loginForm() async throws -> (csrf: String, cookie: String) {
        let page = try await execute(uri: "/login", method: .get)
        let csrf = try #require(HTMLScraper.hiddenValue("csrf", in: String(buffer: page.body)))
        let setCookie = page.headers[values: .setCookie].first { $0.hasPrefix("clasp_login_csrf=") }
        let cookie = try #require(setCookie?.split(separator: ";").first.map(String.init))
        return (csrf, cookie)
    }

    func postForm(_ uri: String, fields: [String: String], cookie: String?) async throws -> TestResponse {
        let body = fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let cookie { headers[.cookie] = cookie }
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    func api(_ uri: String, token: String) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: [.authorization: "Bearer \(token)"])
    }
}

/// Reads values out of served HTML the way a browser would see them.
enum HTMLScraper {
    static func hiddenValue(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The stable error code of a JSON error answer.
    var errorCode: String? {
        struct Body: Decodable { struct Inner: Decodable { var code: String }; var error: Inner }
        return try? JSONDecoder().decode(Body.self, from: Data(String(buffer: body).utf8)).error.code
    }
}
