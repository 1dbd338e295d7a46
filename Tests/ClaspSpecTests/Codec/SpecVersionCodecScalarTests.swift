import Testing
@testable import ClaspSpec

/// Text that a careless writer would turn into a boolean, a number, a comment, a list or a
/// mapping key must come back exactly as it went in, wherever it sits in a file.
@Suite struct SpecVersionCodecScalarTests {
    static let awkward: [String] = [
        "yes", "No", "ON", "off", "y", "n", "true", "False", "null", "Null", "~", "", " ", "=", "<<",
        "12", "0012", "1e3", "0x1F", "-1", "+1", ".5", ".inf", "-.inf", ".NaN", "1_000", "12:30", "2019-07-16",
        "07-16-19", "- x", "-", "--- ", "---", "...", "? x", "a: b", "a:b", "a:", "key: value: more",
        "#x", "a #x", "a#x", "[x]", "{x: y}", "x, y", "&anchor", "*alias", "!tag", "%YAML", "@at", "`tick`",
        "|", ">", "'single'", "\"double\"", "it's", "say \"hi\"", "back\\slash", "\\n literally",
        "  leading spaces", "trailing spaces  ", "\tleading tab", "trailing tab\t", "two  inner  spaces",
        "line\nbreak", "cr\rhere", "bell\u{7}", "esc\u{1B}", "del\u{7F}", "nel\u{85}", "nbsp\u{A0}end", "\u{A0}",
        "ls\u{2028}ps\u{2029}", "bom\u{FEFF}", "nonchar\u{FFFE}\u{FFFF}", "Finance Technician II – This is",
        "em — dash", "‘curly’ “quotes”", "emoji 🧾", "combining e\u{301}", "I", "II", "non-exempt",
    ]

    @Test(arguments: awkward)
    func scalarRoundTripsInEveryPosition(_ text: String) throws {
        let version = SpecVersion(
            title: "T " + text, effective: PlanDate(year: 2019, month: 7, day: 16)!, code: text,
            levels: [SeriesLevel(level: "I", title: "L " + text)], pay: PayPlacement(band: text, zone: text, range: text),
            probation: text, sourceDates: SourceDates(original: text, revised: [text, text]),
            attributes: [Attribute(name: "N " + text, value: text)],
            sections: [Section(kind: .duties, heading: text, level: "I", text: [text, text],
                               items: [Item(text: text), Item(id: text, label: text, text: text, percent: 0)],
                               sections: [Section(kind: .other, heading: text, items: [Item(text: text)])])])
        let yaml = SpecVersionCodec.encode(version)
        let decoded = try SpecVersionCodec.decode(yaml, file: "scalar.yaml")
        #expect(decoded == version, "\(yaml)")
        #expect(SpecVersionCodec.encode(decoded) == yaml)
    }

    @Test(arguments: awkward)
    func canonicalYAMLQuotesWhatYamsWouldMisread(_ text: String) throws {
        let yaml = CanonicalYAML.render(.mapping([YAMLPair("k", .scalar(text)), YAMLPair(text.isEmpty ? "e" : text, .scalar("v"))]))
        let parsed = try YAMLParser.parse(yaml)
        #expect(parsed == .mapping([YAMLPair("k", .scalar(text)), YAMLPair(text.isEmpty ? "e" : text, .scalar("v"))]), "\(yaml)")
    }
}
