import Foundation

/// The hostile values and mutations the fuzzer draws from.
extension APIFuzzer {
    static let nastyAtoms = [
        "", " ", "\u{0}", "..", "../../../etc/passwd", "%00", "%2e%2e%2f", "%ff%fe", "%", "%zz", "🙂", "\u{202E}gnp.exe",
        "<script>alert(1)</script>", "' OR 1=1 --", "\\", "\r\nX-Injected: 1", "9999-12-31", "0000-00-00", "2019-02-30", "-1",
        "1e309", "NaN", "true", "null", "[]", "{}", "approve", "committee", "roseville", "finance-technician", "2",
        "99999999999999999999", "\u{FEFF}", "a\u{0}b", String(repeating: "é", count: 3000),
    ]
    static let queryKeys = ["format", "as-of", "as-known-on", "all", "follow", "state", "awaiting", "from", "to", "class",
                            "person", "kind", "next", "plan", ""]

    mutating func nasty() -> String {
        chance(15) ? String(repeating: "A", count: Int.random(in: 1_000...70_000, using: &random))
            : Self.nastyAtoms.randomElement(using: &random) ?? ""
    }

    /// A path template with its `{parameters}` filled: mostly real values, sometimes hostile ones.
    mutating func instantiate(_ template: String) -> String {
        let real = ["plan": "roseville", "number": "2", "class": "finance-technician"]
        return template.split(separator: "/", omittingEmptySubsequences: false).map { part -> String in
            guard part.hasPrefix("{") else { return String(part) }
            guard chance(3) else { return real[String(part.dropFirst().dropLast())] ?? "x" }
            return percentEncoded(nasty())
        }.joined(separator: "/")
    }

    mutating func percentEncoded(_ text: String) -> String {
        chance(4) ? text : text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? ""
    }

    mutating func query() -> String {
        let pairs = (0..<Int.random(in: 1...4, using: &random)).map { _ -> String in
            let key = Self.queryKeys.randomElement(using: &random) ?? "format"
            let value = chance(3) ? ["json", "text", "yaml", "svg", "csv", "markdown", "html", "true", "open", "2019-07-16"].randomElement(using: &random) ?? ""
                : nasty().addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            return "\(key)=\(value)"
        }
        return "?" + pairs.joined(separator: chance(10) ? "&&" : "&")
    }

    /// The target as bytes; sometimes with a raw byte no URL may hold (after "/api/v1/", so an
    /// answer from the router is still an API answer).
    mutating func targetBytes(_ target: String, malformed: inout Bool) -> [UInt8] {
        var bytes = Array(target.utf8)
        if target.unicodeScalars.contains(where: { $0.value <= 32 || $0.value >= 127 }) { malformed = true }
        if chance(12) {
            bytes.insert([0, 0xFF, 0xC0, 0x80, 0x7F, 9, 32, 0x22, 0x3C].randomElement(using: &random) ?? 0,
                         at: Int.random(in: min(8, bytes.count)...bytes.count, using: &random))
            malformed = true
        }
        return bytes
    }

    /// A valid JSON body changed: a field's type or value, unknown fields, deep nesting, raw bytes.
    mutating func mutateBody(_ seed: [UInt8]) -> [UInt8] {
        switch Int.random(in: 0..<10, using: &random) {
        case 0:
            let depth = Int.random(in: 100...120_000, using: &random)
            return chance(2) ? Array(String(repeating: "[", count: depth).utf8) + Array(String(repeating: "]", count: depth).utf8)
                : Array(String(repeating: "{\"a\":", count: depth / 5).utf8) + Array("1".utf8) + Array(String(repeating: "}", count: depth / 5).utf8)
        case 1: return (0..<Int.random(in: 0...2000, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
        case 2: return Array(seed.prefix(Int.random(in: 0...seed.count, using: &random)))
        case 3:
            var bytes = seed
            for _ in 0..<Int.random(in: 1...8, using: &random) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = [0, 0xFF, 0xFE, 0xC0, 0x80, 0x22, 0x5C, 0x7B, 0x5D].randomElement(using: &random) ?? 0
            }
            return bytes
        case 4: return Array("{\"text\": \"\(String(repeating: "x", count: Int.random(in: 100_000...400_000, using: &random)))\"}".utf8)
        default:
            guard var object = (try? JSONSerialization.jsonObject(with: Data(seed))) as? [String: Any] else { return seed }
            let keys = Array(object.keys) + ["unknown", "__proto__", "decision", "text", "spec", "kind", "content", "fileName", "account", "password"]
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let key = keys.randomElement(using: &random) ?? "x"
                object[key] = chance(5) ? nil : jsonValue()
            }
            return Array((try? JSONSerialization.data(withJSONObject: object)) ?? Data(seed))
        }
    }

    mutating func jsonValue() -> Any {
        switch Int.random(in: 0..<8, using: &random) {
        case 0: return Int.random(in: Int.min...Int.max, using: &random)
        case 1: return Double.random(in: -1e300...1e300, using: &random)
        case 2: return NSNull()
        case 3: return chance(2)
        case 4: return [nasty(), 1, NSNull()] as [Any]
        case 5: return ["nested": nasty()]
        default: return nasty()
        }
    }
}
