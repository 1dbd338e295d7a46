import ClaspHTTP
import ClaspQueries
import Foundation

/// Talks to a `clasp serve` over HTTP for the CLI's remote mode (`--server URL`, `CLASP_TOKEN`).
///
/// Read commands ask the server for the same format they would print locally and print the
/// body as it comes, so remote output is the local output. HTTP goes through ``HTTPTransport``
/// (libcurl, loaded only when a request is sent; see docs/DESIGN-NOTES.md).
struct PlanClient {
    let server: URL
    let token: String?
    /// Through the proxy from the environment (``ProxySettings``). No overall deadline: a
    /// connection attempt, or a wait for the next bytes of an answer, may take 60 s, so a slow but
    /// steady large answer is not cut off.
    let transport: HTTPTransport

    /// The largest answer accepted; a plan's whole history as JSON stays far below it.
    static let maximumBodyBytes = 1 << 30

    init(server: String, token: String?) throws {
        guard let url = URL(string: server), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
            throw CommandFailure("--server '\(server)' is not an http(s) URL, e.g. http://127.0.0.1:8080")
        }
        self.server = url
        self.token = token
        transport = HTTPTransport(proxy: try ProxySettings.proxy(for: url).map { .url($0) } ?? .direct,
                                  connectTimeout: 60, idleTimeout: 60, maximumBodyBytes: Self.maximumBodyBytes)
    }

    /// GETs `path` under `/api/v1` with the query and returns the body.
    ///
    /// - Throws: `CommandFailure` with the server's message for any refusal.
    func get(_ path: String, query: [(String, String?)] = []) async throws -> Data {
        try await send("GET", path, query: query, body: nil)
    }

    /// POSTs a JSON body to `path` under `/api/v1`.
    func post(_ path: String, json: some Encodable) async throws -> Data {
        try await send("POST", path, query: [], body: try JSONEncoder().encode(json))
    }

    private func send(_ method: String, _ path: String, query: [(String, String?)], body: Data?) async throws -> Data {
        var components = URLComponents(url: server.appendingPathComponent("api/v1" + path), resolvingAgainstBaseURL: false)
        let items = query.compactMap { key, value in value.map { URLQueryItem(name: key, value: $0) } }
        if !items.isEmpty { components?.queryItems = items }
        guard let url = components?.url else { throw CommandFailure("cannot build a URL for \(path)") }
        var headers: [(name: String, value: String)] = []
        if let token { headers.append(("Authorization", "Bearer \(token)")) }
        if body != nil { headers.append(("Content-Type", "application/json")) }
        let (status, data) = try await exchange(method, url, headers: headers, body: body)
        guard (200..<300).contains(status) else {
            if let failure = try? JSONDecoder().decode(APIErrorBody.self, from: data) {
                throw CommandFailure("\(failure.error.message) (server: \(failure.error.status) \(failure.error.code))")
            }
            throw CommandFailure("\(server.absoluteString) answered \(status) for \(path)")
        }
        return data
    }

    /// Sends one request; a refused connection or a certificate that does not verify is
    /// reported at once, not retried.
    private func exchange(_ method: String, _ url: URL, headers: [(name: String, value: String)], body: Data?)
        async throws -> (status: Int, body: Data)
    {
        do {
            return try await transport.send(method, url, headers: headers, body: body)
        } catch let failure as HTTPFailure where failure.libcurlMissing {
            throw CommandFailure("remote mode needs libcurl (libcurl.so.4); install the libcurl4 package (\(failure.message))")
        } catch {
            throw CommandFailure("cannot reach \(server.absoluteString): \(error)")
        }
    }

    /// Prints a body as the local command would: exactly, with one final newline.
    static func printBody(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        Console.current.print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }
}
