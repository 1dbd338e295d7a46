import ArgumentParser
import ClaspSpec

/// Parses a `YYYY-MM-DD` option value, with a usage error naming the option.
enum DateArgument {
    static func parse(_ text: String?, option: String) throws -> PlanDate? {
        guard let text else { return nil }
        guard let date = PlanDate(iso: text) else {
            throw ValidationError("\(option) '\(text)' is not a real date; use YYYY-MM-DD, e.g. 2019-07-16")
        }
        return date
    }

}
