import ArgumentParser
import ClaspPlan
import ClaspSpec

/// The lineage options of `clasp propose`: a retitle, merge, split, abolition or reinstatement,
/// each one proposal that writes the classes' `class.yaml` events and any new versions.
struct LineageOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Give CLASS this new title from --effective.", valueName: "title"))
    var retitle: String?

    @Option(name: .customLong("new-id"),
            help: ArgumentHelp("With --retitle: record the new title as a new class with this id.", valueName: "id"))
    var newID: String?

    @Option(help: ArgumentHelp("Merge these classes (ids, comma-separated) --into one.", valueName: "ids"))
    var merge: String?

    @Option(help: ArgumentHelp("Split this class --into two or more.", valueName: "class"))
    var split: String?

    @Option(help: ArgumentHelp("The class a merge makes or joins, or the classes a split makes (comma-separated).", valueName: "ids"))
    var into: String?

    @Option(help: ArgumentHelp("Abolish this class from --effective.", valueName: "class"))
    var abolish: String?

    @Option(help: ArgumentHelp("Reinstate this abolished class from --effective.", valueName: "class"))
    var reinstate: String?

    /// Whether any lineage option was given.
    var isRequested: Bool { [retitle, merge, split, abolish, reinstate].contains { $0 != nil } }

    func validate() throws {
        let given = [("--retitle", retitle), ("--merge", merge), ("--split", split), ("--abolish", abolish), ("--reinstate", reinstate)]
            .filter { $0.1 != nil }.map(\.0)
        if given.count > 1 { throw ValidationError("give one lineage change at a time, not \(given.joined(separator: " and "))") }
        if newID != nil && retitle == nil { throw ValidationError("--new-id goes with --retitle") }
        if into != nil && merge == nil && split == nil { throw ValidationError("--into goes with --merge or --split") }
        if (merge != nil || split != nil) && into == nil { throw ValidationError("\(given[0]) needs --into") }
    }

    /// The change asked for; `classID` is the command's CLASS argument (the class a retitle acts on).
    func change(classID: String?) throws -> LineageChange {
        func ids(_ text: String?) -> [String] {
            (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        do {
            if let retitle {
                guard let classID else { throw ValidationError("--retitle needs the class: clasp propose CLASS --retitle \"New Title\"") }
                return try LineageChange(kind: .retitle, classes: [classID], title: retitle, newID: newID)
            }
            if let merge { return try LineageChange(kind: .merge, classes: ids(merge), into: ids(into)) }
            if let split { return try LineageChange(kind: .split, classes: [split], into: ids(into)) }
            if let abolish { return try LineageChange(kind: .abolish, classes: [abolish]) }
            if let reinstate { return try LineageChange(kind: .reinstate, classes: [reinstate]) }
        } catch let error as PlanError {
            throw ValidationError(error.description)
        }
        throw ValidationError("no lineage change given")
    }

    /// The successors' versions from `--file` paths, in the order of the change's successors
    /// that need or may take one: a file per successor, or none.
    static func specs(_ files: [String], for change: LineageChange, effective: PlanDate) throws -> [String: SpecVersion] {
        guard !files.isEmpty else { return [:] }
        let successors = change.successors
        guard files.count <= successors.count else {
            throw ValidationError("\(Plural.count(files.count, "--file", "--file options")) given, but this change makes \(Plural.count(successors.count, "class", "classes")) (\(successors.joined(separator: ", "))); give one file per class, in that order")
        }
        var specs: [String: SpecVersion] = [:]
        for (id, file) in zip(successors, files) { specs[id] = try ProposalInput.version(file, effective: effective) }
        return specs
    }
}
