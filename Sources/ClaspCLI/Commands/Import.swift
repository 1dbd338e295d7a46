import ArgumentParser
import ClaspPlan
import ClaspSpec
import Foundation

extension Clasp {
    /// `clasp import`: records specs from text or YAML files as an administrator's bootstrap write.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import class specifications from text, Markdown, HTML, Word, PDF or YAML.",
            discussion: """
                Plain text, Markdown (.md), HTML (.html), Word (.docx) and PDF (.pdf, through pdftotext) are parsed by \
                the importer: title and series levels, headings, duties with time percentages, header fields (code, \
                pay, FLSA, probation) and, without --effective, the newest revised, effective, adopted or updated date \
                printed. The source file's name and SHA-256 are kept as attributes. YAML files must be spec version \
                files.

                Every file is validated before anything is written, and so is the plan they would make (as clasp check \
                checks it); each version is then recorded as its own commit, marked as a bootstrap import (not an \
                adoption), and main moves once for the whole batch. --dry-run reports every file (title, code, date \
                and the line it came from, sections classified) and a summary, and writes nothing.

                Needs an administrator. Once the plan has adopted a proposal, classes change only through proposals: \
                an import then needs --override-reason, which is recorded and reported by clasp audit verify unless \
                the workflow in force has administrator-imports: allowed.

                A plain-text spec's printed history is recorded in the same commit as its version: older revision \
                dates become title-only versions, the earliest printed date the class's establishment, and a lineage \
                chart's columns predecessor classes merged into it. What the plan already records is not written \
                twice; a plan that says otherwise refuses the import. A version whose title differs from the one its \
                class bears on that date is refused unless --retitle-from names the class, which records a retitled \
                event on the version's effective date.

                Examples:
                  clasp --as admin import finance-technician.txt --effective 2019-07-16
                  clasp --as admin import specs/*.txt --dry-run
                  clasp --as admin import senior-accountant.txt --retitle-from accountant-iii
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "Text, Markdown, HTML, Word, PDF or YAML files to import.")
        var files: [String]

        @Option(name: .customLong("class"), help: "Class id to import into (default: derived from the title).")
        var classID: String?

        @Option(help: ArgumentHelp("Import into this existing class and record the new title the file brings as a retitle.", valueName: "class-id"))
        var retitleFrom: String?

        @Option(help: ArgumentHelp("Effective date (default: the newest revised, effective or updated date in the file).", valueName: "date"))
        var effective: String?

        @Flag(help: "Validate and report without writing.")
        var dryRun = false

        @Flag(help: "Allow replacing an existing, different version (a bootstrap correction).")
        var replace = false

        @Option(help: ArgumentHelp("Why this import bypasses the workflow of a plan that has adopted proposals; recorded, and reported by audit verify.", valueName: "reason"))
        var overrideReason: String?

        /// The formats this command prints, the first its default.
        static let formats: [OutputFormat] = [.text, .json]

        @Option(help: OutputFormat.help(Self.formats))
        var format: OutputFormat = .text

        func validate() throws {
            try format.require(Self.formats, for: "import")
            guard !files.isEmpty else { throw ValidationError("give at least one file to import") }
            _ = try DateArgument.parse(effective, option: "--effective")
            if let classID, !Slug.isValid(classID) { throw ValidationError(PlanError.invalidClassID(classID).description) }
            if let retitleFrom {
                if !Slug.isValid(retitleFrom) { throw ValidationError(PlanError.invalidClassID(retitleFrom).description) }
                if let classID, classID != retitleFrom { throw ValidationError("--class and --retitle-from name different classes") }
                if files.count > 1 { throw ValidationError("--retitle-from retitles one class: give one file") }
            }
        }

        func run() throws {
            let context = CommandContext(global)
            let plan = try context.openPlan()
            let person = try context.requirePerson(for: "importing")
            let date = try DateArgument.parse(effective, option: "--effective")
            // Every file is read before anything is written, so one report covers the batch.
            var reports: [ImportFileReport] = []
            var requests: [ImportRequest] = []
            for file in files {
                do {
                    let (request, imported) = try request(for: file, effective: date)
                    requests.append(request)
                    reports.append(ImportFileReport(file: file, version: request.version, imported: imported,
                                                    classID: request.classID, dryRun: dryRun))
                } catch {
                    if files.count == 1, !dryRun || format == .text { throw error }
                    reports.append(ImportFileReport(file: file, error: error, dryRun: dryRun))
                }
            }
            let failed = reports.filter { $0.error != nil }
            var outcomes: [ImportOutcome] = []
            if failed.isEmpty || dryRun, !requests.isEmpty {
                outcomes = try plan.importVersions(requests, by: person, replace: replace, overrideReason: overrideReason, dryRun: dryRun)
            }
            for outcome in outcomes {
                for warning in outcome.warnings {
                    Console.current.printError("clasp: warning: \(outcome.classID): \(warning)")
                }
            }
            var index = 0
            for position in reports.indices where reports[position].error == nil {
                guard index < outcomes.count else { break }
                reports[position].action = outcomes[index].action.rawValue
                reports[position].commit = outcomes[index].commit
                reports[position].history = outcomes[index].history.map(ImportHistoryEntry.init)
                reports[position].lineageWarnings = outcomes[index].warnings
                index += 1
            }
            let report = ImportReport(files: reports, dryRun: dryRun)
            if format == .json {
                try JSONOutput.print(report)
            } else {
                if dryRun || files.count > 1 { reports.forEach { Console.current.print($0.line) } }
                for outcome in outcomes {
                    let verb = dryRun ? "would record" : "recorded"
                    let what = outcome.action == .unchanged ? "unchanged (already recorded)" : "\(verb) \(outcome.action.rawValue)"
                    Console.current.print("\(outcome.classID) \(outcome.effective): \(what)\(outcome.commit.map { " in \($0.prefix(10))" } ?? "")")
                    for entry in outcome.history { Console.current.print("  \(dryRun ? "would add" : "added") \(entry)") }
                }
                if dryRun || files.count > 1 { Console.current.print(report.summaryLine) }
            }
            guard failed.isEmpty else {
                let written = dryRun ? "" : "; nothing was written"
                throw CommandFailure("\(failed.count) of \(Plural.count(files.count, "file", "files")) could not be imported\(written): "
                    + failed.compactMap(\.error).joined(separator: "; "))
            }
        }

        private func request(for file: String, effective: PlanDate?) throws -> (ImportRequest, ImportedSpec?) {
            guard let data = FileManager.default.contents(atPath: Console.current.path(file)) else {
                throw CommandFailure("cannot read \(file): no such file or not readable")
            }
            let name = URL(fileURLWithPath: file).lastPathComponent
            var version: SpecVersion
            var history: PrintedHistory?
            var imported: ImportedSpec?
            if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                guard let text = String(data: data, encoding: .utf8) else {
                    throw SpecFormatError(file: file, problem: .unreadable("file is not UTF-8 text"))
                }
                version = try SpecVersionCodec.decode(text, file: file)
                if let effective, effective != version.effective {
                    throw CommandFailure("\(file) says it is effective \(version.effective), but --effective is \(effective)")
                }
            } else {
                let spec = try SpecFileReader.importSpec(data, path: file, effective: effective)
                for warning in spec.warnings {
                    Console.current.printError("clasp: warning: \(file): \(warning)")
                }
                version = spec.version
                imported = spec
                history = PrintedHistory(spec)
            }
            return (ImportRequest(classID: retitleFrom ?? classID ?? ImportRequest.classID(fromTitle: version.title), version: version,
                                  source: name, printedHistory: history, retitles: retitleFrom != nil,
                                  sourceSHA256: SpecFileReader.digest(data)), imported)
        }
    }
}

/// One title-only version or lineage event an import records from the printed history, in
/// `clasp import --format json`.
struct ImportHistoryEntry: Encodable {
    var classID: String
    var date: PlanDate
    var kind: String
    var title: String?
    var oldTitle: String?
    var from: [String]?
    var into: [String]?

    enum CodingKeys: String, CodingKey { case classID = "class", date, kind, title, oldTitle, from, into }

    init(_ entry: ImportedHistoryEntry) {
        classID = entry.classID
        date = entry.date
        kind = entry.kind
        title = entry.title
        oldTitle = entry.event?.oldTitle
        from = entry.event.flatMap { $0.from.isEmpty ? nil : $0.from }
        into = entry.event.flatMap { $0.into.isEmpty ? nil : $0.into }
    }
}
