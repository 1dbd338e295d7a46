public import ClaspGit
import Foundation

/// What `audit verify` found, re-derived from git alone.
public struct AuditReport: Equatable, Sendable {
    /// One problem, tied to the commit (or ref) it is about.
    public struct Finding: Equatable, Sendable, CustomStringConvertible {
        public var commit: ObjectID?
        public var problem: AuditProblem
        /// The sentence an auditor reads.
        public var message: String { problem.description }
        public var description: String { "\(commit.map { String($0.hex.prefix(10)) + ": " } ?? "")\(message)" }
    }

    public var findings: [Finding]
    /// Commits on main's first-parent line, oldest first, by what they are.
    public var adoptions: [ObjectID]
    public var bootstraps: [ObjectID]
    public var creation: ObjectID?
    public var proposalsChecked: Int

    public var isClean: Bool { findings.isEmpty }

    public var summary: String {
        "\(adoptions.count) adoption\(adoptions.count == 1 ? "" : "s") verified, \(bootstraps.count) bootstrap commit\(bootstraps.count == 1 ? "" : "s") by administrators, "
            + "\(creation == nil ? "no" : "1") plan-creation commit, \(proposalsChecked) proposal log\(proposalsChecked == 1 ? "" : "s") checked"
    }
}

/// One row of the audit export: a commit on main, or a vote behind an adoption.
public struct AuditRecord: Equatable, Sendable, Encodable {
    public enum Kind: String, Sendable, Encodable { case creation, bootstrap, adoption, approval, vote, other }
    public var kind: Kind
    public var commit: String
    public var proposal: ProposalNumber?
    public var change: String
    public var person: String
    public var role: String?
    public var stage: String?
    public var decision: String?
    public var tree: String?
    public var workflow: String?
    /// ISO 8601, UTC.
    public var at: String
    /// The approving act an adoption cites (`Resolution:`, `Meeting:` trailers).
    public var resolution: String? = nil
    public var meeting: String? = nil
}
