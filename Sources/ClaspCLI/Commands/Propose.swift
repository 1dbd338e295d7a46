import ArgumentParser
import ClaspPlan
import ClaspQueries
import ClaspSpec
import Foundation

/// Parses an enum option value, with a usage error listing the choices.
enum EnumArgument {
    static func parse<T: RawRepresentable & CaseIterable>(_ text: String, _ what: String) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: text) else {
            throw ValidationError("'\(text)' is not a \(what); use one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }
}

extension Clasp {
    /// `clasp propose`: opens a proposal to change a class (or the roster or workflows).
    struct Propose: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "propose",
            abstract: "Propose a change to a class, the roster or a workflow for approval.",
            discussion: """
                The file is a Clasp YAML spec version, or a text, Markdown, HTML, Word or PDF draft read as clasp \
                import reads it. The kind defaults to 'correct' when the class already has a version on that date, \
                'revise' when it does not, and 'establish' for a new class.

                Without --file, the proposal starts from the version in force on --effective (or the latest) with its \
                date set to --effective, changed by --set field=value, --replace-text OLD NEW and --edit (which opens \
                $VISUAL or $EDITOR on it).

                With --kind roster or --kind workflow, CLASS is left out (and ignored if given) and the file replaces \
                roster.yaml or workflows/<file name>.

                Lineage changes are proposals too, voted by the stages that list 'lineage' and adopted as one commit \
                with the classes' class.yaml events: --retitle, --merge with --into, --split with --into, --abolish \
                and --reinstate, each with --effective. A new class (a merge's or split's successor) needs its spec: \
                one --file per new class, in the order of --into.

                Examples:
                  clasp --as aortiz propose finance-technician --file ft.yaml -m "Fix typos"
                  clasp --as aortiz propose finance-technician --edit --effective 2027-01-01 \\
                    -m "Reword the duties"
                  clasp --as aortiz propose finance-technician --effective 2027-01-01 \\
                    --replace-text "two years" "three years" --set code=11003 -m "Study"
                  clasp --as jdoe propose --kind roster --file roster.yaml -m "Pat Lee joins"
                  clasp --as aortiz propose accounting-technician \\
                    --retitle "Finance Technician I/II" --effective 2012-08-25 -m "Study"
                  clasp --as aortiz propose --merge billing-specialist,csr-leadworker \\
                    --into finance-technician --effective 2012-08-25 --file ft.yaml -m "Study"
                  clasp --as aortiz propose --abolish csr-leadworker --effective 2026-07-01 \\
                    -m "Resolution 2026-14"
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The class id (none with --kind roster or workflow).")
        var classID: String?

        @Option(help: "The proposed version (YAML, or a draft as import reads it); repeat for a split's new classes.")
        var file: [String] = []

        @Flag(help: "Edit the version in force on --effective (or the latest) in $VISUAL or $EDITOR.")
        var edit = false

        @Option(name: .customLong("set"), help: ArgumentHelp("Set a field of the version in force: title, code, flsa, probation, band, zone, range or an attribute (repeatable).", valueName: "field=value"))
        var set: [String] = []

        @Option(name: .customLong("replace-text"), parsing: .upToNextOption,
                help: ArgumentHelp("Replace every occurrence of OLD by NEW in the text of the version in force (repeatable).", valueName: "old> <new"))
        var replaceText: [String] = []

        @Option(help: ArgumentHelp("The effective date of the version (YYYY-MM-DD).", valueName: "date"))
        var effective: String?

        @Option(help: "Change kind: \(ChangeKind.allCases.map(\.rawValue).joined(separator: ", ")).",
                transform: { try EnumArgument.parse($0, "change kind") })
        var kind: ChangeKind?

        @Option(name: .shortAndLong, help: "Why the change is needed.")
        var message: String

        @OptionGroup(title: "Lineage changes") var lineage: LineageOptions

        func validate() throws {
            _ = try DateArgument.parse(effective, option: "--effective")
            if lineage.isRequested {
                if edit || kind != nil { throw ValidationError("a lineage change takes neither --edit nor --kind") }
                if effective == nil { throw ValidationError("a lineage change needs --effective D, the date it takes effect") }
                return
            }
            if file.count > 1 { throw ValidationError("give one --file (several are for a split's new classes)") }
            if replaceText.count % 2 != 0 { throw ValidationError("--replace-text takes two values: the text to replace and its replacement") }
            guard (file.first != nil) != isDrafting else {
                throw ValidationError("give --file F, or draft from the version in force with --edit, --set or --replace-text, not both")
            }
            if classID == nil && kind?.isGovernance != true { throw ValidationError("give the class id: clasp propose CLASS --file F") }
        }

        func run() async throws {
            let context = CommandContext(global)
            let date = try DateArgument.parse(effective, option: "--effective")
            // validate() has required it unless the kind is roster or workflow, which ignore it.
            let classID = self.classID ?? ""
            let file = self.file.first
            if lineage.isRequested { return try await proposeLineage(context, effective: date!) }
            if let remote = try context.remote() {
                if let kind, kind.isGovernance {
                    guard let file else { throw ValidationError("--kind \(kind.rawValue) needs --file") }
                    try await remote.printAction("/proposals", RemoteBody.Propose(
                        class: nil, kind: kind.rawValue, effective: nil, reason: message, spec: nil,
                        content: try ProposalInput.read(file), fileName: URL(fileURLWithPath: file).lastPathComponent))
                    return
                }
                let version: SpecVersion
                if isDrafting {
                    let yaml = try await remote.client.get("/plans/\(try await remote.planID())/classes/\(classID)",
                                                           query: [("as-of", (date ?? ProposalInput.latest).iso), ("format", "yaml")])
                    version = try drafted(from: SpecVersionCodec.decode(String(decoding: yaml, as: UTF8.self), file: classID), on: date)
                } else {
                    version = try ProposalInput.version(file ?? "", effective: date)
                }
                try await remote.printAction("/proposals", RemoteBody.Propose(
                    class: classID, kind: kind?.rawValue, effective: date?.iso, reason: message,
                    spec: SpecVersionCodec.encode(version), content: nil, fileName: nil))
                return
            }
            let person = try context.requirePerson(for: "propose")
            let plan = try context.openPlan()
            let draft: ProposalDraft
            if let kind, kind.isGovernance {
                guard let file else { throw ValidationError("--kind \(kind.rawValue) needs --file") }
                draft = ProposalDrafting.governance(kind: kind, fileName: URL(fileURLWithPath: file).lastPathComponent,
                                                    content: try ProposalInput.read(file), reason: message)
            } else {
                let version = try isDrafting ? drafted(from: ProposalInput.inForce(plan.current(), classID, on: date), on: date)
                    : ProposalInput.version(file!, effective: date)
                draft = try ProposalDrafting.draft(plan, classID: classID, version: version, kind: kind, reason: message)
            }
            let proposal = try plan.propose(draft, by: person)
            Console.current.print(try ProposalDrafting.openedMessage(plan, proposal), terminator: "")
        }

        /// Whether the version is drafted from the one in force rather than read from --file.
        private var isDrafting: Bool { edit || !set.isEmpty || !replaceText.isEmpty }

        /// The version in force, dated `date` (a new version) or kept at its own date (a
        /// correction), with the quick edits applied and then, with --edit, the editor's changes.
        private func drafted(from inForce: SpecVersion, on date: PlanDate?) throws -> SpecVersion {
            var version = inForce
            version.effective = date ?? inForce.effective
            do {
                for edit in try set.map(SpecQuickEdit.parseSet) { try edit.apply(to: &version) }
                for index in stride(from: 0, to: replaceText.count, by: 2) {
                    try SpecQuickEdit.replaceText(old: replaceText[index], new: replaceText[index + 1]).apply(to: &version)
                }
            } catch let error as SpecEditError {
                throw CommandFailure(error.description)
            }
            return try edit ? ProposalInput.edited(version, classID: classID ?? "") : version
        }

        /// Opens a retitle, merge, split, abolition or reinstatement, locally or on a server.
        private func proposeLineage(_ context: CommandContext, effective: PlanDate) async throws {
            let change = try lineage.change(classID: classID)
            let specs = try LineageOptions.specs(file, for: change, effective: effective)
            if let remote = try context.remote() {
                let parts = change.parts
                try await remote.printAction("/proposals", RemoteBody.Propose(
                    class: nil, kind: nil, effective: effective.iso, reason: message, spec: nil, content: nil, fileName: nil,
                    lineage: RemoteBody.Lineage(change: change.kind.rawValue, classes: parts.classes, into: parts.into,
                                               title: parts.title, newId: parts.newID),
                    specs: specs.isEmpty ? nil : specs.mapValues(SpecVersionCodec.encode)))
                return
            }
            let person = try context.requirePerson(for: "propose")
            let plan = try context.openPlan()
            let draft = try plan.lineageDraft(change, effective: effective, specs: specs, reason: message)
            let proposal = try plan.propose(draft, by: person)
            Console.current.print(try ProposalDrafting.openedMessage(plan, proposal), terminator: "")
        }
    }
}

/// Reading proposed files from disk or from an editor session.
enum ProposalInput {
    static func read(_ file: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: Console.current.path(file)) else {
            throw CommandFailure("cannot read \(file): no such file or not readable")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw CommandFailure("\(file) is not UTF-8 text") }
        return text
    }

    /// The date that asks for the latest version ("in force at the end of time").
    static let latest = PlanDate(year: 9999, month: 12, day: 31)!

    /// The version of `classID` in force on `date`, or its latest; an unknown id is answered
    /// with the nearest ones.
    static func inForce(_ snapshot: PlanSnapshot, _ classID: String, on date: PlanDate?) throws -> SpecVersion {
        guard try snapshot.hasClass(classID) else {
            throw CommandFailure(ClassIDSuggestions.message(for: classID, among: try snapshot.classIDs())
                + " To establish a new class, give its text with --file.")
        }
        return try snapshot.versionInEffect(classID, on: date ?? latest).spec
    }

    /// A spec version from a YAML or plain-text file; --effective must agree with a YAML file.
    static func version(_ file: String, effective: PlanDate?) throws -> SpecVersion {
        if file.hasSuffix(".yaml") || file.hasSuffix(".yml") {
            let version = try SpecVersionCodec.decode(try read(file), file: file)
            if let effective, effective != version.effective {
                throw CommandFailure("\(file) says it is effective \(version.effective), but --effective is \(effective)")
            }
            return version
        }
        guard let data = FileManager.default.contents(atPath: Console.current.path(file)) else { throw CommandFailure("cannot read \(file)") }
        // Markdown, HTML, Word and PDF drafts read the way imports do.
        return try SpecFileReader.importSpec(data, path: file, effective: effective).version
    }

    /// Opens $EDITOR on the canonical text of the version and reads it back.
    static func edited(_ current: SpecVersion, classID: String) throws -> SpecVersion {
        let effective = current.effective
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("clasp-\(classID)-\(effective.iso)-\(UUID().uuidString.prefix(8)).yaml")
        try Data(SpecVersionCodec.encode(current).utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let console = Console.current
        let chosen = console.variable("VISUAL") ?? console.variable("EDITOR")
        guard let editor = chosen ?? (console.inputIsTerminal ? "vi" : nil) else {
            throw CommandFailure("no editor to run: set $VISUAL or $EDITOR (there is no terminal for vi), or draft with --file, --set or --replace-text")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) \"$1\"", "sh", file.path]
        process.environment = console.environment
        process.currentDirectoryURL = URL(fileURLWithPath: console.currentDirectory)
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CommandFailure("the editor (\(editor)) exited with status \(process.terminationStatus); nothing proposed") }
        return try version(file.path, effective: effective)
    }
}
