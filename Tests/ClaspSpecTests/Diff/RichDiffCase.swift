@testable import ClaspSpec

/// One pair of versions with a bit of everything, for renderer snapshots and summary sentences.
enum RichDiffCase {
    static let old: SpecVersion = {
        typealias F = Fixture
        return F.spec(flsa: .nonExempt, [
            F.section(.definition, "DEFINITION", text: ["To perform a variety of complex accounting duties."]),
            Section(kind: .duties, heading: "EXAMPLES OF ESSENTIAL DUTIES", items: [
                Item(text: "Prepare journal entries and general ledger reconciliations.", percent: 45),
                Item(text: "Recieve and research discrepancies in customer accounts.", percent: 35),
                Item(text: "Respond to inquiries from the public.", percent: 20),
            ]),
            F.section(.qualifications, "MINIMUM QUALIFICATIONS", [
                F.qualifications(level: "I", experience: "Two years of clerical experience related to accounting.",
                                 education: "60 semester units of college level course work."),
                F.qualifications(level: "II", experience: "Two years of experience comparable to a Finance Technician I.",
                                 education: "60 semester units of college level course work."),
            ]),
        ])
    }()

    static let new: SpecVersion = {
        typealias F = Fixture
        return F.spec(effective: F.day2, flsa: .exempt, [
            F.section(.definition, "DEFINITION", text: ["To perform a variety of complex accounting duties."]),
            Section(kind: .duties, heading: "EXAMPLES OF ESSENTIAL DUTIES", items: [
                Item(text: "Prepare journal entries and general ledger reconciliations.", percent: 40),
                Item(text: "Receive and research discrepancies in customer accounts.", percent: 35),
                Item(text: "Respond to inquiries from the public.", percent: 20),
                Item(text: "Train new users on the <document management> system & its reports.", percent: 5),
            ]),
            F.section(.qualifications, "MINIMUM QUALIFICATIONS", [
                F.qualifications(level: "I", experience: "Three years of clerical experience related to accounting.",
                                 education: "45 semester units of college level course work."),
                F.qualifications(level: "II", experience: "Two years of experience comparable to a Finance Technician I.",
                                 education: "60 semester units of college level course work.", license: nil),
            ]),
        ])
    }()

    static func changes() throws -> SpecChangeSet {
        try SpecDiff().compare(old, new)
    }
}
