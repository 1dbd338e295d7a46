import ClaspGit
import ClaspSpec
import ClaspTrailers
import Foundation

/// Reading and appending to the proposals' meta logs.
extension Plan {
    /// Every proposal, by number; with `state`, only those in that state.
    ///
    /// With `state`, a log whose tip records another state (`ProposalTip`) is skipped after one
    /// commit read, and a tip already seen costs none: what it says is cached in the index by
    /// its commit id (`ProposalTipCache`), so listing the open proposals does not grow with the
    /// closed ones.
    public func proposals(state: ProposalState? = nil) throws -> [Proposal] {
        guard let state else { return try proposalTips().map { try proposal($0.number, meta: $0.tip) } }
        let cache = proposalTipCache()
        defer { cache.save() }
        return try proposals(state: state, cache: cache)
    }

    /// One proposal as its meta log tells it now.
    ///
    /// - Throws: `ApprovalError.unknownProposal` when it has no meta ref.
    public func proposal(_ number: ProposalNumber) throws -> Proposal {
        guard let tip = try repository.referenceTarget(Proposal.metaRef(number)) else {
            throw ApprovalError.unknownProposal(number)
        }
        return try proposal(number, meta: tip)
    }

    /// Each proposal's number and meta tip, by ascending number, from one listing of the refs.
    func proposalTips() throws -> [(number: ProposalNumber, tip: ObjectID)] {
        try repository.references(withPrefix: Proposal.refPrefix).compactMap { ref -> (ProposalNumber, ObjectID)? in
            let parts = ref.name.dropFirst(Proposal.refPrefix.count).split(separator: "/")
            guard parts.count == 2, parts[1] == "meta", let number = Int(parts[0]) else { return nil }
            return (number, ref.target)
        }.sorted { $0.0 < $1.0 }
    }

    /// The proposal as its log stood at meta commit `tip`: what an adoption saw, for the audit.
    /// With `memo` (an audit's), each meta commit is read and parsed once; `within` names a
    /// later tip of the same log whose walk already covers `tip`.
    func proposal(_ number: ProposalNumber, meta tip: ObjectID, within later: ObjectID? = nil, memo: AuditMemo? = nil) throws -> Proposal {
        var events: [ProposalEvent] = []
        let history = try memo?.firstParentHistory(from: tip, within: later, in: repository) ?? repository.firstParentHistory(from: tip)
        for id in history.reversed() {
            let parsed = if let memo { try memo.event(id, in: repository) } else { ProposalEvent(commit: try repository.readCommit(id)) }
            guard let event = parsed else {
                throw PlanError.invalidInput("\(Proposal.metaRef(number)) holds \(id.hex.prefix(10)), which is not a Clasp proposal event")
            }
            events.append(event)
        }
        guard let opened = events.first, opened.kind == .opened,
              let kind = opened.trailer(.kind).flatMap(ChangeKind.init(rawValue:)),
              var base = opened.trailer(.base).flatMap(ObjectID.init(hex:)),
              var head = opened.head else {
            throw PlanError.invalidInput("\(Proposal.metaRef(number)) does not start with an 'opened' event naming its kind, base and head")
        }
        var state = ProposalState.open
        var adoptedAs: ObjectID?
        for event in events.dropFirst() {
            switch event.kind {
            case .revised:
                if let newHead = event.head { head = newHead }
                // A rebase names the main it carried the proposal onto.
                if let newBase = event.trailer(.base).flatMap(ObjectID.init(hex:)) { base = newBase }
            case .withdrawn: state = .withdrawn
            case .adopted:
                state = .adopted
                adoptedAs = event.trailer(.adoptedAs).flatMap(ObjectID.init(hex:))
            case .opened, .comment, .vote: break
            }
        }
        return Proposal(number: number, kind: kind, classIDs: opened.trailers(.classID),
                        effective: opened.trailer(.effective).flatMap { PlanDate(iso: $0) },
                        reason: opened.text, author: opened.person, state: state, base: base, head: head,
                        events: events, adoptedAs: adoptedAs, meta: tip)
    }

    /// Writes one event commit (empty tree, parent: the previous event) and moves the meta ref
    /// to it by compare-and-swap.
    ///
    /// - Returns: the event commit.
    /// - Throws: `PlanError.concurrentUpdate` when the log moved since `expected` was read.
    @discardableResult
    func appendEvent(_ number: ProposalNumber, expected: ObjectID?, subject: String, body: String,
                     trailers: [Trailer], by person: Person, at time: Date, state: ProposalState = .open) throws -> ObjectID {
        let commit = try eventCommit(number, parent: expected, subject: subject, body: body, trailers: trailers, by: person,
                                     at: time, state: state)
        do {
            try repository.updateReference(Proposal.metaRef(number), to: commit, expected: expected,
                                           message: "clasp: \(subject)")
        } catch let error as GitError where error.isReferenceConflict {
            throw PlanError.concurrentUpdate(ref: Proposal.metaRef(number))
        }
        return commit
    }

    /// Writes one event commit without moving any ref.
    ///
    /// Every event carries `State:`, the proposal's state once the event is recorded, so a
    /// listing reads a log's tip instead of walking it (`ProposalTip`). The state follows from
    /// the event's kind; a comment, allowed in any state, takes `state` from the caller.
    func eventCommit(_ number: ProposalNumber, parent: ObjectID?, subject: String, body: String,
                     trailers: [Trailer], by person: Person, at time: Date, timeZone: String? = nil,
                     state: ProposalState = .open) throws -> ObjectID {
        let zone = try timeZone ?? current().config().timeZone
        let signature = Signature(name: person.name, email: person.email, time: time,
                                  timeZoneOffsetMinutes: RecordedTime.offsetMinutes(at: time, timeZone: zone))
        let text = body.trimmingWhitespace.isEmpty ? "\(subject)\n" : "\(subject)\n\n\(body.trimmingWhitespace)\n"
        let kind = trailers.first { $0.hasKey(.event) }.flatMap { ProposalEvent.Kind(rawValue: $0.value) }
        let after = kind.map { ProposalTip.state(after: $0, otherwise: state) } ?? state
        let message = try Trailers.append(trailers + [Trailer(.proposal, String(number)),
                                                      Trailer(.person, person.id),
                                                      Trailer(ProposalTip.stateTrailer, after.rawValue)], to: text)
        return try createCommit(tree: try repository.emptyTree(), parents: parent.map { [$0] } ?? [], by: person,
                                signature: signature, message: message)
    }

    /// Runs `body` again when a compare-and-swap lost a race, up to a few times: the body
    /// re-reads everything it depends on, so a retry decides afresh.
    func retryingConflicts<T>(_ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch PlanError.concurrentUpdate(let ref) {
                attempt += 1
                if attempt >= 20 { throw PlanError.concurrentUpdate(ref: ref) }
                usleep(UInt32.random(in: 1_000...20_000))
            }
        }
    }
}
