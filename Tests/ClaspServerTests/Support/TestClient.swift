import ClaspTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// An answer as the tests read it: status, headers (repeats kept) and body.
struct TestResponse: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: ByteBuffer
}

/// What a test sends requests through.
protocol TestClientProtocol: Sendable {
    func executeRequest(uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> TestResponse
    /// The server's port on 127.0.0.1.
    var port: Int? { get }
}

extension TestClientProtocol {
    /// Sends one request and hands its answer to `check` (by default, returns it).
    @discardableResult
    func execute<Return>(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil,
                         check: (TestResponse) async throws -> Return = { $0 }) async throws -> Return {
        try await check(executeRequest(uri: uri, method: method, headers: headers, body: body))
    }
}

/// HTTP/1.1 over a TCP connection of its own per request (`Connection: close`), on a thread of
/// its own so a slow answer never holds one of Swift's cooperative threads.
struct LiveTestClient: TestClientProtocol {
    let port: Int?
    /// Seconds of silence before a request fails rather than hanging the test.
    static let timeout: TimeInterval = 120

    func executeRequest(uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> TestResponse {
        guard let port else { throw TestServerError.notServing }
        let request = RawHTTP.request(method.rawValue, uri, headers: headers.map { ($0.name.rawName, $0.value) },
                                      body: body.map { Array($0.readableBytesView) } ?? [])
        guard let reply = try await onOwnThread({ try RawHTTP.exchange(request, port: port, timeout: Self.timeout) }) else {
            throw TestServerError.noAnswer("\(method) \(uri)")
        }
        var fields = HTTPFields()
        for (name, value) in reply.fields {
            if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) }
        }
        return TestResponse(status: HTTPResponse.Status(code: reply.status), headers: fields, body: ByteBuffer(bytes: reply.body))
    }
}
