import Testing
@testable import ClaspSpec

/// The two promises of the codec: nothing is lost (decode after encode gives the same version),
/// and canonical files are stable (encode after decode gives the same bytes).
@Suite struct SpecVersionCodecRoundTripTests {
    static let date = PlanDate(year: 2019, month: 7, day: 16)!

    static let sample = SpecVersion(
        title: "Finance Technician I/II", effective: date, code: "11002",
        levels: [SeriesLevel(level: "I", title: "Finance Technician I"), SeriesLevel(level: "II", title: "Finance Technician II")],
        flsa: .nonExempt, pay: PayPlacement(band: "GNL", zone: "6"), probation: "12 Months",
        sourceDates: SourceDates(original: "February 2015", revised: ["07-16-19", "06-21-18"]),
        attributes: [Attribute(name: "Job Title", value: "Finance Technician")],
        sections: [
            Section(kind: .definition, heading: "DEFINITION", text: ["To perform a variety of duties."]),
            Section(kind: .duties, heading: "EXAMPLES OF ESSENTIAL DUTIES", text: ["Duties may include:"],
                    items: [Item(text: "Process billing.", percent: 45), Item(text: "Reconcile accounts."),
                            Item(id: "d3", label: "Cash", text: "Balance drawers.")]),
            Section(kind: .qualifications, heading: "MINIMUM QUALIFICATIONS", sections: [
                Section(kind: .qualifications, heading: "Finance Technician I", level: "I", sections: [
                    Section(kind: .knowledge, heading: "Knowledge of:", level: "I", items: [Item(text: "Accounting.")]),
                ]),
            ]),
            Section(kind: .other),
        ])

    static let canonicalSample = """
        title: Finance Technician I/II
        effective: 2019-07-16
        code: 11002
        levels:
        - level: I
          title: Finance Technician I
        - level: II
          title: Finance Technician II
        flsa: non-exempt
        pay:
          band: GNL
          zone: 6
        probation: "12 Months"
        source-dates:
          original: February 2015
          revised:
          - "07-16-19"
          - "06-21-18"
        attributes:
        - name: Job Title
          value: Finance Technician
        sections:
        - kind: definition
          heading: DEFINITION
          text:
          - To perform a variety of duties.
        - kind: duties
          heading: EXAMPLES OF ESSENTIAL DUTIES
          text:
          - "Duties may include:"
          items:
          - text: Process billing.
            percent: 45
          - Reconcile accounts.
          - id: d3
            label: Cash
            text: Balance drawers.
        - kind: qualifications
          heading: MINIMUM QUALIFICATIONS
          sections:
          - kind: qualifications
            heading: Finance Technician I
            level: I
            sections:
            - kind: knowledge
              heading: "Knowledge of:"
              level: I
              items:
              - Accounting.
        - kind: other

        """

    @Test func encodesInCanonicalOrderAndLayout() {
        #expect(SpecVersionCodec.encode(Self.sample) == Self.canonicalSample)
    }

    @Test func decodesTheCanonicalFileBack() throws {
        #expect(try SpecVersionCodec.decode(Self.canonicalSample) == Self.sample)
    }

    @Test func handWrittenLayoutDecodesAndReencodesCanonically() throws {
        let handWritten = """
            # written by hand: flow lists, keys out of order, quotes where none are needed
            sections: [
              {heading: DEFINITION, kind: definition, text: ["To perform a variety of duties."]},
              {kind: duties, heading: "EXAMPLES OF ESSENTIAL DUTIES", text: ['Duties may include:'],
               items: [{percent: 45, text: Process billing.}, Reconcile accounts., {text: Balance drawers., label: Cash, id: d3}]},
              {kind: qualifications, heading: MINIMUM QUALIFICATIONS, sections: [
                {level: I, kind: qualifications, heading: Finance Technician I, sections: [
                  {kind: knowledge, level: I, heading: "Knowledge of:", items: [Accounting.]}]}]},
              {kind: other}]
            attributes: [{value: Finance Technician, name: Job Title}]
            source-dates: {revised: ["07-16-19", "06-21-18"], original: February 2015}
            probation: '12 Months'
            pay: {zone: 6, band: GNL}
            flsa: non-exempt
            levels: [{title: Finance Technician I, level: I}, {level: II, title: "Finance Technician II"}]
            code: 11002
            effective: 2019-07-16
            title: "Finance Technician I/II"
            """
        let decoded = try SpecVersionCodec.decode(handWritten, file: "hand.yaml")
        #expect(decoded == Self.sample)
        #expect(SpecVersionCodec.encode(decoded) == Self.canonicalSample)
    }

    @Test func versionWithoutTextOnFileIsMarkedAndHasNoSections() throws {
        let version = SpecVersion(title: "Billing Specialist", effective: PlanDate(year: 2000, month: 7, day: 1)!,
                                  textOnFile: false)
        let yaml = SpecVersionCodec.encode(version)
        #expect(yaml == "title: Billing Specialist\neffective: 2000-07-01\ntext: not-on-file\n")
        #expect(try SpecVersionCodec.decode(yaml) == version)
    }

    @Test func emptyButPresentFieldsSurvive() throws {
        let version = SpecVersion(title: "X", effective: Self.date, code: "", pay: PayPlacement(),
                                  sourceDates: SourceDates(), sections: [])
        let yaml = SpecVersionCodec.encode(version)
        #expect(yaml == "title: X\neffective: 2019-07-16\ncode: \"\"\npay: {}\nsource-dates: {}\nsections: []\n")
        #expect(try SpecVersionCodec.decode(yaml) == version)
    }
}
