import ClaspPlan
import ClaspSpec
import Hummingbird

/// Typed access to the query parameters pages and the API share.
struct QueryParameters {
    let request: Request

    func string(_ name: String) -> String? {
        guard let value = request.uri.queryParameters[name[...]], !value.isEmpty else { return nil }
        return String(value)
    }

    /// A `YYYY-MM-DD` parameter; a malformed one is refused rather than ignored.
    ///
    /// - Throws: `PlanError.invalidInput` naming the parameter.
    func date(_ name: String) throws -> PlanDate? {
        guard let text = string(name) else { return nil }
        guard let date = PlanDate(iso: text) else {
            throw PlanError.invalidInput("\(name) '\(text)' is not a real date; use YYYY-MM-DD, e.g. 2019-07-16")
        }
        return date
    }

    func flag(_ name: String) -> Bool { ["1", "true", "yes", "on"].contains(string(name) ?? "") }

    /// The requested output format, refused unless one of `allowed` (the first is the default).
    func format(_ allowed: [String]) throws -> String {
        let format = string("format") ?? allowed[0]
        guard allowed.contains(format) else {
            throw PlanError.invalidInput("format '\(format)' is not offered here; use one of: \(allowed.joined(separator: ", "))")
        }
        return format
    }
}

extension Request {
    var query: QueryParameters { QueryParameters(request: self) }
}
