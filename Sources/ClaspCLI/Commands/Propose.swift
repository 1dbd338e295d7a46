import ArgumentParser
import ClaspPlan
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
    struct Propose: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Propose a change to a class for approval.",
            discussion: """
                The file is a Clasp YAML spec version (or plain text, imported with --effective). The
                kind defaults to 'correct' when the class already has a version on that date, 'revise'
                when it does not, and 'establish' for a new class. --edit opens $EDITOR on the current
                text instead. With --kind roster or workflow, CLASS is ignored and the file replaces
                roster.yaml or workflows/<file name>.

                Examples:
                  clasp --as aortiz propose finance-technician --file ft.yaml -m "Fix the experience wording"
                  clasp --as aortiz propose finance-technician --edit --effective 2019-07-16 -m "Typo"
                """)

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The class id.")
        var classID: String

        @Option(help: "The proposed version (YAML or plain text).")
        var file: String?

        @Flag(help: "Edit the current text of the version in $EDITOR.")
        var edit = false

        @Option(help: ArgumentHelp("The effective date of the version (YYYY-MM-DD).", valueName: "date"))
        var effective: String?

        @Option(help: "Change kind: \(ChangeKind.allCases.map(\.rawValue).joined(separator: ", ")).",
                transform: { try EnumArgument.parse($0, "change kind") })
        var kind: ChangeKind?

        @Option(name: .shortAndLong, help: "Why the change is needed.")
        var message: String

        func validate() throws {
            _ = try DateArgument.parse(effective, option: "--effective")
            guard (file != nil) != edit else { throw ValidationError("give exactly one of --file F or --edit") }
            if edit && effective == nil { throw ValidationError("--edit needs --effective D to know which version to edit") }
        }

        func run() throws {
            let context = CommandContext(global, root.global)
            let person = try context.requirePerson(for: "propose")
            let plan = try context.openPlan()
            let date = try DateArgument.parse(effective, option: "--effective")
            let draft: ProposalDraft
            if let kind, kind.isGovernance {
                guard let file else { throw ValidationError("--kind \(kind.rawValue) needs --file") }
                let target = kind == .roster ? "roster.yaml" : "workflows/\(URL(fileURLWithPath: file).lastPathComponent)"
                draft = ProposalDraft(kind: kind, classIDs: [], files: [PlanFileWrite(path: target, content: try ProposalInput.read(file))],
                                      effective: nil, reason: message)
            } else {
                let version = try edit ? ProposalInput.edited(plan: plan, classID: classID, effective: date!) : ProposalInput.version(file!, effective: date)
                let snapshot = try plan.current()
                let exists = try snapshot.hasClass(classID)
                let onFile = exists ? try snapshot.effectiveDates(classID).contains(version.effective) : false
                let chosen = kind ?? (!exists ? .establish : onFile ? .correct : .revise)
                var built = chosen == .establish ? ProposalDraft.establish(classID, with: version, reason: message)
                    : ProposalDraft.revise(classID, to: version, reason: message)
                built.kind = chosen
                draft = built
            }
            let proposal = try plan.propose(draft, by: person)
            let status = try plan.status(of: proposal.number)
            print("opened proposal \(proposal.number): \(proposal.kind.rawValue) \(proposal.classIDs.joined(separator: ", "))")
            print("stages: \(status.stages.map { "\($0.stage) (\($0.role.rawValue), \($0.needed))" }.joined(separator: " -> "))")
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
    static func edited(plan: Plan, classID: String, effective: PlanDate) throws -> SpecVersion {
        let current = try plan.current().version(classID, effective: effective)
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
