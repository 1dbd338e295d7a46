import ClaspGit
import Foundation

/// One query's view of the index's `proposal_tips`: the rows read when the query starts, the
/// facts it learns from git as it goes, and the write that stores them when it ends.
///
/// The cache only ever saves reading git: a row counts only when its tip is the meta ref's tip
/// now, and everything about the index is best-effort. An index that cannot be opened, read or
/// written leaves the cache empty and the query reads every log, as it would without one.
/// `audit verify` never uses it: it re-derives every state from the logs themselves.
final class ProposalTipCache {
    private let index: RecordedIndex?
    private let stored: [ProposalNumber: ProposalTipFacts]
    private var learned: [ProposalNumber: ProposalTipFacts] = [:]

    /// The cache of the index at `path` (not brought up to `main`: the tables of commits play
    /// no part here).
    init(repository: Repository, indexPath: String) {
        let index = try? RecordedIndex.open(repository: repository, at: indexPath)
        self.index = index
        stored = index.flatMap { try? $0.proposalTipFacts() } ?? [:]
    }

    /// A cache that holds nothing and stores nothing: every fact is read from git.
    init() {
        index = nil
        stored = [:]
    }

    /// What is known of proposal `number` while its meta log ends at `tip`: the stored row when
    /// it was read from that same tip, else nothing.
    func facts(_ number: ProposalNumber, tip: ObjectID) -> ProposalTipFacts? {
        if let row = learned[number], row.tip == tip { return row }
        if let row = stored[number], row.tip == tip { return row }
        return nil
    }

    /// Records facts read from git, to be stored by `save` unless the index already has them.
    func learn(_ number: ProposalNumber, _ facts: ProposalTipFacts) {
        guard stored[number] != facts else { return }
        learned[number] = facts
    }

    /// Writes what was learned. A failure to write is not the query's failure: the next query
    /// reads those logs again.
    func save() {
        guard let index, !learned.isEmpty else { return }
        try? index.storeProposalTipFacts(learned)
        learned = [:]
    }
}

@available(*, unavailable)
extension ProposalTipCache: Sendable {}
