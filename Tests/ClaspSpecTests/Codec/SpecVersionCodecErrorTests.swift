import Testing
@testable import ClaspSpec

/// Every rejected file must say where (line), what (field) and why (problem), because an analyst
/// fixing a plan file by hand has nothing else to go on.
@Suite struct SpecVersionCodecErrorTests {
    struct BadFile: CustomStringConvertible, Sendable {
        var name: String
        var yaml: String
        var line: Int?
        var field: String?
        var problem: SpecFormatError.Problem
        var description: String { name }
    }

    static let head = "title: Finance Technician I/II\neffective: 2019-07-16\n"
    static let kinds = SectionKind.allCases.map(\.rawValue).joined(separator: ", ")

    static let cases: [BadFile] = [
        BadFile(name: "unknown top-level field", yaml: head + "sections: []\nsalary: 12\n",
                line: 4, field: "salary", problem: .unknownField),
        BadFile(name: "unknown field in an item", yaml: head + "sections:\n- kind: duties\n  items:\n  - text: a\n    weight: 3\n",
                line: 7, field: "sections[0].items[0].weight", problem: .unknownField),
        BadFile(name: "unknown field in pay", yaml: head + "pay:\n  band: GNL\n  grade: 4\nsections: []\n",
                line: 5, field: "pay.grade", problem: .unknownField),
        BadFile(name: "wrong type for title", yaml: "title: [a, b]\neffective: 2019-07-16\nsections: []\n",
                line: 1, field: "title", problem: .wrongType(expected: "text", found: "a list")),
        BadFile(name: "sections not a list", yaml: head + "sections: definition\n",
                line: 3, field: "sections", problem: .wrongType(expected: "a list", found: "text")),
        BadFile(name: "section not a mapping", yaml: head + "sections:\n- definition\n",
                line: 4, field: "sections[0]", problem: .wrongType(expected: "a mapping", found: "text")),
        BadFile(name: "missing title", yaml: "effective: 2019-07-16\nsections: []\n",
                line: 1, field: "title", problem: .missingField),
        BadFile(name: "missing sections", yaml: head,
                line: 1, field: "sections", problem: .missingField),
        BadFile(name: "impossible date", yaml: "title: X\neffective: 2019-02-30\nsections: []\n",
                line: 2, field: "effective",
                problem: .invalidValue("'2019-02-30' is not a real date in YYYY-MM-DD form")),
        BadFile(name: "bad section kind", yaml: head + "sections:\n- kind: definition\n- kind: dutys\n",
                line: 5, field: "sections[1].kind",
                problem: .invalidValue("'dutys' is not a section kind; use one of: \(kinds)")),
        BadFile(name: "percent above 100", yaml: head + "sections:\n- kind: duties\n  items:\n  - text: a\n    percent: 140\n",
                line: 7, field: "sections[0].items[0].percent",
                problem: .invalidValue("'140' is not a whole number from 0 to 100")),
        BadFile(name: "bad FLSA value", yaml: head + "flsa: nonexempt\nsections: []\n",
                line: 3, field: "flsa", problem: .invalidValue("'nonexempt' is not an FLSA status; use exempt or non-exempt")),
        BadFile(name: "undeclared level", yaml: head + "levels:\n- {level: I, title: A I}\nsections:\n- kind: knowledge\n  level: III\n",
                line: 7, field: "sections[0].level",
                problem: .invalidValue("'III' is not a level of this class (declared levels: I)")),
        BadFile(name: "level declared twice", yaml: head + "levels:\n- {level: I, title: A}\n- {level: I, title: B}\nsections: []\n",
                line: 3, field: "levels", problem: .invalidValue("level 'I' is declared twice (levels[1])")),
        BadFile(name: "not-on-file with sections", yaml: head + "text: not-on-file\nsections: []\n",
                line: 4, field: "sections", problem: .invalidValue(
                    "a version whose text is not on file has no sections; remove 'text: not-on-file' or the sections")),
        BadFile(name: "text marker other than not-on-file", yaml: head + "text: lost\n",
                line: 3, field: "text", problem: .invalidValue(
                    "'lost' is not accepted; the only value is 'not-on-file' (put the text in 'sections')")),
        BadFile(name: "anchors and aliases bomb",
                yaml: "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\ntitle: X\neffective: 2019-07-16\nsections: []\n",
                line: 1, field: "a", problem: .unreadable("YAML anchors and aliases are not allowed in plan files")),
        BadFile(name: "NUL byte", yaml: head + "sections: []\ncode: a\u{0}b\n",
                line: 4, field: nil, problem: .unreadable("file contains a NUL byte (binary data?)")),
        BadFile(name: "duplicate key", yaml: head + "sections: []\ntitle: Other\n",
                line: 1, field: nil, problem: .syntax("key 'title' appears twice in one mapping")),
        BadFile(name: "raw control character", yaml: head + "code: a\u{1}b\nsections: []\n",
                line: 3, field: nil, problem: .syntax("control characters are not allowed")),
        BadFile(name: "empty file", yaml: " \n\n", line: nil, field: nil, problem: .unreadable("file is empty")),
        BadFile(name: "comments only", yaml: "# nothing here\n", line: nil, field: nil, problem: .unreadable("file is empty")),
    ]

    @Test(arguments: cases)
    func rejectsWithFieldLineAndProblem(_ bad: BadFile) throws {
        let error = try #require(throws: SpecFormatError.self) {
            try SpecVersionCodec.decode(bad.yaml, file: "2019-07-16.yaml")
        }
        #expect(error.file == "2019-07-16.yaml")
        #expect(error.line == bad.line)
        #expect(error.field == bad.field)
        #expect(error.problem == bad.problem)
    }

    @Test func tabIndentedGarbageIsASyntaxErrorWithALine() throws {
        let text = "title: X\neffective: 2019-07-16\nsections:\n\t- kind: duties\n\t\t\titems: [\n"
        let error = try #require(throws: SpecFormatError.self) { try SpecVersionCodec.decode(text, file: "x.yaml") }
        guard case .syntax(let message) = error.problem else {
            Issue.record("expected a syntax error, got \(error)")
            return
        }
        #expect(error.line == 4)
        #expect(message.contains("cannot start any token"))
    }

    @Test func messageNamesFileLineAndFieldAndListsTheKinds() throws {
        let text = Self.head + "sections:\n- kind: dutys\n"
        let error = try #require(throws: SpecFormatError.self) { try SpecVersionCodec.decode(text, file: "2019-07-16.yaml") }
        #expect(error.description
            == "2019-07-16.yaml:4: field 'sections[0].kind': 'dutys' is not a section kind; use one of: \(Self.kinds)")
    }
}
