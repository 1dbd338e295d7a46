import Foundation

/// The fields a browser would post from a served form: text, hidden and date inputs with their
/// values, textareas with their contents, selects with their chosen option. Buttons are left
/// out; the test names the `action` it presses, as a click would.
enum FormScraper {
    static func fields(in html: String, form selector: String = "class=\"draft\"") -> [String: String] {
        guard let start = html.range(of: "<form \(selector)"), let end = html.range(of: "</form>", range: start.upperBound..<html.endIndex) else { return [:] }
        let form = String(html[start.lowerBound..<end.lowerBound])
        var fields: [String: String] = [:]
        for tag in matches(#"<input\b[^>]*>"#, in: form) {
            guard let name = attribute("name", of: tag), attribute("type", of: tag) != "submit" else { continue }
            fields[name] = attribute("value", of: tag) ?? ""
        }
        for match in groups(#"<textarea\b([^>]*)>([\s\S]*?)</textarea>"#, in: form) {
            guard let name = attribute("name", of: match[0]) else { continue }
            fields[name] = unescape(match[1])
        }
        for match in groups(#"<select\b([^>]*)>([\s\S]*?)</select>"#, in: form) {
            guard let name = attribute("name", of: match[0]) else { continue }
            let options = matches(#"<option\b[^>]*>"#, in: match[1])
            let chosen = options.first { $0.contains(" selected") } ?? options.first
            fields[name] = chosen.flatMap { attribute("value", of: $0) } ?? ""
        }
        return fields
    }

    static func attribute(_ name: String, of tag: String) -> String? {
        groups(#"\s\#(name)="([^"]*)""#, in: tag).first.map { unescape($0[0]) }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    private static func matches(_ pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    private static func groups(_ pattern: String, in text: String) -> [[String]] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }
}
