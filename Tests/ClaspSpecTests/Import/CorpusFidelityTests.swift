import Foundation
import Testing
@testable import ClaspSpec

/// The importer on a varied corpus of realistic specs in every format (city, county, state,
/// university, federal and UK; plain text, Markdown, HTML, Word's document.xml): each file gets the expected title,
/// code, date and section kinds, keeps every source word, and stores nothing foreign.
@Suite struct CorpusFidelityTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        var file: String
        var title: String
        var code: String?
        var effective: String
        var kinds: [SectionKind]
        var foreign: [String] = []
        var testDescription: String { file }
    }

    static let expectations: [Expectation] = [
        Expectation(file: "city-senior-accountant.md", title: "Senior Accountant", code: "1523", effective: "2019-07-16",
                    kinds: [.definition, .distinguishingCharacteristics, .duties, .qualifications, .knowledge, .abilities,
                            .licenses, .environment]),
        Expectation(file: "city-building-inspector.html", title: "Building Inspector II", code: "4217", effective: "2021-03-02",
                    kinds: [.definition, .duties, .qualifications, .knowledge, .experience, .licenses, .physicalDemands],
                    foreign: ["trackingPixelSecret", "Browse jobs", "Careers portal", "font-family", "do not edit", "Equal opportunity employer footer", "loadChatWidget", "<", "&amp;"]),
        Expectation(file: "bulletin-police-officer.txt", title: "Police Officer", code: "3121", effective: "2022-06-03",
                    kinds: [.duties, .qualifications, .physicalDemands, .recruitment], foreign: ["Page 2 of 3", "Page 1 of 3", "....."]),
        Expectation(file: "university-it-support-i.txt", title: "IT Support Analyst I", code: "ITS100", effective: "2019-07-16",
                    kinds: [.summary, .supervision, .duties, .qualifications]),
        Expectation(file: "university-it-support-ii.md", title: "IT Support Analyst II", code: "ITS200", effective: "2019-07-16",
                    kinds: [.summary, .supervision, .duties, .qualifications]),
        Expectation(file: "university-it-support-iii.txt", title: "IT Support Analyst III", code: "ITS300", effective: "2019-07-16",
                    kinds: [.summary, .supervision, .duties, .qualifications]),
        Expectation(file: "university-it-support-iv.md", title: "IT Support Analyst IV", code: "ITS400", effective: "2019-07-16",
                    kinds: [.summary, .supervision, .duties, .qualifications]),
        Expectation(file: "federal-gs-0301-13.txt", title: "Program Analyst", code: "GS-0301-13", effective: "2023-08-30",
                    kinds: [.summary, .duties, .qualifications, .experience, .licenses, .recruitment]),
        Expectation(file: "uk-senior-policy-officer.md", title: "Senior Policy Officer", effective: "2019-07-16",
                    kinds: [.summary, .duties, .qualifications, .recruitment]),
        Expectation(file: "jobboard-water-operator.html", title: "Water Treatment Plant Operator", code: "WTP-0082",
                    effective: "2024-10-01", kinds: [.duties, .licenses, .environment, .recruitment],
                    foreign: ["cookies", "JobPosting", "Home", "Powered by", "Apply Now"]),
        Expectation(file: "county-eligibility-worker.txt", title: "Eligibility Worker I/II", code: "5402 / 5403",
                    effective: "2019-07-01", kinds: [.definition, .duties, .qualifications], foreign: ["....."]),
        Expectation(file: "state-accounting-clerk-crlf.txt", title: "Accounting Clerk", code: "AC-112", effective: "2019-07-16",
                    kinds: [.summary, .duties, .knowledge, .qualifications]),
        Expectation(file: "jobboard-export-accountant.txt", title: "Accountant I", code: "1201", effective: "2019-07-16",
                    kinds: [.definition, .duties, .qualifications, .education, .experience]),
        Expectation(file: "bulletin-letterhead-police.txt", title: "Police Officer", code: "3121", effective: "2022-06-10",
                    kinds: [.duties, .qualifications, .recruitment]),
        Expectation(file: "federal-it-specialist-usajobs.html", title: "IT Specialist (INFOSEC)", code: "GS 12",
                    effective: "2023-12-20", kinds: [.summary, .duties, .qualifications, .licenses, .recruitment],
                    foreign: ["Search jobs", "var x", "USAJOBS - Job"]),
        Expectation(file: "uk-finance-business-partner.txt", title: "Finance Business Partner", effective: "2022-03-01",
                    kinds: [.summary, .duties, .qualifications]),
        Expectation(file: "county-parks-worker.html", title: "Parks Maintenance Worker I/II", code: "6210 / 6211",
                    effective: "2021-09-22",
                    kinds: [.definition, .distinguishingCharacteristics, .duties, .qualifications, .experience, .licenses,
                            .physicalDemands],
                    foreign: ["font", "Adopted", "Lakeview County"]),
        Expectation(file: "city-management-analyst.md", title: "Management Analyst", code: "0412", effective: "2022-06-01",
                    kinds: [.summary, .duties, .knowledge, .qualifications], foreign: ["Revised", "title:"]),
        Expectation(file: "city-it-technician-layout.txt", title: "Information Technology Technician", code: "2231",
                    effective: "2023-11-15", kinds: [.summary, .supervisionReceived, .duties, .qualifications, .licenses],
                    foreign: ["CITY OF MAPLE GROVE", "Class No", "Revised", "1. Installs"]),
        Expectation(file: "docx/document.xml", title: "Library Assistant II", code: "LIB-2204", effective: "2020-11-04",
                    kinds: [.definition, .duties, .qualifications, .education, .experience, .environment],
                    foreign: ["PAGE", "MERGEFORMAT", "Deleted draft", "parking", "TableGrid"]),
    ]

    static func importFixture(_ name: String) throws -> (source: String, spec: ImportedSpec) {
        let url = Fixtures.root.appendingPathComponent("corpus").appendingPathComponent(name)
        let data = try Data(contentsOf: url)
        let text = String(decoding: data, as: UTF8.self)
        if name.hasSuffix(".xml") { return (text, try SpecImporter().importDocx(documentXML: text, file: name)) }
        return (text, try SpecImporter().importSpec(data, file: name))
    }

    @Test(arguments: expectations)
    func importsAsExpected(_ expected: Expectation) throws {
        let (_, spec) = try Self.importFixture(expected.file)
        let version = spec.version
        #expect(version.title == expected.title)
        #expect(version.code == expected.code)
        #expect(version.effective.description == expected.effective)
        #expect(spec.effectiveSource != nil)
        let kinds = Set(CorpusFigures.kinds(of: version.sections))
        for kind in expected.kinds { #expect(kinds.contains(kind), "\(expected.file): no \(kind.rawValue) section") }
        // A lead-in or disclaimer is never duty 1.
        for duties in CorpusFigures.sections(of: version.sections).filter({ $0.kind == .duties }) {
            #expect(!(duties.items.first?.text.lowercased().contains("not limited to") ?? false), "\(expected.file): lead-in as duty 1")
        }
    }

    @Test(arguments: expectations)
    func keepsEverySourceWordAndNothingForeign(_ expected: Expectation) throws {
        let (source, spec) = try Self.importFixture(expected.file)
        let sourceWords = Set(WordBag([CorpusFigures.visibleText(source, file: expected.file)]).counts.keys)
        let stored = Set(WordBag.ofImport(spec).counts.keys).union(WordBag([spec.version.title]).counts.keys)
        #expect(sourceWords.subtracting(stored).isEmpty, "lost: \(sourceWords.subtracting(stored).sorted())")
        #expect(stored.subtracting(sourceWords).isEmpty, "invented: \(stored.subtracting(sourceWords).sorted())")
        let texts = CorpusFigures.storedTexts(spec.version).joined(separator: "\n")
        for foreign in expected.foreign { #expect(!texts.contains(foreign), "\(expected.file) stores '\(foreign)'") }
        #expect(!CorpusFigures.storedTexts(spec.version).contains { $0.hasPrefix("\u{2022}") || $0.hasPrefix("- ") },
                "\(expected.file) keeps a bullet as text")
    }

    /// The figures quoted in the README's import section.
    @Test func figures() throws {
        var words = 0
        var classified = 0
        var other = 0
        for expected in Self.expectations {
            let (_, spec) = try Self.importFixture(expected.file)
            words += WordBag.ofImport(spec).counts.values.reduce(0, +)
            let kinds = CorpusFigures.kinds(of: spec.version.sections)
            classified += kinds.count { $0 != .other }
            other += kinds.count { $0 == .other }
        }
        print("corpus figures: \(Self.expectations.count) files, \(words) words kept, \(classified) sections classified, \(other) other")
        #expect(classified > other * 3)
    }
}
