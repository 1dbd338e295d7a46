import Crypto
public import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Posts each notice as JSON to a URL, signed the way chat tools and CI services check
/// webhooks: `X-Clasp-Signature: sha256=<hex HMAC-SHA256 of the body with the shared secret>`,
/// with the event in `X-Clasp-Event`.
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
        var request = URLRequest(url: url, timeoutInterval: 10)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(notice.event.rawValue, forHTTPHeaderField: "X-Clasp-Event")
        request.setValue(Self.signature(body, secret: secret), forHTTPHeaderField: "X-Clasp-Signature")
        let (_, response) = try await URLSession.shared.upload(for: request, from: body)
        guard let status = (response as? HTTPURLResponse)?.statusCode, (200..<300).contains(status) else {
            throw WebhookFailure(description: "the webhook at \(url) answered \((response as? HTTPURLResponse)?.statusCode ?? 0)")
        }
    }
}

/// A webhook that did not accept a notice.
public struct WebhookFailure: Error, CustomStringConvertible {
    public var description: String
}
