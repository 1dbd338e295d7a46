import ClaspServer
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Talks to a `clasp serve` over HTTP for the CLI's remote mode (`--server URL`, `CLASP_TOKEN`).
///
/// Read commands ask the server for the same format they would print locally and print the
/// body as it comes, so remote output is the local output.
struct PlanClient {
    let server: URL
    let token: String?
    let session: URLSession

    init(server: String, token: String?) throws {
        guard let url = URL(string: server), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
            throw CommandFailure("--server '\(server)' is not an http(s) URL, e.g. http://127.0.0.1:8080")
        }
        self.server = url
        self.token = token
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 60
        session = URLSession(configuration: configuration)
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
        var request = URLRequest(url: url)
        request.httpMethod = method
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response): (Data, URLResponse)
        do {
            (data, response) = try await session.data(for: request)
        } catch {
            throw CommandFailure("cannot reach \(server.absoluteString): \(error.localizedDescription)")
        }
        guard let http = response as? HTTPURLResponse else { throw CommandFailure("\(server.absoluteString) did not answer over HTTP") }
        guard (200..<300).contains(http.statusCode) else {
            if let failure = try? JSONDecoder().decode(APIErrorBody.self, from: data) {
                throw CommandFailure("\(failure.error.message) (server: \(failure.error.status) \(failure.error.code))")
            }
            throw CommandFailure("\(server.absoluteString) answered \(http.statusCode) for \(path)")
        }
        return data
    }

    /// Prints a body as the local command would: exactly, with one final newline.
    static func printBody(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }
}
