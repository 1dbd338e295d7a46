@testable import ClaspSpec
import Foundation
import Testing

/// `YAMLParser` reads good files with `YAMLEventReader` and refused ones through Yams: the two
/// must agree on every file the event reader accepts (values and line numbers), and the event
/// reader must accept nothing the Yams path refuses, or a bad file would slip through.
@Suite struct YAMLEventReaderTests {
    /// Where two trees differ, values or line numbers (`==` ignores lines); nil when identical.
    static func difference(_ a: YAMLValue, _ b: YAMLValue, at path: String = "") -> String? {
        guard a.line == b.line else { return "\(path): line \(a.line) vs \(b.line)" }
        switch (a, b) {
        case let (.scalar(x, _), .scalar(y, _)): return x == y ? nil : "\(path): \(x.debugDescription) vs \(y.debugDescription)"
        case let (.sequence(x, _), .sequence(y, _)):
            guard x.count == y.count else { return "\(path): \(x.count) vs \(y.count) elements" }
            return zip(x, y).enumerated().lazy.compactMap { difference($1.0, $1.1, at: "\(path)[\($0)]") }.first
        case let (.mapping(x, _), .mapping(y, _)):
            guard x.count == y.count else { return "\(path): \(x.count) vs \(y.count) keys" }
            return zip(x, y).lazy.compactMap { p, q in
                p.key != q.key || p.line != q.line ? "\(path): key \(p.key)@\(p.line) vs \(q.key)@\(q.line)"
                    : difference(p.value, q.value, at: "\(path).\(p.key)")
            }.first
        default: return "\(path): \(a.typeName) vs \(b.typeName)"
        }
    }

    static func identical(_ a: YAMLValue, _ b: YAMLValue) -> Bool { difference(a, b) == nil }

    /// Checks one input: accepted by the event reader only if the Yams path accepts it, with the same tree.
    static func agree(_ text: String, _ name: String) {
        let fast = YAMLEventReader.read(text)
        let reference = Result { try YAMLParser.parseThroughYams(text, file: "f") }
        switch (fast, reference) {
        case let (fast?, .success(value)):
            if let difference = difference(fast, value) {
                Issue.record("\(name): the event reader's tree differs from the Yams path's at \(difference); input \(text.utf8.prefix(300).map { $0 })")
            }
        case (_?, .failure(let error)):
            Issue.record("\(name): the event reader accepted a file the Yams path refuses (\(error))")
        case (nil, _):
            break
        }
    }

    static func corpusTexts() throws -> [(name: String, text: String)] {
        var folder = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { folder.deleteLastPathComponent() }
        var texts: [(String, String)] = []
        for sub in ["Fuzz/corpus", "Tests/ClaspSpecTests/Fixtures/canonical"] {
            let dir = folder.appendingPathComponent(sub)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() {
                texts.append((name, String(decoding: try Data(contentsOf: dir.appendingPathComponent(name)), as: UTF8.self)))
            }
        }
        return texts
    }

    @Test func canonicalSpecsAreReadByTheEventReaderWithTheSameTree() throws {
        let texts = try Self.corpusTexts().filter { $0.name.hasSuffix(".yaml") }
        try #require(texts.count >= 3)
        for (name, text) in texts {
            let fast = try #require(YAMLEventReader.read(text), "\(name) should take the fast path")
            #expect(Self.identical(fast, try YAMLParser.parseThroughYams(text, file: name)), "\(name)")
        }
    }

    @Test func corpusHostileAndMutatedInputsAgree() throws {
        let seeds = try Self.corpusTexts()
        for (name, text) in seeds { Self.agree(text, name) }
        for hostile in HostileCorpus.all where hostile.bytes.count < 1 << 20 { Self.agree(hostile.text, hostile.name) }
        var random = SplitMix(state: 20_261_123)
        let bytes = seeds.map { Array($0.text.utf8) }
        var accepted = 0
        for round in 0..<5_000 {
            let mutated = MutationFuzzTests.mutate(bytes[round % bytes.count], using: &random)
            let text = String(decoding: mutated, as: UTF8.self)
            if YAMLEventReader.read(text) != nil { accepted += 1 }
            Self.agree(text, "mutation \(round)")
        }
        // The mutations must exercise the fast path, not only the refusals.
        #expect(accepted > 100)
    }

    @Test func refusedShapesFallBackToTheYamsPathAndKeepTheirMessages() throws {
        let cases = [
            "a: 1\na: 2\n",                          // repeated key
            "a: &x 1\nb: *x\n",                      // anchor and alias
            "? [a]\n: 1\n",                          // complex key
            "a: 1\n---\nb: 2\n",                     // two documents
            "a: [1, 2\n",                            // libyaml error
            HostileCorpus.deepSections(40),          // nesting past the limit
        ]
        for text in cases {
            #expect(YAMLEventReader.read(text) == nil, "\(text.prefix(40))")
            let expected = Result { try YAMLParser.parseThroughYams(text, file: "f.yaml") }
            let actual = Result { try YAMLParser.parse(text, file: "f.yaml") }
            guard case .failure(let want) = expected, case .failure(let got) = actual else {
                Issue.record("both readers should refuse \(text.prefix(40))"); continue
            }
            #expect(String(describing: got) == String(describing: want))
        }
    }

    @Test func valuesThatDifferByOneByteStayDifferent() throws {
        let a = try YAMLParser.parse("title: Clerk\nitems:\n  - one\n  - two\n")
        let b = try YAMLParser.parse("title: Clerk\nitems:\n  - one\n  - twO\n")
        #expect(a != b)
        #expect(Self.identical(a, try YAMLParser.parseThroughYams("title: Clerk\nitems:\n  - one\n  - two\n", file: nil)))
    }
}
