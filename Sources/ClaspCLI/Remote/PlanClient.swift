import AsyncHTTPClient
import ClaspQueries
import Foundation
import NIOCore
import NIOHTTP1

/// Talks to a `clasp serve` over HTTP for the CLI's remote mode (`--server URL`, `CLASP_TOKEN`).
///
/// Read commands ask the server for the same format they would print locally and print the
/// body as it comes, so remote output is the local output.
///
/// AsyncHTTPClient rather than URLSession: FoundationNetworking would make every `clasp` run load
/// libcurl and its ~25 shared libraries at start-up, remote mode or not (see BENCHMARKS.md).
struct PlanClient {
    let server: URL
    let token: String?
    /// From the environment (``ProxySettings``); nil to connect directly.
    let proxy: HTTPClient.Configuration.Proxy?

    /// How long a connection attempt, or a wait for the next bytes of an answer, may take: an idle
    /// limit like URLSession's request timeout, so a slow but steady large answer is not cut off.
    static let timeout = HTTPClient.Configuration.Timeout(connect: .seconds(60), read: .seconds(60))
    /// The largest answer accepted; a plan's whole history as JSON stays far below it.
    static let maximumBodyBytes = 1 << 30

    init(server: String, token: String?) throws {
        guard let url = URL(string: server), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
            throw CommandFailure("--server '\(server)' is not an http(s) URL, e.g. http://127.0.0.1:8080")
        }
        self.server = url
        self.token = token
        proxy = try ProxySettings.proxy(for: url)
    }

    /// GETs `path` under `/api/v1` with the query and returns the body.
    ///
    /// - Throws: `CommandFailure` with the server's message for any refusal.
    func get(_ path: String, query: [(String, String?)] = []) async throws -> Data {
        try await send(.GET, path, query: query, body: nil)
    }

    /// POSTs a JSON body to `path` under `/api/v1`.
    func post(_ path: String, json: some Encodable) async throws -> Data {
        try await send(.POST, path, query: [], body: try JSONEncoder().encode(json))
    }

    private func send(_ method: HTTPMethod, _ path: String, query: [(String, String?)], body: Data?) async throws -> Data {
        var components = URLComponents(url: server.appendingPathComponent("api/v1" + path), resolvingAgainstBaseURL: false)
        let items = query.compactMap { key, value in value.map { URLQueryItem(name: key, value: $0) } }
        if !items.isEmpty { components?.queryItems = items }
        guard let url = components?.url else { throw CommandFailure("cannot build a URL for \(path)") }
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = method
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        if let body {
            request.body = .bytes(Array(body))
            request.headers.add(name: "Content-Type", value: "application/json")
        }
        let (status, data) = try await exchange(request)
        guard (200..<300).contains(status) else {
            if let failure = try? JSONDecoder().decode(APIErrorBody.self, from: data) {
                throw CommandFailure("\(failure.error.message) (server: \(failure.error.status) \(failure.error.code))")
            }
            throw CommandFailure("\(server.absoluteString) answered \(status) for \(path)")
        }
        return data
    }

    /// Sends one request on a client of its own (https checked against the system's trust roots)
    /// and shuts that client down, whether or not the exchange succeeded. No overall deadline:
    /// the connect and read timeouts bound every wait.
    private func exchange(_ request: HTTPClientRequest) async throws -> (status: UInt, body: Data) {
        var configuration = HTTPClient.Configuration(timeout: Self.timeout)
        // A refused connection or a certificate that does not verify is reported at once, as
        // URLSession did, rather than retried with backoff until the deadline.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.proxy = proxy
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let result: Result<(UInt, Data), any Error>
        do {
            let response = try await client.execute(request, deadline: .distantFuture)
            let body = try await response.body.collect(upTo: Self.maximumBodyBytes)
            result = .success((response.status.code, Data(body.readableBytesView)))
        } catch {
            result = .failure(CommandFailure("cannot reach \(server.absoluteString): \(error)"))
        }
        try? await client.shutdown()
        return try result.get()
    }

    /// Prints a body as the local command would: exactly, with one final newline.
    static func printBody(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        Console.current.print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }
}
