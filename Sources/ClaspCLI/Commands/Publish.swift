import ArgumentParser
import ClaspPlan
import ClaspQueries
import ClaspSpec
import Foundation

extension Clasp {
    /// `clasp publish`: a class specification as the agency posts it.
    struct Publish: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "publish",
            abstract: "Publish a class specification as the agency prints it.",
            discussion: """
                The document has the agency's name, the title and levels, code, FLSA status and pay, the text in its \
                sections, the revision dates generated from the class's effective history (in clasp.yaml's \
                published-date-style, default MM-DD-YY) and the act that adopted the version shown.

                HTML and Markdown print to standard output unless --out is given. PDF is printed by headless Chromium; \
                Word (.docx) is written with its styles, headings and bulleted lists. --all writes the whole plan as a \
                static site: an index, every class and version, lineage drawings and feed.json.

                Examples:
                  clasp publish finance-technician > ft.html
                  clasp publish finance-technician --as-of 2020-01-01 --format markdown
                  clasp publish finance-technician --format pdf --out ft.pdf
                  clasp publish finance-technician --format docx --out ft.docx
                  clasp publish --all --out site/
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case html, markdown, pdf, docx }

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The class id, e.g. finance-technician (none with --all).")
        var classID: String?

        @Flag(help: "Write the whole plan as a static site (HTML pages, lineage drawings, feed.json) into --out DIR.")
        var all = false

        @Option(help: ArgumentHelp("Publish the version in effect on this date (YYYY-MM-DD; default today).", valueName: "date"))
        var asOf: String?

        @Option(help: ArgumentHelp("Output format.", valueName: "format"))
        var format: Format = .html

        @Option(help: ArgumentHelp("Write to this file (required for pdf and docx).", valueName: "file"))
        var out: String?

        func validate() throws {
            _ = try DateArgument.parse(asOf, option: "--as-of")
            if (format == .pdf || format == .docx) && out == nil { throw ValidationError("--format \(format.rawValue) writes a file: give --out FILE") }
            if all {
                guard classID == nil, out != nil, format == .html else { throw ValidationError("--all takes no class and no --format, and needs --out DIR") }
            } else if classID == nil {
                throw ValidationError("name the class to publish, or give --all --out DIR")
            }
        }

        func run() async throws {
            let plan = try CommandContext(global).openPlan()
            if all {
                let count = try PublicSite.export(plan, to: Console.current.fileURL(out!))
                Console.current.print("wrote \(count) files to \(out!)")
                return
            }
            let publication = try SpecPublication.load(plan, classID: classID!, asOf: try DateArgument.parse(asOf, option: "--as-of"))
            switch format {
            case .html: try OutputFile.write(publication.html(), to: out)
            case .markdown: try OutputFile.write(publication.markdown(), to: out)
            case .pdf: try PDFPrinter.print(html: publication.html(), to: out!)
            case .docx: try DocxWriter.write(publication, to: out!)
            }
        }
    }
}

/// Text a command prints, or writes to `--out` when given.
enum OutputFile {
    static func write(_ text: String, to path: String?) throws {
        guard let path else { Console.current.print(text, terminator: ""); return }
        try Data(text.utf8).write(to: Console.current.fileURL(path))
    }
}

/// Prints an HTML document to PDF with headless Chromium (Debian's `chromium`), the browser the
/// browser test already drives: a maintained layout engine, never hand-built PDF bytes.
enum PDFPrinter {
    static func print(html: String, to path: String) throws {
        let candidates = ["chromium", "chromium-browser", "google-chrome"]
        let console = Console.current
        let search = (console.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        guard let browser = candidates.lazy.flatMap({ name in search.map { "\($0)/\(name)" } })
            .first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw CommandFailure("PDF needs headless Chromium, which is not installed (apt-get install chromium); --format html prints the same document")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("clasp-publish-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("spec.html")
        try Data(html.utf8).write(to: source)
        let target = console.fileURL(path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf-no-header",
                             "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
                             "--print-to-pdf=\(target.path)", source.absoluteString]
        process.environment = console.environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: target.path) else {
            throw CommandFailure("Chromium could not print the PDF (exit status \(process.terminationStatus)); nothing written")
        }
    }
}
