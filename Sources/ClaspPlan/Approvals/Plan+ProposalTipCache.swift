import ClaspGit
import Foundation

/// Finding proposals in a given state through the index's cache of meta-log tips
/// (`ProposalTipCache`), reading from git only the logs whose tip the cache has not seen.
extension Plan {
    /// The cache of the plan's index; empty when the index cannot be used.
    func proposalTipCache() -> ProposalTipCache {
        ProposalTipCache(repository: repository, indexPath: recordedIndexPath)
    }

    /// The proposals whose tip does not rule out `state`, by ascending number, with what is
    /// known of each.
    ///
    /// A log is ruled out by its tip's `State:` trailer naming another state (`ProposalTip`),
    /// exactly as without a cache, or by an earlier walk of the same tip having derived another
    /// state. A tip the cache has not seen costs one commit read, as before. `tips` is a
    /// listing of the meta refs the caller already made (`proposalTips`).
    func proposalCandidates(in state: ProposalState, cache: ProposalTipCache,
                            tips: [(number: ProposalNumber, tip: ObjectID)]? = nil) throws -> [(number: ProposalNumber, facts: ProposalTipFacts)] {
        try (tips ?? proposalTips()).compactMap { number, tip in
            let facts: ProposalTipFacts
            if let known = cache.facts(number, tip: tip) {
                facts = known
            } else {
                facts = ProposalTipFacts(tip: tip, recordedState: try ProposalTip.recordedState(of: tip, in: repository))
                cache.learn(number, facts)
            }
            if let recorded = facts.recordedState, recorded != state { return nil }
            if let derived = facts.state, derived != state { return nil }
            return (number, facts)
        }
    }

    /// The proposals in `state`, each walked from its log; the states the walks derive are
    /// learned by `cache`.
    func proposals(state: ProposalState, cache: ProposalTipCache) throws -> [Proposal] {
        try proposalCandidates(in: state, cache: cache).compactMap { number, facts in
            let proposal = try proposal(number, meta: facts.tip)
            var walked = facts
            walked.state = proposal.state
            cache.learn(number, walked)
            return proposal.state == state ? proposal : nil
        }
    }

    /// The version files proposal `number` changes while its log ends at `facts.tip`, or nil
    /// when a walk of the log finds it is not open. Known facts answer without reading git.
    func openVersionPaths(_ number: ProposalNumber, facts: ProposalTipFacts, cache: ProposalTipCache) throws -> Set<String>? {
        if facts.state == .open, let paths = facts.versionPaths { return paths }
        let proposal = try proposal(number, meta: facts.tip)
        var walked = facts
        walked.state = proposal.state
        if proposal.state == .open { walked.versionPaths = try versionPaths(from: proposal.base, to: proposal.head) }
        cache.learn(number, walked)
        return walked.versionPaths
    }
}
