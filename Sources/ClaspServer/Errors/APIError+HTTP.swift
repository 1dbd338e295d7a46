public import ClaspPlan
import ClaspQueries
import Foundation
public import Hummingbird

/// Plan errors answer with the status and code `APIError` gives them, as JSON.
extension PlanError: HTTPResponseError {
    public var status: HTTPResponse.Status { APIError(planError: self).httpStatus }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        APIError(planError: self).jsonResponse()
    }
}

extension ServerFailure: HTTPResponseError {
    public var status: HTTPResponse.Status { APIError(failure: self).httpStatus }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        APIError(failure: self).jsonResponse()
    }
}

extension APIError {
    /// The error as a JSON response with its status.
    func jsonResponse() -> Response {
        let data = (try? JSONWire.encoder.encode(APIErrorBody(error: .init(status: status, code: code, message: message)))) ?? Data("{}".utf8)
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if status == 401 { headers[.wwwAuthenticate] = "Bearer realm=\"clasp\"" }
        return Response(status: httpStatus, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
