import ClaspTestSupport
import Foundation
import Testing

/// Remote mode honours the proxy variables curl honours: through a real forwarding proxy to a
/// live `clasp serve`, around it for `no_proxy` hosts, and a clear error for a proxy it cannot use.
@Suite struct RemoteProxyTests {
    @Test func requestsGoThroughTheProxyUnlessTheHostIsListedInNoProxy() async throws {
        let demo = try CLI.demo()
        let live = try await LiveServer(["--plans", demo.plans, "--data", demo.directory.path("data")])
        defer { live.killBlocking() }
        let proxy = try ForwardingProxy(logDirectory: demo.directory.path("proxy"))
        defer { proxy.stop() }
        let server = "http://127.0.0.1:\(live.port)"
        let base = ["CLASP_SERVER": server, "CLASP_TOKEN": "clasp_not-a-token"]

        let proxied = try CLI.run(["--plan", "roseville", "list"],
                                  environment: base.merging(["http_proxy": "http://auditor:s%40cret@127.0.0.1:\(proxy.port)"]) { $1 })
        // The server's own refusal came back through the proxy.
        #expect(proxied.status == 1)
        #expect(proxied.stderr.contains("(server: 401"), "\(proxied.stderr)")
        let log = try proxy.log()
        // Remote mode tunnels through the proxy (CONNECT) for http as for https.
        #expect(log.contains("CONNECT 127.0.0.1:\(live.port) "), "\(log)")
        // user "auditor", password "s@cret" (percent-encoded in the variable), as HTTP basic.
        #expect(log.contains("Basic \(Data("auditor:s@cret".utf8).base64EncodedString())"), "\(log)")

        let direct = try CLI.run(["--plan", "roseville", "list"], environment: base.merging([
            "http_proxy": "http://127.0.0.1:\(proxy.port)", "no_proxy": "example.org, 127.0.0.1",
        ]) { $1 })
        #expect(direct.stderr.contains("(server: 401"), "\(direct.stderr)")
        #expect(try proxy.log() == log, "a no_proxy host went through the proxy")
    }

    @Test func aProxyRemoteModeCannotUseIsRefusedByName() throws {
        let result = try CLI.run(["--plan", "roseville", "list"], environment: [
            "CLASP_SERVER": "https://clasp.example", "CLASP_TOKEN": "clasp_any", "https_proxy": "ftp://proxy.example:21",
        ])
        #expect(result.status != 0)
        #expect(result.stderr.contains("https_proxy='ftp://proxy.example:21'"), "\(result.stderr)")
        #expect(result.stderr.contains("http:// and socks5://"), "\(result.stderr)")
    }
}

/// A tunnelling HTTP proxy (CONNECT, in Python's http.server, independent of Clasp's client) that
/// logs each request line with its Proxy-Authorization.
private final class ForwardingProxy {
    let port: Int
    private let process: Process
    private let logPath: String

    init(logDirectory: String) throws {
        try FileManager.default.createDirectory(atPath: logDirectory, withIntermediateDirectories: true)
        logPath = logDirectory + "/requests.log"
        let portPath = logDirectory + "/port"
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script, logPath, portPath]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: portPath, encoding: .utf8), let port = Int(text) {
                self.port = port
                return
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(process.processIdentifier, SIGKILL)
        throw ProxyDidNotStart()
    }

    func log() throws -> String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// SIGKILL: a child started from a test thread inherits that thread's blocked signals, SIGTERM included.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    struct ProxyDidNotStart: Error {}

    private static let script = """
        import http.server, os, select, socket, sys
        log = open(sys.argv[1], 'a', buffering=1)
        class Proxy(http.server.BaseHTTPRequestHandler):
            def do_CONNECT(self):
                log.write('CONNECT %s %s\\n' % (self.path, self.headers.get('Proxy-Authorization', '-')))
                host, port = self.path.rsplit(':', 1)
                upstream = socket.create_connection((host, int(port)), timeout=30)
                self.send_response(200, 'Connection established')
                self.end_headers()
                self.close_connection = True
                ends = [self.connection, upstream]
                while True:
                    readable, _, _ = select.select(ends, [], [], 30)
                    data = readable and readable[0].recv(65536)
                    if not data:
                        break
                    (upstream if readable[0] is self.connection else self.connection).sendall(data)
                upstream.close()
            def log_message(self, *args):
                pass
        server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Proxy)
        open(sys.argv[2] + '.tmp', 'w').write(str(server.server_address[1]))
        os.rename(sys.argv[2] + '.tmp', sys.argv[2])
        server.serve_forever()
        """
}
