import ClaspSpec
import Testing

/// A section without a heading of its own (as written by hand or by the generator) is headed by
/// its kind's reader-facing name in every rendering, never by the file format's raw value.
@Suite struct UntitledSectionRenderingTests {
    static func version() throws -> SpecVersion {
        SpecVersion(title: "Finance Technician", effective: try #require(PlanDate(iso: "2024-07-01")), sections: [
            Section(kind: .distinguishingCharacteristics, text: ["Journey level in the series."]),
            Section(kind: .supervisionReceived, heading: "SUPERVISION", text: ["General supervision."]),
            Section(kind: .physicalDemands, items: [Item(text: "Lift 25 pounds.")]),
        ])
    }

    @Test func textUsesTheKindsNameInCapitalsAndKeepsGivenHeadings() throws {
        let text = SpecVersionRenderer.text(try Self.version())
        #expect(text.contains("\nDISTINGUISHING CHARACTERISTICS\n"))
        #expect(text.contains("\nPHYSICAL DEMANDS\n"))
        #expect(text.contains("\nSUPERVISION\n"))
        #expect(!text.contains("distinguishing-characteristics") && !text.contains("DISTINGUISHING-"))
    }

    @Test func markdownUsesTheKindsName() throws {
        let markdown = SpecVersionRenderer.markdown(try Self.version())
        #expect(markdown.contains("# Distinguishing Characteristics\n"))
        #expect(markdown.contains("# Physical Demands\n"))
    }

    @Test(arguments: SectionKind.allCases)
    func everyKindHasAReadableName(_ kind: SectionKind) {
        let name = kind.displayName
        #expect(!name.contains("-"))
        #expect(name.first?.isUppercase == true)
    }
}
