import AsyncHTTPClient
import Foundation
import Testing

@testable import ClaspCLI

/// Which proxy remote mode picks from the environment, the way curl reads the same variables.
@Suite struct ProxySettingsTests {
    let https = URL(string: "https://clasp.county.example:8443")!
    let http = URL(string: "http://clasp.county.example:8080")!

    @Test func theSchemeChoosesTheVariable() throws {
        let environment = ["https_proxy": "proxy-s.example:3128", "http_proxy": "http://proxy-p.example:8000"]
        #expect(try ProxySettings.proxy(for: https, environment: environment)?.host == "proxy-s.example")
        #expect(try ProxySettings.proxy(for: https, environment: environment)?.port == 3128)
        #expect(try ProxySettings.proxy(for: http, environment: environment)?.host == "proxy-p.example")
        // Upper-case HTTP_PROXY is ignored for http (a web server can be handed it by a client), as in curl.
        #expect(try ProxySettings.proxy(for: http, environment: ["HTTP_PROXY": "proxy.example:1"]) == nil)
        #expect(try ProxySettings.proxy(for: http, environment: ["ALL_PROXY": "proxy.example"])?.port == ProxySettings.defaultPort)
        #expect(try ProxySettings.proxy(for: https, environment: [:]) == nil)
        #expect(try ProxySettings.proxy(for: https, environment: ["https_proxy": ""]) == nil)
    }

    @Test func credentialsBecomeBasicAuthorization() throws {
        let proxy = try #require(try ProxySettings.proxy(for: https, environment: ["https_proxy": "http://ann%40hr:p%3Ass@proxy.example:3128"]))
        #expect(proxy.authorization == .basic(username: "ann@hr", password: "p:ss"))
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
