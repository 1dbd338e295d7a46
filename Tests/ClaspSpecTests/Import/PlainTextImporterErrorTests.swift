import Foundation
import Testing
@testable import ClaspSpec

/// Bad input is refused with the file and line, before anything is guessed.
@Suite struct PlainTextImporterErrorTests {
    let importer = PlainTextImporter()

    @Test(arguments: ["", " \n\t\n", "\u{FEFF}\n"])
    func emptyFile(_ text: String) throws {
        let error = try #require(throws: ImportError.self) { try importer.importSpec(text, file: "e.txt") }
        #expect(error == .empty(file: "e.txt"))
        #expect(error.description == "e.txt: the file is empty; there is no spec text to import")
    }

    @Test func nulByteInText() throws {
        let error = try #require(throws: ImportError.self) { try importer.importSpec("TITLE\n\nDEF\u{0}", file: "b.txt") }
        #expect(error == .binaryContent(file: "b.txt", line: 3))
    }

    @Test func nulByteInData() throws {
        let data = Data([0x25, 0x50, 0x44, 0x46, 0x0A, 0x00, 0x01])
        let error = try #require(throws: ImportError.self) { try importer.importSpec(data, file: "spec.pdf") }
        #expect(error == .binaryContent(file: "spec.pdf", line: 2))
        #expect(error.description.hasPrefix("spec.pdf:2: the file contains a NUL byte"))
    }

    @Test func invalidUTF8InData() throws {
        var data = Data("FINANCE CLERK\n\nDEFINITION\n".utf8)
        data.append(contentsOf: [0x43, 0x61, 0x66, 0xE9, 0x0A])   // "Café" in Latin-1
        let error = try #require(throws: ImportError.self) { try importer.importSpec(data, file: "l1.txt") }
        #expect(error == .invalidUTF8(file: "l1.txt", line: 4, byteOffset: 29))
    }

    @Test func validDataImportsLikeText() throws {
        let text = try Fixtures.seed(Fixtures.financeTechnicianSeed)
        let fromData = try importer.importSpec(Data(text.utf8), file: "x")
        #expect(fromData.version == (try importer.importSpec(text, file: "x")).version)
    }

    @Test func noRecognisableTitle() throws {
        let text = "\n\nDEFINITION\n\nTo perform accounting work.\n"
        let error = try #require(throws: ImportError.self) { try importer.importSpec(text, file: "t.txt") }
        #expect(error == .noTitle(file: "t.txt", line: 3))
        #expect(error.description.hasPrefix("t.txt:3: no class title found"))
    }

    @Test func noEffectiveDate() throws {
        let text = "FINANCE CLERK\n\nDEFINITION\n\nTo perform accounting work.\n"
        #expect(throws: ImportError.noEffectiveDate(file: "d.txt")) { try importer.importSpec(text, file: "d.txt") }
        let dated = try importer.importSpec(text, file: "d.txt", effective: PlanDate(year: 2020, month: 1, day: 1))
        #expect(dated.version.title == "Finance Clerk")
        #expect(dated.version.sections == [Section(kind: .definition, heading: "DEFINITION", text: ["To perform accounting work."])])
    }

    @Test func jobTitleCellIsTheTitleOfLastResort() throws {
        let text = "Job Title\tPayroll Clerk\tFLSA Status\tExempt\n\nDEFINITION\n\nTo pay.\n\nOriginal Date: 03/15/2011\n"
        let spec = try importer.importSpec(text, file: "j.txt")
        #expect(spec.version.title == "Payroll Clerk")
        #expect(spec.version.attributes.isEmpty)
        #expect(spec.version.flsa == .exempt)
        #expect(spec.version.effective == PlanDate(year: 2011, month: 3, day: 15))
        #expect(spec.labels == ["FLSA Status", "Original Date", "Job Title"])
    }
}
