import ClaspTestSupport
import Foundation
import Testing

/// A browser's sign-in against a live server over raw HTTP: the login form's double-submitted
/// CSRF token, then the session cookie and the CSRF token its pages carry.
struct LiveBrowserSession {
    var cookie: String
    var csrf: String
}

extension LiveServer {
    /// Fetches the login form and posts it; returns the answer to the post.
    func postLogin(_ account: String, password: String, from source: String = "127.0.0.1") async throws -> HTTPReply {
        let form = try #require(try await exchange(RawHTTP.request("GET", "/login"), from: source))
        let csrf = try #require(HTMLScraper.hiddenValue("csrf", in: form.text))
        let cookie = try #require(form.setCookies.first { $0.hasPrefix("clasp_login_csrf=") }?.split(separator: ";").first)
        let body = [("account", account), ("password", password), ("csrf", csrf), ("next", "/")]
            .map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
        return try #require(try await exchange(RawHTTP.request("POST", "/login", headers: [("Content-Type", "application/x-www-form-urlencoded"),
                                                                                    ("Cookie", String(cookie))], body: Array(body.utf8)), from: source))
    }

    /// Signs in and reads the session's CSRF token from the home page.
    func signIn(_ account: String, password: String) async throws -> LiveBrowserSession {
        let reply = try await postLogin(account, password: password)
        try #require(reply.status == 302, "\(reply.status) \(reply.text)")
        let cookie = try #require(reply.setCookies.first { $0.hasPrefix("clasp_session=") }?.split(separator: ";").first.map(String.init))
        let home = try #require(try await exchange(RawHTTP.request("GET", "/", headers: [("Cookie", cookie)])))
        return LiveBrowserSession(cookie: cookie, csrf: try #require(HTMLScraper.hiddenValue("csrf", in: home.text)))
    }

    /// Posts a form the way the proposal page does, with the session cookie and its CSRF token.
    func postForm(_ path: String, session: LiveBrowserSession?, fields: [String: String] = [:]) async throws -> HTTPReply? {
        var all = fields
        if let session { all["csrf"] = session.csrf }
        let body = all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
        var headers = [("Content-Type", "application/x-www-form-urlencoded")]
        if let session { headers.append(("Cookie", session.cookie)) }
        return try await exchange(RawHTTP.request("POST", path, headers: headers, body: Array(body.utf8)))
    }
}
