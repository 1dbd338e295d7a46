import ClaspPlan
import ClaspSpec
import Foundation

/// One file's entry in `clasp import`'s report: what the importer read (title, code, effective
/// date and the line it came from, sections classified or not, warnings), or why it could not,
/// and what the plan did or would do with it.
struct ImportFileReport: Encodable {
    var file: String
    var title: String?
    var code: String?
    var effective: PlanDate?
    /// The line the effective date was read from; nil when it was given or stored in YAML.
    var effectiveSource: String?
    var sections: SectionCount?
    var warnings: [String] = []
    var error: String?
    var classID: String?
    var action: String?
    var commit: String?
    /// Title-only versions and lineage events recorded from the printed history in the same commit.
    var history: [ImportHistoryEntry] = []
    /// What of the printed history could not be placed.
    var lineageWarnings: [String] = []
    var dryRun: Bool

    struct SectionCount: Encodable {
        var classified: Int
        var other: Int
    }

    enum CodingKeys: String, CodingKey {
        case file, title, code, effective, effectiveSource, sections, warnings, error, classID = "class", action, commit, history, lineageWarnings, dryRun
    }

    init(file: String, error: any Error, dryRun: Bool) {
        self.file = file
        self.error = ClaspMain.dataErrorMessage(error) ?? String(describing: error)
        self.dryRun = dryRun
    }

    init(file: String, version: SpecVersion, imported: ImportedSpec?, classID: String, dryRun: Bool) {
        self.file = file
        title = version.title
        code = version.code
        effective = version.effective
        effectiveSource = imported?.effectiveSource
        let kinds = Self.kinds(version.sections)
        sections = SectionCount(classified: kinds.count { $0 != .other }, other: kinds.count { $0 == .other })
        warnings = imported?.warnings ?? []
        self.classID = classID
        self.dryRun = dryRun
    }

    private static func kinds(_ sections: [Section]) -> [SectionKind] {
        sections.flatMap { [$0.kind] + kinds($0.sections) }
    }

    /// "city-accountant.md: Senior Accountant (code 1523), effective 2019-07-16 from line 40:
    /// Revised: July 16, 2019; sections 8 classified, 1 other; 2 warnings"
    var line: String {
        if let error { return "\(file): error: \(error)" }
        var text = "\(file): \(title ?? "?")"
        if let code { text += " (code \(code))" }
        if let effective { text += ", effective \(effective)" + (effectiveSource.map { " from \($0)" } ?? "") }
        if let sections { text += "; sections \(sections.classified) classified, \(sections.other) other" }
        if !warnings.isEmpty { text += "; \(warnings.count) warning\(warnings.count == 1 ? "" : "s")" }
        return text
    }
}

/// The JSON shape of `clasp import --format json`: every file's report and a summary.
struct ImportReport: Encodable {
    var files: [ImportFileReport]
    var summary: Summary

    struct Summary: Encodable {
        var files: Int
        var ready: Int
        var failed: Int
        var dryRun: Bool
    }

    init(files: [ImportFileReport], dryRun: Bool) {
        self.files = files
        let failed = files.count { $0.error != nil }
        summary = Summary(files: files.count, ready: files.count - failed, failed: failed, dryRun: dryRun)
    }

    var summaryLine: String {
        let verb = summary.dryRun ? "checked" : "read"
        return "\(summary.files) file\(summary.files == 1 ? "" : "s") \(verb): \(summary.ready) ready, \(summary.failed) with errors"
    }
}
