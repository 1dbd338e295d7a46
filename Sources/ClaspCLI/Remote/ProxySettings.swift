import Foundation

/// The proxy remote mode goes through, read from the environment the way curl reads it: offices
/// that reach the server only through a proxy set these variables once for every tool. Read here,
/// from the command's environment, and handed to libcurl as a URL (libcurl itself reads no proxy
/// variable then, `no_proxy` included).
///
/// - `https_proxy` / `HTTPS_PROXY` for an https server, `http_proxy` for an http one (curl ignores
///   upper-case `HTTP_PROXY`, which a web server can be handed by a client as a request header),
///   `all_proxy` / `ALL_PROXY` for either;
/// - a value is `[http://][user:password@]host[:port]` (port 1080 by default, as in curl) or
///   `socks5://host[:port]`;
/// - `no_proxy` / `NO_PROXY` lists hosts and domains reached directly (`example.org` also covers
///   `a.example.org`; `*` turns the proxy off).
struct ProxySettings {
    static let defaultPort = 1080

    /// The proxy for requests to `server` as libcurl takes it (`http://[user:password@]host:port`,
    /// `socks5h://host:port`), nil to connect directly.
    ///
    /// - Throws: `CommandFailure` naming the variable when its value is not a usable proxy.
    static func proxy(for server: URL, environment: [String: String] = Console.current.environment) throws -> String? {
        guard let host = server.host?.lowercased() else { return nil }
        func setting(_ names: [String]) -> (name: String, value: String)? {
            for name in names { if let value = environment[name], !value.isEmpty { return (name, value) } }
            return nil
        }
        if let bypass = setting(["no_proxy", "NO_PROXY"]), bypasses(host, list: bypass.value) { return nil }
        let names = server.scheme?.lowercased() == "https"
            ? ["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"] : ["http_proxy", "all_proxy", "ALL_PROXY"]
        guard let (name, value) = setting(names) else { return nil }
        guard let url = URL(string: value.contains("://") ? value : "http://" + value), let proxyHost = url.host, !proxyHost.isEmpty,
              let scheme = url.scheme?.lowercased()
        else {
            throw CommandFailure("\(name)='\(value)' is not a proxy address such as http://proxy.example:3128")
        }
        let address = (proxyHost.contains(":") && !proxyHost.hasPrefix("[") ? "[\(proxyHost)]" : proxyHost) + ":\(url.port ?? defaultPort)"
        switch scheme {
        case "http":
            // Credentials as HTTP basic; percent-encoded afresh, so libcurl decodes exactly the user's.
            let credentials = url.user.map { user in
                encoded(user.removingPercentEncoding ?? user) + ":" + encoded(url.password.map { $0.removingPercentEncoding ?? $0 } ?? "") + "@"
            }
            return "http://" + (credentials ?? "") + address
        case "socks5", "socks5h":
            // Host names resolved by the proxy, which may be the only one that knows them.
            return "socks5h://" + address
        default:
            throw CommandFailure("\(name)='\(value)': remote mode supports http:// and socks5:// proxies, not \(scheme)://")
        }
    }

    private static func encoded(_ text: String) -> String {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    /// Whether `host` is listed in a `no_proxy` value: exactly, or as a subdomain of an entry
    /// (a leading dot and a `:port` suffix on an entry are ignored).
    static func bypasses(_ host: String, list: String) -> Bool {
        list.split(separator: ",").contains { entry in
            var pattern = entry.trimmingCharacters(in: .whitespaces).lowercased()
            if pattern == "*" { return true }
            if pattern.hasPrefix(".") { pattern.removeFirst() }
            // "host:port" → "host"; an IPv6 address ("::1") has no all-digit tail after its first colon.
            if let colon = pattern.firstIndex(of: ":"), pattern[pattern.index(after: colon)...].allSatisfy(\.isNumber) {
                pattern = String(pattern[..<colon])
            }
            return !pattern.isEmpty && (host == pattern || host.hasSuffix("." + pattern))
        }
    }
}
