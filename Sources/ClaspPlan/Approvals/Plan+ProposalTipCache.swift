import ClaspGit
import Foundation

/// Finding and listing proposals through the index's cache of meta-log tips
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

    /// Every proposal as a list shows it, by ascending number; with `state`, only those in that
    /// state: the proposals `proposals(state:)` returns, but a log whose tip the index's cache
    /// has seen is not read at all.
    public func proposalListings(state: ProposalState? = nil) throws -> [ProposalListing] {
        let cache = proposalTipCache()
        defer { cache.save() }
        let candidates = try state.map { try proposalCandidates(in: $0, cache: cache) } ?? proposalTips().map { number, tip in
            (number: number, facts: try cache.facts(number, tip: tip)
                ?? ProposalTipFacts(tip: tip, recordedState: try ProposalTip.recordedState(of: tip, in: repository)))
        }
        return try candidates.compactMap { number, facts in
            // A cached listing's state is the walked one, which the candidates already matched.
            if let listing = facts.listing { return listing }
            let proposal = try walk(number, facts: facts, cache: cache).proposal
            return state == nil || proposal.state == state ? ProposalListing(proposal) : nil
        }
    }

    /// The proposals in `state`, each walked from its log; what the walks find is learned by
    /// `cache`.
    func proposals(state: ProposalState, cache: ProposalTipCache) throws -> [Proposal] {
        try proposalCandidates(in: state, cache: cache).compactMap { number, facts in
            let proposal = try walk(number, facts: facts, cache: cache).proposal
            return proposal.state == state ? proposal : nil
        }
    }

    /// Proposal `number` read from its whole log, with `facts` completed by its state and
    /// listing (and learned by `cache`).
    private func walk(_ number: ProposalNumber, facts: ProposalTipFacts,
                      cache: ProposalTipCache) throws -> (proposal: Proposal, facts: ProposalTipFacts) {
        let proposal = try proposal(number, meta: facts.tip)
        var walked = facts
        walked.state = proposal.state
        walked.listing = ProposalListing(proposal)
        cache.learn(number, walked)
        return (proposal, walked)
    }

    /// The version files proposal `number` changes while its log ends at `facts.tip`, or nil
    /// when a walk of the log finds it is not open. Known facts answer without reading git.
    func openVersionPaths(_ number: ProposalNumber, facts: ProposalTipFacts, cache: ProposalTipCache) throws -> Set<String>? {
        if facts.state == .open, let paths = facts.versionPaths { return paths }
        let (proposal, known) = try walk(number, facts: facts, cache: cache)
        guard proposal.state == .open else { return nil }
        var walked = known
        walked.versionPaths = try versionPaths(from: proposal.base, to: proposal.head)
        cache.learn(number, walked)
        return walked.versionPaths
    }
}
