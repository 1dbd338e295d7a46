import ClaspPlan
import ClaspSpec
import Foundation
public import HTTPTypes
import Hummingbird
import NIOCore

/// What the service says about a failed request: an HTTP status, a stable machine-readable
/// code and a sentence for people. The one place errors become statuses.
public struct APIError: Error, Equatable, Sendable, Codable {
    public var status: Int
    /// Stable across releases; clients branch on it ("unknown-class", "csrf-rejected").
    public var code: String
    public var message: String

    public init(status: Int, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    public var httpStatus: HTTPResponse.Status { HTTPResponse.Status(code: status) }

    /// Maps any error a handler throws.
    public init(_ error: any Error) {
        switch error {
        case let error as APIError: self = error
        case let error as PlanError: self = APIError(planError: error)
        case let error as ServerFailure: self = APIError(failure: error)
        case let error as ApprovalError: self = APIError(approvalError: error)
        case let error as SpecDiffError: self = APIError(status: 422, code: "text-not-on-file", message: error.description)
        case let error as SpecFormatError: self = APIError(status: 400, code: "invalid-spec", message: error.description)
        case let error as DecodingError: self = APIError(status: 400, code: "malformed-json", message: APIError.describe(error))
        case is NIOTooManyBytesError:
            self = APIError(failure: .payloadTooLarge(limit: AppRequestContext.uploadLimit))
        case let error as HTTPError:
            self = APIError(status: Int(error.status.code), code: APIError.code(forStatus: error.status.code),
                            message: error.body ?? error.status.reasonPhrase)
        default:
            self = APIError(status: 500, code: "internal", message: "the server could not answer: \(error)")
        }
    }

    init(planError error: PlanError) {
        let message = error.description
        switch error {
        case .notAPlan: self.init(status: 500, code: "plan-unavailable", message: message)
        case .alreadyExists: self.init(status: 409, code: "already-exists", message: message)
        case .unknownClass, .invalidClassID: self.init(status: 404, code: "unknown-class", message: message)
        case .noVersionInEffect: self.init(status: 404, code: "no-version-in-effect", message: message)
        case .noVersion: self.init(status: 404, code: "no-version", message: message)
        case .nothingRecorded: self.init(status: 404, code: "nothing-recorded", message: message)
        case .unknownPerson: self.init(status: 403, code: "not-in-roster", message: message)
        case .notPermitted: self.init(status: 403, code: "not-permitted", message: message)
        case .format: self.init(status: 500, code: "unreadable-plan-file", message: message)
        case .concurrentUpdate: self.init(status: 409, code: "concurrent-update", message: message)
        case .noChange: self.init(status: 409, code: "no-change", message: message)
        case .invalidInput: self.init(status: 400, code: "invalid-input", message: message)
        // The server holds no private keys: a person who signs acts through the CLI.
        case .signingKeyRequired: self.init(status: 403, code: "signing-key-required", message: message)
        case .signingKeyMismatch: self.init(status: 403, code: "signing-key-mismatch", message: message)
        }
    }

    init(failure: ServerFailure) {
        let message = failure.description
        switch failure {
        case .unknownPlan: self.init(status: 404, code: "unknown-plan", message: message)
        case .notFound: self.init(status: 404, code: "not-found", message: message)
        case .unauthenticated: self.init(status: 401, code: "unauthenticated", message: message)
        case .forbidden: self.init(status: 403, code: "forbidden", message: message)
        case .csrfRejected: self.init(status: 403, code: "csrf-rejected", message: message)
        case .tooManyAttempts: self.init(status: 429, code: "too-many-attempts", message: message)
        case .badRequest: self.init(status: 400, code: "bad-request", message: message)
        case .payloadTooLarge: self.init(status: 413, code: "payload-too-large", message: message)
        case .invalidCredentials: self.init(status: 401, code: "invalid-credentials", message: message)
        }
    }

    static func code(forStatus status: Int) -> String {
        switch status {
        case 400: return "bad-request"
        case 404: return "not-found"
        case 405: return "method-not-allowed"
        case 413: return "payload-too-large"
        default: return "http-\(status)"
        }
    }

    /// A decoding error as a sentence naming the field.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map(\.stringValue).joined(separator: ".")
            return keys.isEmpty ? "" : " at '\(keys)'"
        }
        switch error {
        case let .dataCorrupted(context): return "the body is not valid JSON\(path(context))"
        case let .keyNotFound(key, context): return "the JSON body lacks '\(key.stringValue)'\(path(context))"
        case let .typeMismatch(type, context): return "the JSON body has the wrong type\(path(context)): expected \(type)"
        case let .valueNotFound(type, context): return "the JSON body has null\(path(context)) where \(type) is needed"
        @unknown default: return "the JSON body could not be read"
        }
    }
}
