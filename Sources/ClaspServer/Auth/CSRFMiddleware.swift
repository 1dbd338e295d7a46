public import Foundation
public import Hummingbird
import HTTPTypes

/// Refuses any state-changing request that rides on a cookie unless it carries the CSRF token
/// of its session (or, for the login form, the double-submitted login token): a form field
/// `csrf` or an `X-CSRF-Token` header. API requests with a bearer token carry no cookie and
/// need none.
public struct CSRFMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    static let header = HTTPField.Name("X-CSRF-Token")!

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard ![.get, .head, .options].contains(request.method) else { return try await next(request, context) }
        let session = context.identity?.session
        if context.identity != nil, session == nil { return try await next(request, context) }
        if session == nil, request.uri.path.hasPrefix("/api/") { return try await next(request, context) }
        var request = request
        let expected = session?.csrfToken ?? request.cookies[CookieName.loginCSRF]?.value
        var presented = request.headers[CSRFMiddleware.header]
        if presented == nil, request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
            let body = try await request.readBody(upTo: context.maxUploadSize)
            presented = FormFields(String(buffer: body))["csrf"]
        }
        guard let expected, let presented, Secrets.constantTimeEqual(expected, presented) else {
            throw ServerFailure.csrfRejected
        }
        return try await next(request, context)
    }
}

/// The fields of an `application/x-www-form-urlencoded` body.
struct FormFields {
    var values: [String: String] = [:]

    init(_ body: String) {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = FormFields.decode(parts[0]) else { continue }
            values[key] = parts.count > 1 ? FormFields.decode(parts[1]) ?? "" : ""
        }
    }

    subscript(key: String) -> String? { values[key] }

    static func decode(_ part: Substring) -> String? {
        part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// Reads a form body within the context's size limit.
    static func read(_ request: Request, context: AppRequestContext) async throws -> FormFields {
        var request = request
        return FormFields(String(buffer: try await request.readBody(upTo: context.maxUploadSize)))
    }
}
