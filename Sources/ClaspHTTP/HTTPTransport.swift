import CClaspCurl
public import Foundation

/// A small HTTP client for remote mode and the webhook: one request, one answer, through libcurl
/// loaded at run time (`dlopen("libcurl.so.4")`) on the first request. Linking libcurl, or
/// FoundationNetworking's URLSession over it, would make every `clasp` start load libcurl and its
/// ~25 shared libraries, remote mode or not.
///
/// https is checked against the system's trust roots (libcurl's default); redirects are not followed.
public struct HTTPTransport: Sendable {
    /// Which proxy requests go through.
    public enum Proxy: Sendable, Equatable {
        /// libcurl's own reading of `http_proxy`, `https_proxy`, `all_proxy` and `no_proxy`.
        case environment
        /// None, whatever the environment says.
        case direct
        /// This proxy (`http://[user:password@]host:port`, `socks5h://host:port`), whatever the
        /// environment says; an http proxy is tunnelled through with CONNECT.
        case url(String)
    }

    public var proxy: Proxy
    /// How long connecting (TCP, proxy and TLS handshakes) may take; nil for libcurl's default.
    public var connectTimeout: TimeInterval?
    /// How long the answer may stall (less than a byte a second) before the exchange fails; nil for no limit.
    public var idleTimeout: TimeInterval?
    /// How long the whole exchange may take; nil for no limit.
    public var totalTimeout: TimeInterval?
    /// The largest answer body accepted.
    public var maximumBodyBytes: Int

    public init(proxy: Proxy, connectTimeout: TimeInterval? = nil, idleTimeout: TimeInterval? = nil,
                totalTimeout: TimeInterval? = nil, maximumBodyBytes: Int = 1 << 30) {
        self.proxy = proxy
        self.connectTimeout = connectTimeout
        self.idleTimeout = idleTimeout
        self.totalTimeout = totalTimeout
        self.maximumBodyBytes = maximumBodyBytes
    }

    /// Sends `method url` with `headers` ("Name: value" pairs) and `body`, and returns the answer
    /// whatever its status. libcurl blocks, so the exchange runs on a thread of its own, never on
    /// Swift's cooperative pool.
    ///
    /// - Throws: ``HTTPFailure`` when no answer came (connection, TLS, proxy, timeout, size) or
    ///   libcurl cannot be loaded.
    public func send(_ method: String, _ url: URL, headers: [(name: String, value: String)] = [], body: Data? = nil)
        async throws -> (status: Int, body: Data)
    {
        let lines = headers.map { "\($0.name): \($0.value)" }
        let transport = self
        return try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try transport.exchange(method, url.absoluteString, headers: lines, body: body) })
            }.start()
        }
    }

    private func exchange(_ method: String, _ url: String, headers: [String], body: Data?) throws -> (status: Int, body: Data) {
        let cHeaders = headers.map { strdup($0) }
        defer { cHeaders.forEach { free($0) } }
        let proxyString: String? = switch proxy {
        case .environment: nil
        case .direct: ""
        case .url(let url): url
        }
        var response = clasp_http_response()
        let outcome = method.withCString { cMethod in
            url.withCString { cURL in
                withOptionalCString(proxyString) { cProxy in
                    cHeaders.map { UnsafePointer($0) }.withUnsafeBufferPointer { headerLines in
                        withOptionalBytes(body) { bytes in
                            var request = clasp_http_request(
                                method: cMethod, url: cURL, headers: headerLines.baseAddress, header_count: headerLines.count,
                                body: bytes?.baseAddress, body_length: bytes?.count ?? 0, proxy: cProxy,
                                connect_timeout_ms: Self.milliseconds(connectTimeout), idle_timeout_s: Self.seconds(idleTimeout),
                                total_timeout_ms: Self.milliseconds(totalTimeout), max_body_bytes: maximumBodyBytes)
                            return clasp_http_exchange(&request, &response)
                        }
                    }
                }
            }
        }
        let message = response.error.map { String(cString: $0) } ?? "no answer"
        guard outcome == Int32(CLASP_HTTP_OK) else {
            clasp_http_response_release(&response)
            throw HTTPFailure(libcurlMissing: outcome == Int32(CLASP_HTTP_NO_LIBCURL), message: message)
        }
        let data = response.body.map { Data(bytesNoCopy: UnsafeMutableRawPointer($0), count: response.body_length, deallocator: .free) } ?? Data()
        response.body = nil  // now owned by `data`
        clasp_http_response_release(&response)
        return (Int(response.status), data)
    }

    private static func milliseconds(_ interval: TimeInterval?) -> Int {
        interval.map { max(1, Int(($0 * 1000).rounded(.up))) } ?? 0
    }

    private static func seconds(_ interval: TimeInterval?) -> Int {
        interval.map { max(1, Int($0.rounded(.up))) } ?? 0
    }
}

/// An HTTP request that got no answer.
public struct HTTPFailure: Error, CustomStringConvertible, Sendable {
    /// libcurl (libcurl.so.4) could not be loaded, so no request can be sent.
    public var libcurlMissing: Bool
    /// libcurl's account of what failed (or the loader's, when libcurl is missing).
    public var message: String

    public var description: String {
        libcurlMissing ? "HTTP requests need libcurl (libcurl.so.4); install the libcurl4 package (\(message))" : message
    }
}

private func withOptionalCString<R>(_ string: String?, _ body: (UnsafePointer<CChar>?) -> R) -> R {
    guard let string else { return body(nil) }
    return string.withCString { body($0) }
}

private func withOptionalBytes<R>(_ data: Data?, _ body: (UnsafeRawBufferPointer?) -> R) -> R {
    guard let data else { return body(nil) }
    // An empty body is still a body (a POST of no bytes): libcurl gets a valid pointer to no bytes.
    if data.isEmpty { return withUnsafeBytes(of: UInt8(0)) { body(UnsafeRawBufferPointer(start: $0.baseAddress, count: 0)) } }
    return data.withUnsafeBytes { body($0) }
}
