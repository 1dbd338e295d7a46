@testable import ClaspSpec
import Foundation
import Testing

/// `YAMLParser` reads canonical files with `CanonicalYAMLReader` before libyaml: whatever it
/// returns must be exactly `YAMLEventReader`'s tree, line numbers included, and it must accept
/// every canonical render (or the fast path is dead code).
@Suite struct CanonicalYAMLReaderTests {
    /// Checks one input: the canonical reader refuses it, or returns the event reader's tree.
    /// Returns whether it was accepted.
    @discardableResult
    static func agree(_ text: String, _ name: String) -> Bool {
        guard let fast = CanonicalYAMLReader.read(text) else { return false }
        guard let reference = YAMLEventReader.read(text) else {
            Issue.record("\(name): the canonical reader accepted a file the event reader refuses; input \(text.debugDescription.prefix(400))")
            return true
        }
        if let difference = YAMLEventReaderTests.difference(fast, reference) {
            Issue.record("\(name): the canonical reader's tree differs from the event reader's at \(difference); input \(text.debugDescription.prefix(400))")
        }
        return true
    }

    /// Every `.yaml` file under the spec fixtures, and the fuzz corpus.
    static func fileTexts() throws -> [(name: String, text: String)] {
        var texts: [(String, String)] = []
        let walker = try #require(FileManager.default.enumerator(at: Fixtures.root, includingPropertiesForKeys: nil))
        for case let url as URL in walker where url.pathExtension == "yaml" {
            texts.append((url.lastPathComponent, try String(contentsOf: url, encoding: .utf8)))
        }
        return texts + (try YAMLEventReaderTests.corpusTexts())
    }

    /// Texts a writer could be handed: the ones that need quoting and escaping, and the ones that
    /// are plain only by the writer's date and number rules.
    static let nastyScalars: [String] = [
        "", " ", "  lead", "trail ", "a: b", "a:b", "a:", ":a", "a #b", "a#b", "#a", "- a", "-a", "-", "--- a", "...",
        "? a", "[a]", "{a}", "a, b", "&a", "*a", "!a", "|", ">", "'a'", "\"a\"", "%a", "@a", "`a`", "~", "<<", "=",
        "yes", "No", "TRUE", "false", "on", "Off", "null", "y", "N", "0", "00", "012", "45", "11002", "1234567890123456",
        "-1", "+1", ".5", "1.5", "1e3", "0x1F", "2019-07-16", "2019-02-30", "2019-7-16", "12:30", "\u{FEFF}a", "a\u{FEFF}",
        "a\u{2028}b", "a\u{2029}", "\u{85}", "a\u{A0}", "\u{3000}x", "tab\there", "cr\r", "line\nbreak", "\u{0}", "\u{7F}",
        "\u{1}\u{1F}", "\u{9F}", "\u{FFFE}", "\u{FFFF}", "back\\slash", "quote\"d", "café", "Ærø — “quoted”", "日本語",
        "😀 emoji", "Ⅻ", "½", "١٢", "a  b", "a\u{0301}", "Clerk II", "Knowledge of:", "DUTIES", "x: y: z",
        String(repeating: "long words here ", count: 400) + "end",
        // The same characters deep in a line, past the eight-byte skip of plain text.
        "a longer line of prose # then more", "a longer line of prose: then more", "a longer line of prose\tthen more",
        "a longer line of prose\u{7F} then", "a longer line of prose\u{85} then", "a longer line of prose é then",
        "a longer line of prose#then more", "a longer line of prose:then more", "a longer line of prose ending:",
        "a longer line of prose ending ",
    ]

    /// A random tree of mappings, lists and scalars, `depth` levels deep at most.
    static func randomTree(_ random: inout SplitMix, depth: Int) -> YAMLValue {
        let choice = depth == 0 ? 0 : Int.random(in: 0..<10, using: &random)
        switch choice {
        case 0...3: return .scalar(randomScalar(&random))
        case 4...6:
            var keys: [String] = []
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                let key = randomScalar(&random)
                if !keys.contains(key) { keys.append(key) }
            }
            return .mapping(keys.map { YAMLPair($0, randomTree(&random, depth: depth - 1)) })
        default:
            return .sequence((0..<Int.random(in: 0...4, using: &random)).map { _ in randomTree(&random, depth: depth - 1) })
        }
    }

    static func randomScalar(_ random: inout SplitMix) -> String {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return nastyScalars[Int.random(in: 0..<nastyScalars.count, using: &random)]
        case 1: return ["title", "code", "items", "text", "id", "heading", "kind"][Int.random(in: 0..<7, using: &random)]
        case 2:
            let pool = Array("ab Z:#-'\"\\\t\n{}[]0123456789.é\u{2028}\u{85}\u{FEFF}")
            return String((0..<Int.random(in: 0...40, using: &random)).map { _ in pool[Int.random(in: 0..<pool.count, using: &random)] })
        default: return "Performs \(Int.random(in: 0...999, using: &random)) related duties as required."
        }
    }

    /// Whether any key or scalar of `value` starts with U+FEFF, which the event reader leaves to
    /// Yams (and so the canonical reader too).
    static func hasLeadingByteOrderMark(_ value: YAMLValue) -> Bool {
        switch value {
        case .scalar(let text, _): return text.hasPrefix("\u{FEFF}")
        case .sequence(let values, _): return values.contains(where: hasLeadingByteOrderMark)
        case .mapping(let pairs, _):
            return pairs.contains { $0.key.hasPrefix("\u{FEFF}") || hasLeadingByteOrderMark($0.value) }
        }
    }

    static func randomRenders(count: Int, seed: UInt64) -> [(tree: YAMLValue, text: String)] {
        var random = SplitMix(state: seed)
        return (0..<count).map { _ in
            let tree = randomTree(&random, depth: Int.random(in: 1...6, using: &random))
            return (tree, CanonicalYAML.render(tree))
        }
    }

    @Test func fixturesAndCorpusAgreeAndCanonicalFixturesTakeTheFastPath() throws {
        let texts = try Self.fileTexts()
        try #require(texts.count >= 6)
        for (name, text) in texts { Self.agree(text, name) }
        let canonical = texts.filter { CanonicalYAML.render(YAMLEventReader.read($0.text) ?? .scalar("")) == $0.text }
        try #require(canonical.count >= 3)
        for (name, text) in canonical {
            #expect(CanonicalYAMLReader.read(text) != nil, "\(name) is canonical and should take the fast path")
        }
    }

    @Test func everyCanonicalRenderIsReadBackWithTheEventReadersTreeAndLines() throws {
        var accepted = 0
        for (index, (tree, text)) in Self.randomRenders(count: 3_000, seed: 20_261_123).enumerated() {
            // An empty root collection renders as an empty file, which YAMLParser refuses first;
            // a key past libyaml's 1,024 characters is refused by libyaml, and so left to it.
            guard !text.isEmpty, !Self.hasLeadingByteOrderMark(tree), YAMLEventReader.read(text) != nil else { continue }
            guard let fast = CanonicalYAMLReader.read(text) else {
                Issue.record("render \(index) refused: \(text.debugDescription.prefix(400))")
                continue
            }
            accepted += 1
            #expect(fast == tree, "render \(index) read back as different content")
            Self.agree(text, "render \(index)")
        }
        #expect(accepted > 2_000)
    }

    @Test func specVersionEncodingsTakeTheFastPath() throws {
        for load in [Fixtures.importedFinanceTechnician, Fixtures.importedAccountingTechnician] {
            let text = SpecVersionCodec.encode(try load().version)
            #expect(Self.agree(text, "encoded version"))
            #expect(try SpecVersionCodec.decode(text) == (try load().version))
        }
    }

    @Test func keysAroundLibYAMLsLengthLimitAgree() {
        var accepted = 0
        for length in 1_018...1_030 {
            for key in [String(repeating: "k", count: length), "é" + String(repeating: "k", count: length - 2),
                        "\"" + String(repeating: "k", count: length - 2), "\t" + String(repeating: "k", count: length - 2)] {
                for text in [CanonicalYAML.render(.mapping([YAMLPair(key, .scalar("v"))])),
                             CanonicalYAML.render(.sequence([.mapping([YAMLPair(key, .scalar("v"))])]))] {
                    if Self.agree(text, "key of \(key.utf8.count) bytes") { accepted += 1 }
                }
            }
        }
        #expect(accepted > 20)
    }

    @Test func nestingPastTheLimitIsLeftToTheGeneralReader() throws {
        var deep = YAMLValue.scalar("x")
        for level in 0..<(YAMLParser.maximumDepth + 1) { deep = level.isMultiple(of: 2) ? .sequence([deep]) : .mapping([YAMLPair("k", deep)]) }
        #expect(CanonicalYAMLReader.read(CanonicalYAML.render(deep)) == nil)
        #expect(YAMLEventReader.read(CanonicalYAML.render(deep)) == nil)
    }

    @Test func nonCanonicalShapesAreRefused() {
        let cases = [
            "a: b # note\n", "a:\tb\n", "a: 'b'\n", "a: |\n  b\n", "a: >\n  b\n", "a: [b]\n", "a: {b: c}\n",
            "a: &x b\n", "a: !!str b\n", "---\na: b\n", "%YAML 1.1\n---\na: b\n", "a: b\r\n", "a: b", "a:\n   b: c\n",
            "a:\n  - b\n", "a: \"b\"\n", "a: yes\n", "a: 012\n", "a: \"\\x41\"\n", "a: \"\\u000A\"\n", "a: \"\\u00e9\"\n",
            "a: b\na: c\n", "- a\n -b\n", "a:  b\n", "a: b \n", "a:\n", "- \n", "a: b\n\n", "a: b\n  c\n", "\u{FEFF}a: b\n",
            "a: \"\\uFEFFb\"\n", "a: \"\t\"\n", "? a\n: b\n", "a: ...\n", "a: b\n...\n",
            "a: a longer line of prose # a comment\n", "a: a longer line of prose\twith a tab\n",
            "a: a longer line of prose \u{7F}\n", "a: a longer line of prose: more\n", "a: a longer line of prose \u{85}\n",
            "a longer key of prose with a #: b\n",
        ]
        for text in cases {
            #expect(CanonicalYAMLReader.read(text) == nil, "\(text.debugDescription)")
        }
    }

    /// Canonical texts with one targeted edit (a comment, a tab, a quote, a block scalar, an
    /// indent, a repeated line...) or random byte mutations: refused, or read as libyaml reads them.
    @Test func mutatedCanonicalTextsAreRefusedOrAgree() throws {
        let canonical = try Self.fileTexts().map(\.text).filter { CanonicalYAMLReader.read($0) != nil }
            + Self.randomRenders(count: 400, seed: 7).map(\.text).filter { CanonicalYAMLReader.read($0) != nil }
        try #require(canonical.count > 300)
        let edits = ["#", " #", "\t", "'", "\"", "|", ">", " ", "  ", "- ", ": ", "\n", "\r", "{", "[", "&a ", "!", "\\", "?"]
        var random = SplitMix(state: 20_261_124)
        var accepted = 0
        for round in 0..<6_000 {
            var bytes = Array(canonical[round % canonical.count].utf8)
            let position = Int.random(in: 0..<bytes.count, using: &random)
            switch round % 4 {
            case 0: bytes.insert(contentsOf: Array(edits[Int.random(in: 0..<edits.count, using: &random)].utf8), at: position)
            case 1: bytes.remove(at: position)
            case 2:
                // Repeat or drop a whole line, or shift it by one or two spaces.
                let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                var edited = lines
                let index = Int.random(in: 0..<max(1, lines.count - 1), using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: edited.insert(lines[index], at: index)
                case 1: edited.remove(at: index)
                case 2: edited[index].insert(0x20, at: 0)
                default: edited[index].removeFirst(min(2, edited[index].count))
                }
                bytes = Array(edited.joined(separator: [0x0A]))
            default: bytes = MutationFuzzTests.mutate(bytes, using: &random)
            }
            if Self.agree(String(decoding: bytes, as: UTF8.self), "mutation \(round)") { accepted += 1 }
        }
        // Some edits keep a text canonical (a changed letter, a dropped line): those are compared too.
        #expect(accepted > 200)
    }

    @Test func hostileInputsAreRefusedOrAgree() {
        for hostile in HostileCorpus.all where hostile.bytes.count < 1 << 20 { Self.agree(hostile.text, hostile.name) }
    }
}
