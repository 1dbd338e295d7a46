import Testing
@testable import ClaspSpec

@Suite struct ClassRecordCodecTests {
    static let file = "classes/finance-technician/class.yaml"

    static let canonical = """
        id: finance-technician
        events:
        - date: 2012-08-25
          kind: established
          title: Finance Technician I/II
          from:
          - accounting-technician
          - billing-specialist
          - cash-management-specialist
          - csr-leadworker
          note: "Consolidation: four classes into one series"
        - date: 2020-01-01
          kind: retitled
          title: Finance Technician I/II/III
          old-title: Finance Technician I/II
        notes:
        - Chart at the end of the 2019 spec.

        """

    @Test func decodesEveryField() throws {
        let record = try ClassRecordCodec.decode(Self.canonical, file: Self.file)
        #expect(record.id == "finance-technician")
        #expect(record.events.count == 2)
        let established = try #require(record.events.first)
        #expect(established.date == PlanDate(year: 2012, month: 8, day: 25))
        #expect(established.kind == .established)
        #expect(established.title == "Finance Technician I/II")
        #expect(established.from == ["accounting-technician", "billing-specialist",
                                     "cash-management-specialist", "csr-leadworker"])
        #expect(established.note == "Consolidation: four classes into one series")
        #expect(record.events[1].oldTitle == "Finance Technician I/II")
        #expect(record.notes == ["Chart at the end of the 2019 spec."])
    }

    @Test func canonicalFileRoundTripsByteForByte() throws {
        let record = try ClassRecordCodec.decode(Self.canonical, file: Self.file)
        #expect(ClassRecordCodec.encode(record) == Self.canonical)
    }

    @Test func encodeWritesKeysInCanonicalOrderWhateverTheInputOrder() throws {
        let scrambled = """
            notes: [a remark]
            events:
            - into: [finance-technician]
              note: Resolution 12-104
              kind: merged-into
              date: 2012-08-25
            id: csr-leadworker
            """
        let record = try ClassRecordCodec.decode(scrambled, file: nil)
        #expect(ClassRecordCodec.encode(record) == """
            id: csr-leadworker
            events:
            - date: 2012-08-25
              kind: merged-into
              into:
              - finance-technician
              note: Resolution 12-104
            notes:
            - a remark

            """)
    }

    @Test func everyKindRoundTrips() throws {
        let events: [LineageEvent] = [
            LineageEvent(date: try #require(PlanDate(iso: "1996-01-23")), kind: .established, title: "Clerk"),
            LineageEvent(date: try #require(PlanDate(iso: "1999-01-01")), kind: .retitled,
                         oldTitle: "Clerk", title: "Clerk & <Typist>"),
            LineageEvent(date: try #require(PlanDate(iso: "2000-02-29")), kind: .splitInto, into: ["a", "b"]),
            LineageEvent(date: try #require(PlanDate(iso: "2001-01-01")), kind: .abolished),
            LineageEvent(date: try #require(PlanDate(iso: "2002-01-01")), kind: .reinstated, note: "by council"),
            LineageEvent(date: try #require(PlanDate(iso: "2003-01-01")), kind: .mergedInto, into: ["c"]),
        ]
        let record = ClassRecord(id: "clerk", events: events)
        let text = ClassRecordCodec.encode(record)
        #expect(try ClassRecordCodec.decode(text, file: nil) == record)
        #expect(ClassRecordCodec.encode(try ClassRecordCodec.decode(text, file: nil)) == text)
    }

    struct BadCase: CustomStringConvertible, Sendable {
        let name: String
        let yaml: String
        let line: Int?
        let field: String?
        let fragment: String
        var description: String { name }
    }

    static let badCases: [BadCase] = [
        BadCase(name: "id not a slug", yaml: "id: Finance_Tech\nevents: []\n", line: 1, field: "id",
                fragment: "'Finance_Tech' is not a valid class id"),
        BadCase(name: "missing id", yaml: "events: []\n", line: 1, field: "id", fragment: "missing required field"),
        BadCase(name: "unknown top-level field", yaml: "id: a\nevents: []\nstatus: active\n", line: 3,
                field: "status", fragment: "unknown field"),
        BadCase(name: "unknown event field", yaml: "id: a\nevents:\n- date: 2001-01-01\n  kind: abolished\n  why: budget\n",
                line: 5, field: "events[0].why", fragment: "unknown field"),
        BadCase(name: "unknown kind", yaml: "id: a\nevents:\n- date: 2001-01-01\n  kind: renamed\n", line: 4,
                field: "events[0].kind", fragment: "'renamed' is not a lineage event kind; expected one of established"),
        BadCase(name: "impossible date", yaml: "id: a\nevents:\n- date: 2019-02-30\n  kind: abolished\n", line: 3,
                field: "events[0].date", fragment: "'2019-02-30' is not a real date"),
        BadCase(name: "missing date", yaml: "id: a\nevents:\n- kind: abolished\n", line: 3,
                field: "events[0].date", fragment: "missing required field"),
        BadCase(name: "retitle without old title",
                yaml: "id: a\nevents:\n- date: 2001-07-01\n  kind: retitled\n  title: New\n", line: 3,
                field: "events[0].old-title", fragment: "missing required field"),
        BadCase(name: "retitle without title",
                yaml: "id: a\nevents:\n- date: 2001-07-01\n  kind: retitled\n  old-title: Old\n", line: 3,
                field: "events[0].title", fragment: "missing required field"),
        BadCase(name: "merge without into", yaml: "id: a\nevents:\n- date: 2012-08-25\n  kind: merged-into\n",
                line: 3, field: "events[0].into", fragment: "missing required field"),
        BadCase(name: "merge into two", yaml: "id: a\nevents:\n- date: 2012-08-25\n  kind: merged-into\n  into: [b, c]\n",
                line: 5, field: "events[0].into", fragment: "merges into exactly one class"),
        BadCase(name: "split into one", yaml: "id: a\nevents:\n- date: 2012-08-25\n  kind: split-into\n  into: [b]\n",
                line: 5, field: "events[0].into", fragment: "a split needs at least two successor classes"),
        BadCase(name: "bad id in from",
                yaml: "id: a\nevents:\n- date: 2012-08-25\n  kind: established\n  from:\n  - ok\n  - Not Ok\n",
                line: 7, field: "events[0].from[1]", fragment: "'Not Ok' is not a valid class id"),
        BadCase(name: "bad id in into", yaml: "id: a\nevents:\n- date: 2012-08-25\n  kind: split-into\n  into: [b, -c]\n",
                line: 5, field: "events[0].into[1]", fragment: "'-c' is not a valid class id"),
        BadCase(name: "repeated id in from",
                yaml: "id: a\nevents:\n- date: 2012-08-25\n  kind: established\n  from: [b, b]\n",
                line: 5, field: "events[0].from[1]", fragment: "class 'b' is listed twice"),
        BadCase(name: "into on established",
                yaml: "id: a\nevents:\n- date: 2012-08-25\n  kind: established\n  into: [b]\n",
                line: 5, field: "events[0].into", fragment: "'into' does not apply to 'established' events"),
        BadCase(name: "from on abolished",
                yaml: "id: a\nevents:\n- date: 2012-08-25\n  kind: abolished\n  from: [b]\n",
                line: 5, field: "events[0].from", fragment: "'from' does not apply to 'abolished' events"),
        BadCase(name: "events not a list", yaml: "id: a\nevents: none\n", line: 2, field: "events",
                fragment: "expected a list, found text"),
        BadCase(name: "empty title", yaml: "id: a\nevents:\n- date: 2012-08-25\n  kind: established\n  title: \"  \"\n",
                line: 5, field: "events[0].title", fragment: "must not be empty"),
    ]

    @Test(arguments: badCases)
    func refusesMalformedRecords(_ bad: BadCase) throws {
        let error = try #require(throws: SpecFormatError.self) {
            try ClassRecordCodec.decode(bad.yaml, file: "classes/a/class.yaml")
        }
        #expect(error.file == "classes/a/class.yaml")
        #expect(error.line == bad.line)
        #expect(error.field == bad.field)
        #expect(error.description.contains(bad.fragment), "\(error.description)")
    }

    @Test func errorReadsAsASentenceWithLocation() throws {
        let error = try #require(throws: SpecFormatError.self) {
            try ClassRecordCodec.decode("id: a\nevents:\n- date: 2001-13-01\n  kind: abolished\n", file: "classes/a/class.yaml")
        }
        #expect(error.description
            == "classes/a/class.yaml:3: field 'events[0].date': '2001-13-01' is not a real date in YYYY-MM-DD form")
    }
}
