public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP answer as it came off the wire.
public struct HTTPReply: Sendable {
    public var status: Int
    /// Header names lower-cased; a repeated header keeps its last value.
    public var headers: [String: String]
    public var body: [UInt8]
    /// Every `Set-Cookie` value, in order.
    public var setCookies: [String] = []
    /// Every header line as sent (name as written, value trimmed), repeats included, in order.
    public var fields: [(name: String, value: String)] = []

    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The `code` of a JSON error body `{"error": {"status", "code", "message"}}`, nil if the body is not one.
    public var errorCode: String? { errorField("code") }
    public var errorMessage: String? { errorField("message") }

    private func errorField(_ name: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
              let error = object["error"] as? [String: Any] else { return nil }
        return error[name] as? String
    }
}

/// Failures of the raw client: the server is down, or did not answer in time.
public enum RawHTTPError: Error, CustomStringConvertible {
    case connect(Int32)
    case timedOut
    public var description: String {
        switch self {
        case let .connect(code): return "could not connect (errno \(code))"
        case .timedOut: return "no answer in time"
        }
    }
}

/// A deliberately low-level HTTP/1.1 client over a blocking TCP socket: it sends exactly the
/// bytes it is given (lying Content-Length, NUL bytes, invalid UTF-8), which no URL session
/// allows, and it can connect from any loopback source address (127.0.0.2 …) to test
/// per-address rules.
public enum RawHTTP {
    /// A request with `Host`, `Connection: close` and, unless `headers` names one, `Content-Length`.
    public static func request(_ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8] = []) -> [UInt8] {
        request(method, target: Array(target.utf8), headers: headers, body: body)
    }

    /// The same, with the request target as raw bytes (which may be invalid UTF-8 or hold NUL).
    public static func request(_ method: String, target: [UInt8], headers: [(String, String)] = [], body: [UInt8] = []) -> [UInt8] {
        var head = " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !headers.contains(where: { $0.0.lowercased() == "content-length" }) { head += "Content-Length: \(body.count)\r\n" }
        return Array(method.utf8) + [32] + target + Array((head + "\r\n").utf8) + body
    }

    /// Sends `bytes` and reads the answer until the server closes the connection.
    ///
    /// - Returns: nil when the server closed (or reset) the connection without answering.
    /// - Throws: `RawHTTPError.connect` when nothing listens, `.timedOut` after `timeout` seconds of silence.
    public static func exchange(_ bytes: [UInt8], port: Int, from source: String = "127.0.0.1",
                                timeout: TimeInterval = 120) throws -> HTTPReply? {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw RawHTTPError.connect(errno) }
        defer { close(socket) }
        var wait = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        if source != "127.0.0.1" {
            var local = address(source, port: 0)
            _ = withUnsafePointer(to: &local) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        }
        var remote = address("127.0.0.1", port: port)
        let connected = withUnsafePointer(to: &remote) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw RawHTTPError.connect(errno) }
        // A server may answer (413, 400) and close before reading everything: stop writing then.
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count <= 0 { break }
            sent += count
        }
        shutdown(socket, Int32(SHUT_WR))
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count > 0 { received += buffer[0..<count]; continue }
            if count == 0 { break }
            if errno == EAGAIN || errno == EWOULDBLOCK { throw RawHTTPError.timedOut }
            break  // reset: keep what arrived
        }
        return parse(received)
    }

    static func address(_ host: String, port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, host, &address.sin_addr)
        return address
    }

    /// Status line, headers and body (de-chunked); nil for an empty or unparseable answer.
    static func parse(_ bytes: [UInt8]) -> HTTPReply? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = bytes.indices.first(where: { bytes[$0...].starts(with: separator) }) else { return nil }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        var headers: [String: String] = [:], cookies: [String] = [], fields: [(name: String, value: String)] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased(), value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = value
            fields.append((String(line[..<colon]), value))
            if name == "set-cookie" { cookies.append(value) }
        }
        var body = Array(bytes[(end + 4)...])
        if headers["transfer-encoding"]?.lowercased() == "chunked" { body = dechunk(body) }
        return HTTPReply(status: status, headers: headers, body: body, setCookies: cookies, fields: fields)
    }

    static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = [], index = 0
        while index < bytes.count {
            guard let lineEnd = bytes[index...].indices.first(where: { bytes[$0] == 13 }),
                  let size = Int(String(decoding: bytes[index..<lineEnd], as: UTF8.self).prefix { $0 != ";" }, radix: 16),
                  size > 0, lineEnd + 2 + size <= bytes.count else { break }
            output += bytes[(lineEnd + 2)..<(lineEnd + 2 + size)]
            index = lineEnd + 2 + size + 2
        }
        return output
    }
}
