import Foundation

/// Nasty inputs for every reader of outside text: huge files, 10 MB single lines, deep nesting,
/// invalid UTF-8, NUL bytes, control characters and YAML alias bombs. Generated, so the package
/// does not carry megabytes of fixtures; `Fuzz/corpus/` holds small hand-written seeds besides.
enum HostileCorpus {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var description: String { name }
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    static func make(_ name: String, _ text: String) -> Case { Case(name: name, bytes: Array(text.utf8)) }

    static let tenMegabytes = 10 << 20

    /// A spec whose sections nest `depth` levels, each a valid `kind: other` section.
    static func deepSections(_ depth: Int) -> String {
        var text = "title: T\neffective: 2020-01-01\nsections:\n"
        for level in 0..<depth {
            let indent = String(repeating: "  ", count: level * 2)
            text += "\(indent)- kind: other\n\(indent)  heading: H\(level)\n\(indent)  sections:\n"
        }
        return text + String(repeating: "  ", count: depth * 2) + "[]\n"
    }

    static let all: [Case] = [
        Case(name: "empty", bytes: []),
        make("whitespace-only", " \n\t\n   \r\n"),
        Case(name: "bom-only", bytes: [0xEF, 0xBB, 0xBF]),
        make("nul-byte", "title: Finance\u{0}Technician\neffective: 2020-01-01\n"),
        Case(name: "invalid-utf8", bytes: Array("title: ".utf8) + [0xFF, 0xFE, 0xC3, 0x28] + Array("\neffective: 2020-01-01\n".utf8)),
        Case(name: "overlong-utf8", bytes: Array("title: ".utf8) + [0xC0, 0xAF, 0xE0, 0x80, 0xAF] + [0x0A]),
        Case(name: "surrogate-utf8", bytes: Array("title: ".utf8) + [0xED, 0xA0, 0x80] + [0x0A]),
        Case(name: "control-characters", bytes: Array("title: A".utf8) + Array(1...31).filter { $0 != 10 } + Array("\nDUTIES\n\u{7F}\u{1B}[31m\n".utf8)),
        make("ten-megabyte-single-line", "title: " + String(repeating: "a", count: tenMegabytes)),
        make("three-megabyte-single-line", "title: " + String(repeating: "word ", count: 600_000)),
        make("huge-file", String(repeating: "- text: Reconcile accounts and prepare monthly reports for review.\n", count: 90_000)),
        make("deep-flow-nesting", String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)),
        make("deep-flow-mapping-nesting", String(repeating: "{a: ", count: 20_000) + "1" + String(repeating: "}", count: 20_000)),
        make("deep-block-nesting", (0..<3_000).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n") + " 1\n"),
        make("alias-bomb", ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
            .joined() + "\n" + (1..<10).map { level in
                let previous = Character(UnicodeScalar(UInt8(96 + level)))
                let name = Character(UnicodeScalar(UInt8(97 + level)))
                return "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]"
            }.joined(separator: "\n") + "\n"),
        make("anchor-on-scalar", "title: &t Finance Technician\neffective: 2020-01-01\n"),
        make("merge-key", "base: &b {title: x}\nspec:\n  <<: *b\n"),
        make("many-keys", (0..<20_000).map { "k\($0): v" }.joined(separator: "\n") + "\n"),
        make("duplicate-keys", "title: A\ntitle: B\neffective: 2020-01-01\n"),
        make("long-key", String(repeating: "k", count: 1 << 20) + ": v\n"),
        make("unterminated-quote", "title: \"Finance Technician\neffective: 2020-01-01\n"),
        make("tabs-as-indentation", "sections:\n\t- kind: duties\n"),
        make("tags", "title: !!binary aGVsbG8=\neffective: !custom 2020-01-01\nflsa: !!python/object:os.system rm\n"),
        make("multiple-documents", "---\ntitle: A\n---\ntitle: B\n"),
        make("cr-only-line-ends", "FINANCE TECHNICIAN\rDEFINITION\rTo do things.\rRevised: 07/16/19\r"),
        make("complex-key", "? [a, b]\n: value\n"),
        make("deep-spec-sections", deepSections(60)),
        make("impossible-dates", "FINANCE TECHNICIAN\n\nDEFINITION\nWork.\n\nRevised: 02/30/19\nOriginal Date: 13/2019\n"),
        make("title-only-capitals", String(repeating: "FINANCE TECHNICIAN\n", count: 50_000)),
        make("long-tab-table", "FINANCE TECHNICIAN\n" + String(repeating: "a\t", count: 200_000) + "\n"),
        make("percent-overflow", "title: T\neffective: 2020-01-01\nsections:\n- kind: duties\n  heading: D\n  items:\n  - text: x\n    percent: 99999999999999999999999\n"),
        make("year-overflow", "title: T\neffective: 99999999999999999999-01-01\n"),
    ]
}
