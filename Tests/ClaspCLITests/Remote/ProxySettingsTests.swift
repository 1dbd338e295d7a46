import Foundation
import Testing

@testable import ClaspCLI

/// Which proxy remote mode picks from the environment, the way curl reads the same variables, and
/// the proxy URL handed to libcurl.
@Suite struct ProxySettingsTests {
    let https = URL(string: "https://clasp.county.example:8443")!
    let http = URL(string: "http://clasp.county.example:8080")!

    @Test func theSchemeChoosesTheVariable() throws {
        let environment = ["https_proxy": "proxy-s.example:3128", "http_proxy": "http://proxy-p.example:8000"]
        #expect(try ProxySettings.proxy(for: https, environment: environment) == "http://proxy-s.example:3128")
        #expect(try ProxySettings.proxy(for: http, environment: environment) == "http://proxy-p.example:8000")
        // Upper-case HTTP_PROXY is ignored for http (a web server can be handed it by a client), as in curl.
        #expect(try ProxySettings.proxy(for: http, environment: ["HTTP_PROXY": "proxy.example:1"]) == nil)
        #expect(try ProxySettings.proxy(for: http, environment: ["ALL_PROXY": "proxy.example"]) == "http://proxy.example:1080")
        #expect(try ProxySettings.proxy(for: https, environment: [:]) == nil)
        #expect(try ProxySettings.proxy(for: https, environment: ["https_proxy": ""]) == nil)
    }

    /// libcurl decodes the user and password it is given: they reach it percent-encoded, whether
    /// or not the variable encoded them.
    @Test func credentialsReachLibcurlPercentEncoded() throws {
        #expect(try ProxySettings.proxy(for: https, environment: ["https_proxy": "http://ann%40hr:p%3Ass@proxy.example:3128"])
            == "http://ann%40hr:p%3Ass@proxy.example:3128")
        #expect(try ProxySettings.proxy(for: https, environment: ["https_proxy": "http://ann:p+s&s@proxy.example:3128"])
            == "http://ann:p%2Bs%26s@proxy.example:3128")
        #expect(try ProxySettings.proxy(for: https, environment: ["https_proxy": "http://ann@proxy.example:3128"]) == "http://ann:@proxy.example:3128")
    }

    /// A SOCKS proxy resolves the server's name itself (socks5h), as it may be the only one that can.
    @Test func socksProxiesResolveNames() throws {
        #expect(try ProxySettings.proxy(for: https, environment: ["all_proxy": "socks5://proxy.example"]) == "socks5h://proxy.example:1080")
        #expect(try ProxySettings.proxy(for: https, environment: ["https_proxy": "socks5h://[::1]:9050"]) == "socks5h://[::1]:9050")
    }

    @Test(arguments: ["*", "clasp.county.example", ".county.example", "county.example", "other.example, county.example:8443"])
    func noProxyListsHostsAndDomains(_ list: String) throws {
        #expect(try ProxySettings.proxy(for: https, environment: ["https_proxy": "proxy.example:3128", "no_proxy": list]) == nil)
    }

    @Test(arguments: ["mple", "ounty.example", "clasp.county.example.org", ""])
    func noProxyDoesNotMatchOtherHosts(_ list: String) throws {
        #expect(try ProxySettings.proxy(for: https, environment: ["https_proxy": "proxy.example:3128", "NO_PROXY": list]) != nil)
    }

    @Test func anUnusableProxyIsRefusedByName() {
        #expect(throws: CommandFailure.self) { try ProxySettings.proxy(for: https, environment: ["https_proxy": "https://proxy.example"]) }
        #expect(throws: CommandFailure.self) { try ProxySettings.proxy(for: https, environment: ["https_proxy": "http://:3128"]) }
    }
}
