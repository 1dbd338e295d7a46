public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real `clasp serve` child process on 127.0.0.1 and a free port, for tests that must see
/// what a deployment sees: the binary, its process, its sockets and its files.
public final class LiveServer: @unchecked Sendable {
    // @unchecked: `process` and `port` change only in start/kill, which tests call from one thread.
    public let arguments: [String]
    private let log: URL
    private var process: Process?
    public private(set) var port = 0

    /// Starts `clasp serve` with `arguments` (e.g. `--plans DIR --data DIR`) and waits until it listens.
    public init(_ arguments: [String]) async throws {
        self.arguments = arguments
        log = FileManager.default.temporaryDirectory.appendingPathComponent("clasp-serve-\(UUID().uuidString).log")
        try await start()
    }

    deinit {
        if let process, process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        try? FileManager.default.removeItem(at: log)
    }

    public var processIdentifier: Int32 { process?.processIdentifier ?? 0 }

    /// Starts (again) and waits up to two minutes for the "serving … at http://127.0.0.1:PORT" line.
    public func start() async throws { try await onOwnThread { try self.startBlocking() } }

    private func startBlocking() throws {
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PackagePaths.claspExecutable)
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0", "--log-level", "warning"] + arguments
        var environment = ProcessInfo.processInfo.environment
        for name in ["CLASP_PLAN", "CLASP_USER", "CLASP_SERVER", "CLASP_TOKEN"] { environment[name] = "" }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        self.process = process
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let range = text.range(of: "at http://127.0.0.1:"),
               let port = Int(text[range.upperBound...].prefix { $0.isNumber }) {
                self.port = port
                return
            }
            guard process.isRunning else { throw LiveServerError.exited(process.terminationStatus, text) }
            usleep(20_000)
        }
        throw LiveServerError.exited(-1, "no 'serving' line within two minutes")
    }

    /// SIGKILL: no handler runs, nothing is flushed, in-flight requests die with the process.
    public func kill() async throws { try await onOwnThread { self.killBlocking() } }

    /// SIGTERM and wait: the graceful stop.
    public func stop() async throws { try await onOwnThread { self.stopBlocking() } }

    /// `kill()` for `defer` blocks, which cannot await.
    public func killBlocking() {
        guard let process, process.isRunning else { return }
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    private func stopBlocking() {
        guard let process, process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    public var isRunning: Bool { process?.isRunning ?? false }

    /// What the server wrote to standard error.
    public var logText: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// Resident memory of the server process in KiB, from /proc.
    public var residentKilobytes: Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(processIdentifier)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }

    /// Sends `bytes` to this server (see `RawHTTP.exchange`).
    public func exchange(_ bytes: [UInt8], from source: String = "127.0.0.1", timeout: TimeInterval = 120) async throws -> HTTPReply? {
        let port = port
        return try await onOwnThread { try RawHTTP.exchange(bytes, port: port, from: source, timeout: timeout) }
    }

    /// `exchange` for loops that run on a thread of their own.
    public func blockingExchange(_ bytes: [UInt8], timeout: TimeInterval = 120) throws -> HTTPReply? {
        try RawHTTP.exchange(bytes, port: port, timeout: timeout)
    }

    /// A JSON API call with an optional bearer token.
    public func call(_ method: String, _ path: String, token: String? = nil, json: String? = nil,
                     from source: String = "127.0.0.1") async throws -> HTTPReply? {
        let bytes = LiveServer.apiRequest(method, path, token: token, json: json), port = port
        return try await onOwnThread { try RawHTTP.exchange(bytes, port: port, from: source) }
    }

    /// `call` for client threads of a load test, which block by design.
    public func blockingCall(_ method: String, _ path: String, token: String? = nil, json: String? = nil) throws -> HTTPReply? {
        try RawHTTP.exchange(LiveServer.apiRequest(method, path, token: token, json: json), port: port)
    }

    static func apiRequest(_ method: String, _ path: String, token: String?, json: String?) -> [UInt8] {
        var headers: [(String, String)] = []
        if let token { headers.append(("Authorization", "Bearer \(token)")) }
        if json != nil { headers.append(("Content-Type", "application/json")) }
        return RawHTTP.request(method, path, headers: headers, body: Array((json ?? "").utf8))
    }
}

public enum LiveServerError: Error, CustomStringConvertible {
    case exited(Int32, String)
    public var description: String {
        switch self { case let .exited(status, log): return "clasp serve exited (\(status)) before listening: \(log)" }
    }
}
