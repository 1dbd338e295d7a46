import ArgumentParser
import ClaspPlan
import ClaspServer
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
                The file is a Clasp YAML spec version (or plain text, imported with
                --effective). The kind defaults to 'correct' when the class already has a
                version on that date, 'revise' when it does not, and 'establish' for a new
                class. --edit opens $EDITOR on the current text instead. With --kind roster
                or workflow, CLASS is left out (and ignored if given) and the file replaces
                roster.yaml or workflows/<file name>.

                Lineage changes are proposals too, voted by the stages that list
                'lineage' and adopted as one commit with the classes' class.yaml events:
                --retitle, --merge/--into, --split/--into, --abolish and --reinstate, each
                with --effective. A new class (a merge's or split's successor) needs its
                spec: one --file per new class, in the order of --into.

                Examples:
                  clasp --as aortiz propose finance-technician --file ft.yaml \\
                    -m "Fix the experience wording"
                  clasp --as aortiz propose finance-technician --edit \\
                    --effective 2019-07-16 -m "Typo"
                  clasp --as jdoe propose --kind roster --file roster.yaml \\
                    -m "Pat Lee joins the commission"
                  clasp --as aortiz propose accounting-technician \\
                    --retitle "Finance Technician I/II" --effective 2012-08-25 -m "Study"
                  clasp --as aortiz propose --merge billing-specialist,csr-leadworker \\
                    --into finance-technician --effective 2012-08-25 --file ft.yaml -m "Study"
                  clasp --as aortiz propose --abolish csr-leadworker --effective 2026-07-01 \\
                    -m "Resolution 2026-14"
                """)

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The class id (none with --kind roster or workflow).")
        var classID: String?

        @Option(help: "The proposed version (YAML or plain text); repeat for a split's new classes.")
        var file: [String] = []

        @Flag(help: "Edit the current text of the version in $EDITOR.")
        var edit = false

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
            guard (file.first != nil) != edit else { throw ValidationError("give exactly one of --file F or --edit") }
            if edit && effective == nil { throw ValidationError("--edit needs --effective D to know which version to edit") }
            if classID == nil && kind?.isGovernance != true { throw ValidationError("give the class id: clasp propose CLASS --file F") }
        }

        func run() async throws {
            let context = CommandContext(global, root.global)
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
                if edit, let date {
                    let yaml = try await remote.client.get("/plans/\(try await remote.planID())/classes/\(classID)", query: [("as-of", date.iso), ("format", "yaml")])
                    let current = try SpecVersionCodec.decode(String(decoding: yaml, as: UTF8.self), file: classID)
                    guard current.effective == date else { throw CommandFailure("\(classID) has no version effective \(date) (the one in effect then is \(current.effective))") }
                    version = try ProposalInput.edited(current, classID: classID)
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
                let version = try edit ? ProposalInput.edited(plan.current().version(classID, effective: date!), classID: classID)
                    : ProposalInput.version(file!, effective: date)
                draft = try ProposalDrafting.draft(plan, classID: classID, version: version, kind: kind, reason: message)
            }
            let proposal = try plan.propose(draft, by: person)
            print(try ProposalDrafting.openedMessage(plan, proposal), terminator: "")
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
            print(try ProposalDrafting.openedMessage(plan, proposal), terminator: "")
        }
    }
}

/// Reading proposed files from disk or from an editor session.
enum ProposalInput {
    static func read(_ file: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure("cannot read \(file): no such file or not readable")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw CommandFailure("\(file) is not UTF-8 text") }
        return text
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
        guard let data = FileManager.default.contents(atPath: file) else { throw CommandFailure("cannot read \(file)") }
        return try PlainTextImporter().importSpec(data, file: file, effective: effective).version
    }

    /// Opens $EDITOR on the canonical text of the version and reads it back.
    static func edited(_ current: SpecVersion, classID: String) throws -> SpecVersion {
        let effective = current.effective
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("clasp-\(classID)-\(effective.iso)-\(UUID().uuidString.prefix(8)).yaml")
        try Data(SpecVersionCodec.encode(current).utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let editor = ProcessInfo.processInfo.environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) \"$1\"", "sh", file.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CommandFailure("the editor (\(editor)) exited with status \(process.terminationStatus); nothing proposed") }
        return try version(file.path, effective: effective)
    }
}
