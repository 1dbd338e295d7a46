import Testing
@testable import ClaspSpec

/// The `recruitment` section kind added for bulletins' exam and application material: written
/// and read back by the canonical codec, named for readers, and counted by the diff as other.
@Suite struct RecruitmentKindCodecTests {
    @Test func roundTripsThroughCanonicalYAML() throws {
        let version = SpecVersion(title: "Police Officer", effective: PlanDate(year: 2022, month: 6, day: 3)!, sections: [
            Section(kind: .duties, heading: "TYPICAL WORK", items: [Item(text: "Patrols.")]),
            Section(kind: .recruitment, heading: "HOW TO APPLY", text: ["Apply online."]),
        ])
        let yaml = SpecVersionCodec.encode(version)
        #expect(yaml.contains("- kind: recruitment\n  heading: HOW TO APPLY"))
        #expect(try SpecVersionCodec.decode(yaml) == version)
        #expect(SectionKind.recruitment.displayName == "Recruitment and Selection")
        #expect(ChangeCategory.of(.recruitment) == .other)
    }

    @Test func existingKindsKeepTheirCanonicalNames() {
        #expect(SectionKind.allCases.map(\.rawValue).prefix(18) == [
            "summary", "definition", "distinguishing-characteristics", "supervision-received", "supervision-exercised",
            "supervision", "duties", "qualifications", "knowledge", "abilities", "skills", "competencies", "experience",
            "education", "licenses", "physical-demands", "environment", "recruitment",
        ])
    }
}
