public import ClaspPlan
import Foundation

/// JSON shape of `GET …/audit/verify`; its text is what `clasp audit verify` prints.
public struct AuditVerifyReport: Codable, Sendable, Equatable {
    public struct Finding: Codable, Sendable, Equatable {
        public var commit: String?
        /// The problem's stable code ("stale-adoption"), for scripts.
        public var code: String
        public var message: String
    }
    public var clean: Bool
    public var summary: String
    public var findings: [Finding]
    public var adoptions: [String]
    public var bootstraps: [String]

    public init(_ report: AuditReport) {
        clean = report.isClean
        summary = report.summary
        findings = report.findings.map { Finding(commit: $0.commit?.hex, code: $0.problem.code, message: $0.message) }
        adoptions = report.adoptions.map(\.hex)
        bootstraps = report.bootstraps.map(\.hex)
    }

    /// One line per finding, or the clean summary (the command exits 1 unless `clean`).
    public var text: String {
        var out = findings.map { "\($0.commit.map { String($0.prefix(10)) + ": " } ?? "")\($0.message)\n" }.joined()
        if clean {
            out += "audit clean: \(summary)\n"
            if !bootstraps.isEmpty { out += "bootstrap commits: \(bootstraps.map { String($0.prefix(10)) }.joined(separator: ", "))\n" }
        }
        return out
    }
}

/// The rows of `audit export` and the filters the audit page offers.
public enum AuditExport {
    public static let columns = ["kind", "commit", "proposal", "change", "person", "role", "stage", "decision", "tree", "workflow", "at", "resolution", "meeting"]

    /// RFC 4180 CSV with a header line.
    public static func csv(_ records: [AuditRecord]) -> String {
        var out = columns.joined(separator: ",") + "\n"
        for r in records {
            let fields = [r.kind.rawValue, r.commit, r.proposal.map(String.init) ?? "", r.change, r.person, r.role ?? "",
                          r.stage ?? "", r.decision ?? "", r.tree ?? "", r.workflow ?? "", r.at,
                          r.resolution ?? "", r.meeting ?? ""]
            out += fields.map(field).joined(separator: ",") + "\n"
        }
        return out
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Keeps the records about `classID` (named in their `Change:`), by `person`, of `kind`, on
    /// or between the dates (UTC days of `at`). Nil filters keep everything.
    public static func filter(_ records: [AuditRecord], classID: String?, person: String?, kind: String? = nil,
                              from: String?, to: String?) -> [AuditRecord] {
        records.filter { record in
            if let classID, !record.change.split(whereSeparator: { " ;,".contains($0) }).contains(Substring(classID)) { return false }
            if let person, record.person != person { return false }
            if let kind, record.kind.rawValue != kind { return false }
            let day = String(record.at.prefix(10))
            if let from, day < from { return false }
            if let to, day > to { return false }
            return true
        }
    }
}
