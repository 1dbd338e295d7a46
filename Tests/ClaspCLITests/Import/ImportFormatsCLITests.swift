import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// `clasp import` on real document formats: a dry-run batch reports every file (title, code,
/// date and its source line, sections) with a summary, in text and JSON; a batch with one bad
/// file writes nothing; a Word file is unpacked and imported with its provenance.
@Suite struct ImportFormatsCLITests {
    static let corpus = PackagePaths.root.appendingPathComponent("Tests/ClaspSpecTests/Fixtures/corpus")
    static func file(_ name: String) -> String { corpus.appendingPathComponent(name).path }

    static func newPlan() throws -> (TemporaryDirectory, String) {
        let directory = try TemporaryDirectory()
        let plan = directory.path("plan")
        let created = try CLI.run(["init", plan, "--agency", "Harbor Point", "--admin", "admin", "--admin-name", "A",
                                   "--admin-email", "a@x.example", "--roster", try directory.write("roster.yaml", RosterTemplate.text)])
        #expect(created.status == 0, "\(created.stderr)")
        return (directory, plan)
    }

    @Test func dryRunReportsEveryFileAndASummary() throws {
        let (directory, plan) = try Self.newPlan()
        defer { withExtendedLifetime(directory) {} }
        let files = ["city-senior-accountant.md", "city-building-inspector.html", "bulletin-police-officer.txt"].map(Self.file)
        let dry = try CLI.run(["--plan", plan, "--as", "admin", "import"] + files + ["--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("city-senior-accountant.md: Senior Accountant (code 1523), effective 2019-07-16 from line 61"), "\(dry.stdout)")
        #expect(dry.stdout.contains("city-building-inspector.html: Building Inspector II (code 4217), effective 2021-03-02"))
        #expect(dry.stdout.contains("police-officer 2022-06-03: would record established-class"))
        #expect(dry.stdout.contains("3 files checked: 3 ready, 0 with errors"))
        #expect(try ProcessRunner.git(["--git-dir", plan, "rev-list", "--count", "main"]).stdout.trimmingWhitespace == "1")

        let json = try CLI.run(["--plan", plan, "--as", "admin", "import"] + files + ["--dry-run", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let entries = try #require(report["files"] as? [[String: Any]])
        #expect(entries.map { $0["title"] as? String } == ["Senior Accountant", "Building Inspector II", "Police Officer"])
        #expect((entries[2]["effectiveSource"] as? String)?.contains("Effective Date: June 3, 2022") == true)
        #expect((report["summary"] as? [String: Any])?["ready"] as? Int == 3)
    }

    @Test func aBadFileInABatchIsReportedAndNothingIsWritten() throws {
        let (directory, plan) = try Self.newPlan()
        let undated = try directory.write("undated.md", "# Clerk\n\n## Definition\n\nFiles records. Exam held 03/01/2024.\n")
        let files = [Self.file("uk-senior-policy-officer.md"), undated]
        let dry = try CLI.run(["--plan", plan, "--as", "admin", "import"] + files + ["--dry-run", "--format", "json"])
        #expect(dry.status == 1)
        #expect(dry.stdout.contains("pass --effective YYYY-MM-DD"), "\(dry.stdout)")
        #expect(dry.stdout.contains("03/01/2024"))
        let real = try CLI.run(["--plan", plan, "--as", "admin", "import"] + files)
        #expect(real.status == 1)
        #expect(real.stderr.contains("1 of 2 files could not be imported; nothing was written"), "\(real.stderr)")
        #expect(try ProcessRunner.git(["--git-dir", plan, "rev-list", "--count", "main"]).stdout.trimmingWhitespace == "1")
        let dated = try CLI.run(["--plan", plan, "--as", "admin", "import"] + files + ["--effective", "2024-04-01"])
        #expect(dated.status == 0, "\(dated.stderr)")
    }

    @Test func aWordFileImportsWithItsProvenance() throws {
        let (directory, plan) = try Self.newPlan()
        let docx = directory.path("library-assistant.docx")
        let made = try ProcessRunner.run("/usr/bin/env", ["python3", Self.file("docx/make_docx.py"), docx])
        #expect(made.status == 0, "\(made.stderr)")
        let imported = try CLI.run(["--plan", plan, "--as", "admin", "import", docx])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("library-assistant-ii 2020-11-04: recorded established-class"), "\(imported.stdout)")
        let yaml = try CLI.run(["--plan", plan, "show", "library-assistant-ii", "--format", "yaml"]).stdout
        #expect(yaml.contains("code: LIB-2204"))
        #expect(!yaml.contains("library-assistant.docx") && !yaml.contains("sha256"), "provenance stays out of the spec text")
        let trailers = try ProcessRunner.git(["--git-dir", plan, "log", "-1", "--format=%(trailers:key=Source-File,key=Source-SHA256)", "main"]).stdout
        #expect(trailers.contains("Source-File: library-assistant.docx") && trailers.contains("Source-SHA256: "), "\(trailers)")
        #expect(!yaml.contains("MERGEFORMAT"))
    }

    static let hasPDFToText = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")

    @Test(.enabled(if: hasPDFToText, "needs pdftotext (poppler-utils: make deps)"))
    func aPDFImportsThroughPDFToText() throws {
        let (directory, plan) = try Self.newPlan()
        defer { withExtendedLifetime(directory) {} }
        let dry = try CLI.run(["--plan", plan, "--as", "admin", "import", Self.file("pdf/parks-maintenance-worker.pdf"), "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Parks Maintenance Worker (code 6120), effective 2023-04-02 from line 5: Revised: April 2, 2023"),
                "\(dry.stdout)")
        #expect(dry.stdout.contains("sections 4 classified, 0 other"), "\(dry.stdout)")
    }

    /// Formats no reader understands are refused by name, not read as text and misreported.
    @Test func anRTFOrOpenDocumentFileIsRefusedByName() throws {
        let (directory, plan) = try Self.newPlan()
        let rtf = try directory.write("parks-aide.rtf", "{\\rtf1\\ansi {\\b PARKS AIDE}\\par Definition\\par Maintains parks.\\par}")
        let refused = try CLI.run(["--plan", plan, "--as", "admin", "import", rtf, "--effective", "2020-01-01"])
        #expect(refused.status == 1 && refused.stderr.contains("is an RTF document, which Clasp does not read; save it as Word (.docx)"),
                "\(refused.stderr)")
        let renamed = try directory.write("parks-aide.txt", "{\\rtf1\\ansi PARKS AIDE}")
        #expect(try CLI.run(["--plan", plan, "--as", "admin", "import", renamed, "--effective", "2020-01-01"]).stderr.contains("an RTF document"))
        let odt = try directory.write("parks-aide.odt", "PK\u{3}\u{4}content")
        #expect(try CLI.run(["--plan", plan, "--as", "admin", "import", odt]).stderr.contains("is an OpenDocument text"))
    }
}
