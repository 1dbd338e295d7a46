import ClaspHTTP
import Crypto
public import Foundation

/// Posts each notice as JSON to a URL, signed the way chat tools and CI services check
/// webhooks: `X-Clasp-Signature: sha256=<hex HMAC-SHA256 of the body with the shared secret>`,
/// with the event in `X-Clasp-Event`. Through the proxy libcurl takes from the server's
/// environment (`https_proxy`, `no_proxy`, …), within 10 s.
public struct WebhookTransport: NoticeTransport {
    public let url: URL
    let secret: String

    public init(url: URL, secret: String) {
        self.url = url
        self.secret = secret
    }

    /// The signature header's value for `body`.
    public static func signature(_ body: Data, secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        return "sha256=" + mac.map { String(format: "%02x", $0) }.joined()
    }

    public func deliver(_ notice: ProposalNotice) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = try encoder.encode(notice)
        let headers = [("Content-Type", "application/json"), ("X-Clasp-Event", notice.event.rawValue),
                       ("X-Clasp-Signature", Self.signature(body, secret: secret))]
        let status: Int
        do {
            status = try await HTTPTransport(proxy: .environment, totalTimeout: 10).send("POST", url, headers: headers, body: body).status
        } catch {
            throw WebhookFailure(description: "cannot reach the webhook at \(url): \(error)")
        }
        guard (200..<300).contains(status) else {
            throw WebhookFailure(description: "the webhook at \(url) answered \(status)")
        }
    }
}

/// A webhook that did not accept a notice.
public struct WebhookFailure: Error, CustomStringConvertible {
    public var description: String
}
