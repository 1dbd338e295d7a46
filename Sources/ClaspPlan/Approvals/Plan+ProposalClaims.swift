import ClaspGit
import ClaspSpec
import Foundation

/// Claims on version files: the compare-and-swap behind "one open proposal per class and
/// effective date".
///
/// The scan in `checkEffectiveDatesFree` refuses a date another open proposal already changes,
/// but two proposals opened at the same instant can both pass it. So each proposal also claims
/// every version file it changes with `refs/claims/<path>` (for example
/// `refs/claims/classes/clerk/2026-07-01.yaml`), pointing at a blob holding its number. A claim
/// is created with compare-and-swap, so of two racers exactly one creates it; the other finds it
/// held and withdraws itself. A claim is held only while its proposal is open and still changes
/// that file. Adoption, withdrawal and revisions away from a file release its claim; one left
/// behind (a crash between the two writes) is stale and taken over by compare-and-swap.
extension Plan {
    static let claimRefPrefix = "refs/claims/"

    /// Claims every path in `paths` for proposal `number`.
    ///
    /// - Throws: `ApprovalError.effectiveDateTaken` naming the open proposal that holds one of
    ///   them (claims already made stay; they are stale once this proposal closes or moves).
    func claimVersionFiles(_ paths: Set<String>, for number: ProposalNumber) throws {
        guard !paths.isEmpty else { return }
        let mine = try repository.writeBlob(Data("\(number)\n".utf8))
        for path in paths.sorted() {
            let ref = Self.claimRefPrefix + path
            while true {
                let current = try repository.referenceTarget(ref)
                if current == mine { break }
                if let current, let holder = try claimHolder(current, path: path), holder != number {
                    let parts = path.split(separator: "/").map(String.init)
                    guard parts.count == 3, let date = PlanLayout.effectiveDate(fromFileName: parts[2]) else {
                        throw ApprovalError.invalidProposal(findings: ["\(path) is claimed by open proposal \(holder)"])
                    }
                    throw ApprovalError.effectiveDateTaken(classID: parts[1], effective: date, proposal: holder)
                }
                do {
                    try repository.updateReference(ref, to: mine, expected: current, message: "clasp: proposal \(number) claims \(path)")
                    break
                } catch let error as GitError where error.isReferenceConflict {
                    continue // someone else claimed or took over meanwhile: judge their claim
                }
            }
        }
    }

    /// Deletes the claims on `paths` that still name proposal `number` (by compare-and-swap, so a
    /// claim someone took over meanwhile stays). Called when the proposal closes or stops changing
    /// a file; a claim left behind (a crash) is stale and taken over by the next claimant.
    func releaseClaims(_ paths: Set<String>, of number: ProposalNumber) throws {
        guard !paths.isEmpty else { return }
        let mine = try repository.writeBlob(Data("\(number)\n".utf8))
        for path in paths.sorted() where try repository.referenceTarget(Self.claimRefPrefix + path) == mine {
            do {
                try repository.deleteReference(Self.claimRefPrefix + path, expected: mine)
            } catch let error as GitError where error.isReferenceConflict {
                continue
            }
        }
    }

    /// The claims of a closing proposal: every version file its head changes.
    func releaseClaims(of proposal: Proposal) throws {
        try releaseClaims(try versionPaths(from: proposal.base, to: proposal.head), of: proposal.number)
    }

    /// The open proposal a claim blob names, when it still changes `path`; nil for a stale claim.
    private func claimHolder(_ claim: ObjectID, path: String) throws -> ProposalNumber? {
        let text = String(decoding: try repository.readBlob(claim), as: UTF8.self).trimmingWhitespace
        guard let number = Int(text), let tip = try repository.referenceTarget(Proposal.metaRef(number)) else { return nil }
        let holder = try proposal(number, meta: tip)
        guard holder.state == .open else { return nil }
        return try versionPaths(from: holder.base, to: holder.head).contains(path) ? number : nil
    }
}
