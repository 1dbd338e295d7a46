import ClaspPlan
import ClaspTestSupport
import Foundation
import Testing

/// `clasp publish` on the demo plan: the document an agency posts, with the revision block
/// generated from the class's effective history and the adopting act, and nothing internal.
@Suite struct PublishCLITests {
    @Test func theHTMLAndMarkdownCarryTheAgencyTheRevisionBlockAndTheAdoptingAct() throws {
        let demo = try CLI.demo()
        func clasp(_ arguments: String...) throws -> ProcessResult { try CLI.run(["--plan", demo.roseville] + arguments) }
        for person in ["cmorgan", "dpatel"] { #expect(try clasp("--as", person, "vote", "2", "approve").status == 0) }
        #expect(try clasp("--as", "bchen", "adopt", "2", "--resolution", "2026-14", "--meeting", "2026-06-24").status == 0)

        let html = try clasp("publish", "finance-technician", "--as-of", "2020-01-01")
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("<p class=\"agency\">City of Roseville</p>"), "\(html.stdout.prefix(600))")
        #expect(html.stdout.contains("Revised 07-16-19, 06-21-18, 05-31-17, 08-25-12"))
        #expect(html.stdout.contains("Adopted under proposal 1 on 01-15-26."))
        #expect(!html.stdout.contains("<form") && !html.stdout.contains("commit"), "no forms or commit hashes in a publication")

        let current = try clasp("publish", "finance-technician", "--as-of", "2026-07-01", "--format", "markdown").stdout
        #expect(current.contains("# Finance Technician I/II"))
        #expect(current.contains("Revised 07-01-26, 07-16-19, 06-21-18, 05-31-17, 08-25-12"), "\(current.suffix(400))")
        #expect(current.contains("resolution 2026-14, meeting of 06-24-26"), "\(current.suffix(300))")
        #expect(current.contains("Three years"), "the 2026 text is published from 2026-07-01")

        let old = try clasp("publish", "finance-technician", "--as-of", "2018-01-01", "--format", "markdown").stdout
        #expect(old.contains("The text of this version is not on file") && old.contains("Revised 05-31-17, 08-25-12"), "\(old)")
        let noOut = try clasp("publish", "finance-technician", "--format", "pdf")
        #expect(noOut.status == 2 && noOut.stderr.contains("give --out FILE"))
        let unknown = try clasp("publish", "finance-technican")
        #expect(unknown.status == 1 && unknown.stderr.contains("finance-technican"), "\(unknown.stderr)")
    }

    /// The demo's proposal 2 awaits the committee: its packet has the redline, the reason and
    /// the analyst's vote by name; the commission's has nothing yet.
    @Test func theAgendaPacketHoldsWhatAwaitsTheStage() throws {
        let demo = try CLI.demo()
        func clasp(_ arguments: String...) throws -> ProcessResult { try CLI.run(["--plan", demo.roseville] + arguments) }
        let packet = try clasp("packet", "--stage", "committee")
        #expect(packet.status == 0, "\(packet.stderr)")
        #expect(packet.stdout.contains("<h2>Proposal 2: revise finance-technician 2026-07-01</h2>"), "\(packet.stdout.prefix(800))")
        #expect(packet.stdout.contains("<ins>") && packet.stdout.contains("Three"), "the redline is in the packet")
        #expect(packet.stdout.contains("Alma Ortiz") && !packet.stdout.contains(">aortiz<"), "people by name")
        let commission = try clasp("packet", "--stage", "commission")
        #expect(commission.stdout.contains("No proposal awaits this stage."))
        let unknown = try clasp("packet", "--stage", "council")
        #expect(unknown.status == 1 && unknown.stderr.contains("no workflow in force has a stage 'council'"), "\(unknown.stderr)")
    }

    @Test func allWritesAStaticSiteWithEveryVersionAndAFeed() throws {
        let demo = try CLI.demo()
        let out = demo.directory.path("site")
        let written = try CLI.run(["--plan", demo.roseville, "publish", "--all", "--out", out])
        #expect(written.status == 0, "\(written.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        for name in ["index.html", "feed.json", "finance-technician.html", "finance-technician-2012-08-25.html", "finance-technician-lineage.svg"] {
            #expect(files.contains(name), "\(name) in \(files.sorted())")
        }
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(index.contains("href=\"finance-technician.html\""))
        let feed = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/feed.json"))) as? [[String: Any]]
        let entry = try #require(feed?.first { $0["class"] as? String == "finance-technician" })
        #expect(entry["title"] as? String == "Finance Technician I/II")
        #expect((entry["revised"] as? [String])?.first == "07-16-19")
        let missing = try CLI.run(["--plan", demo.roseville, "publish", "--all"])
        #expect(missing.status == 2 && missing.stderr.contains("needs --out DIR"), "\(missing.stderr)")
    }

    /// The Word document reads back through Clasp's own .docx importer with its title, headings
    /// and duties, and `unzip` sees the parts Word expects.
    @Test func theWordDocumentHasRealStylesAndReadsBack() throws {
        let demo = try CLI.demo()
        let out = demo.directory.path("ft.docx")
        let written = try CLI.run(["--plan", demo.roseville, "publish", "finance-technician", "--as-of", "2020-01-01", "--format", "docx", "--out", out])
        #expect(written.status == 0, "\(written.stderr)")
        let listing = try ProcessRunner.run("/usr/bin/env", ["unzip", "-l", out]).stdout
        for part in ["[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/numbering.xml"] { #expect(listing.contains(part), "\(listing)") }
        let document = try ProcessRunner.run("/usr/bin/env", ["unzip", "-p", out, "word/document.xml"]).stdout
        #expect(document.contains("<w:pStyle w:val=\"Title\"/>") && document.contains("<w:numId w:val=\"1\"/>"))
        let plan = demo.directory.path("reimport")
        let roster = try demo.directory.write("roster.yaml", RosterTemplate.text)
        #expect(try CLI.run(["init", plan, "--agency", "A", "--admin", "jdoe", "--admin-name", "J", "--admin-email", "j@a.example", "--roster", roster]).status == 0)
        let dry = try CLI.run(["--plan", plan, "--as", "jdoe", "import", out, "--effective", "2019-07-16", "--dry-run", "--format", "json"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("\"title\" : \"Finance Technician I/II\""), "\(dry.stdout.prefix(800))")
    }
}
