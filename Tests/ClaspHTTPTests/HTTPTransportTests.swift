import ClaspHTTP
import ClaspTestSupport
import Foundation
import Testing

/// HTTPTransport against a real server (Python's http.server on 127.0.0.1): what is sent arrives
/// as sent, every status comes back as an answer, and what gets no answer is an HTTPFailure.
@Suite struct HTTPTransportTests {
    @Test func theRequestArrivesAsSentAndAnyStatusIsAnAnswer() async throws {
        let server = try EchoServer()
        defer { server.stop() }
        let transport = HTTPTransport(proxy: .direct, connectTimeout: 10, idleTimeout: 10)
        // Over curl's 1 KiB threshold for "Expect: 100-continue", which must not be sent.
        let body = Data(("{\"text\": \"" + String(repeating: "é", count: 2000) + "\"}").utf8)
        let answer = try await transport.send("POST", server.url("/echo"), headers: [("Content-Type", "application/json"), ("X-Probe", "1")],
                                              body: body)
        #expect(answer.status == 418)
        let echo = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
        #expect(echo["method"] as? String == "POST")
        let headers = try #require(echo["headers"] as? [String: String])
        #expect(headers["Content-Type"] == "application/json" && headers["X-Probe"] == "1", "\(headers)")
        #expect(headers["Expect"] == nil, "\(headers)")
        #expect(echo["body"] as? String == String(decoding: body, as: UTF8.self))

        let empty = try await transport.send("GET", server.url("/nothing"))
        #expect(empty.status == 204 && empty.body.isEmpty)
    }

    @Test func anAnswerOverTheLimitIsRefused() async throws {
        let server = try EchoServer()
        defer { server.stop() }
        let fits = try await HTTPTransport(proxy: .direct, maximumBodyBytes: 5000).send("GET", server.url("/big"))
        #expect(fits.status == 200 && fits.body == Data(repeating: UInt8(ascii: "x"), count: 5000))
        let failure = await #expect(throws: HTTPFailure.self) {
            try await HTTPTransport(proxy: .direct, maximumBodyBytes: 4999).send("GET", server.url("/big"))
        }
        #expect(failure?.libcurlMissing == false)
        #expect(failure?.message == "the answer is larger than 4999 bytes")
    }

    @Test func aRefusedConnectionIsAFailureWithLibcurlsReason() async throws {
        let port = try EchoServer.unusedPort()
        let failure = await #expect(throws: HTTPFailure.self) {
            try await HTTPTransport(proxy: .direct).send("GET", URL(string: "http://127.0.0.1:\(port)/")!)
        }
        #expect(failure?.description.contains("Failed to connect to 127.0.0.1 port \(port)") == true, "\(String(describing: failure))")
    }
}

/// Answers POST /echo with 418 and {method, headers, body}, GET /big with 5,000 bytes, and any
/// other GET with 204.
private final class EchoServer: Sendable {
    let port: Int
    private let process: Process

    init() throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let port = Int(line) else {
            kill(process.processIdentifier, SIGKILL)
            throw CocoaError(.fileReadCorruptFile)
        }
        self.port = port
    }

    func url(_ path: String) -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    /// SIGKILL: a child started from a test thread inherits that thread's blocked signals, SIGTERM included.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// A port nothing listens on: bound, then released.
    static func unusedPort() throws -> Int {
        let result = try ProcessRunner.run("/usr/bin/env", ["python3", "-c",
            "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"])
        guard let port = Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw CocoaError(.fileReadCorruptFile) }
        return port
    }

    private static let script = """
        import http.server, json
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"])).decode()
                answer = json.dumps({"method": self.command, "headers": dict(self.headers.items()), "body": body}).encode()
                self.send_response(418); self.send_header("Content-Length", str(len(answer))); self.end_headers()
                self.wfile.write(answer)
            def do_GET(self):
                if self.path == "/big":
                    self.send_response(200); self.send_header("Content-Length", "5000"); self.end_headers()
                    self.wfile.write(b"x" * 5000)
                else:
                    self.send_response(204); self.end_headers()
            def log_message(self, *args): pass
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """
}
