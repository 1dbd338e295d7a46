import ClaspGit
import ClaspSpec
import Foundation

/// What one `auditVerify()` call has already derived from git, so ten thousand adoptions do not
/// re-read the same meta logs or re-decode the same roster, workflows and spec texts.
///
/// Every entry is keyed by the id of the git object it was derived from (a blob, a tree, a
/// commit), so a hit is the same answer a fresh read would give. Decoding failures are never
/// stored: a bad file throws its own error again each time it is met. The memo lives only for
/// one call; nothing is kept between audits.
final class AuditMemo {
    /// A pair of blobs (either side may be absent) whose routing result is already known.
    struct BlobPair: Hashable {
        var old: ObjectID?
        var new: ObjectID?
    }

    /// A pair of trees whose change sets are already known.
    struct TreePair: Hashable {
        var old: ObjectID
        var new: ObjectID
    }

    /// The memos that grow with the plan are bounded (`BoundedMemo`): each capacity is well above
    /// how far back an entry is reused (a class's previous version was decoded one pass over
    /// the classes ago), so bounding costs few re-reads and keeps memory flat.
    var commits = BoundedMemo<ObjectID, CommitInfo>(capacity: 1024)
    /// Changed files by tree pair: an adoption's own diff, its proposal's and routing's are
    /// usually the same pair.
    var treeChanges = BoundedMemo<TreePair, [TreeChange]>(capacity: 1024)
    /// Entries of small folders (a class's versions) by tree id.
    var folderEntries = BoundedMemo<ObjectID, [TreeEntry]>(capacity: 1024)
    /// Decoded rosters by blob (a plan has few).
    var rosters: [ObjectID: Roster] = [:]
    /// The roster in force by commit: an adoption's base (its votes' roster) and its parent (its
    /// adopter's) are usually the base or parent of the adoption before, so checking signatures
    /// looks up no tree the audit has not already looked up.
    var rostersByCommit = BoundedMemo<ObjectID, Roster>(capacity: 1024)
    /// Decoded workflow folders by the folder's tree id (a plan has few).
    var workflowFolders: [ObjectID: [(path: String, blob: ObjectID, workflow: Workflow)]] = [:]
    /// Decoded spec versions by blob, for the few reads of one adoption.
    var versions = BoundedMemo<ObjectID, SpecVersion>(capacity: 256)
    /// The latest version decoded of each class folder: what the next adoption of that class
    /// compares against. One per class, so memory follows the plan's size, not its history.
    var latestVersions: [String: (blob: ObjectID, version: SpecVersion)] = [:]
    /// Routing of one version file (its semantic diff and categories) by compared and new blob.
    /// The diff's changes are undescribed (`Plan.routingDiff`): the audit reads only categories.
    var versionRouting = BoundedMemo<BlobPair, (changes: SpecChangeSet?, categories: Set<ChangeCategory>)>(capacity: 1024)
    /// Change sets by tree pair.
    var changeSets = BoundedMemo<TreePair, [ClassChangeSet]>(capacity: 1024)
    /// First-parent history of each meta tip read, newest first.
    var metaHistories = BoundedMemo<ObjectID, [ObjectID]>(capacity: 512)
    /// Parsed events by meta commit; nil marks a commit that is not a Clasp event.
    var events = BoundedMemo<ObjectID, ProposalEvent?>(capacity: 2048)
    /// Editorial verdicts by tree pair (vote tree to head tree).
    var editorial = BoundedMemo<TreePair, Bool>(capacity: 1024)
    /// Proposals as their logs' tips tell them, by number, once an adoption's check derived them.
    var atTip: [ProposalNumber: AuditedTip] = [:]

    /// The commit, read once.
    func commit(_ id: ObjectID, in repository: Repository) throws -> CommitInfo {
        if let known = commits[id] { return known }
        let commit = try repository.readCommit(id)
        commits[id] = commit
        return commit
    }

    /// The first-parent history from `start` (a meta log's tip), newest first, walked once; the
    /// events of the commits walked are parsed on the way. When `start` lies on
    /// the already walked first-parent line of `within` (a judged meta commit inside its log's
    /// tip), its history is that line's tail, exactly what a walk from `start` would give.
    func firstParentHistory(from start: ObjectID, within tip: ObjectID? = nil, in repository: Repository) throws -> [ObjectID] {
        if let known = metaHistories[start] { return known }
        if let tip, let line = metaHistories[tip], let index = line.firstIndex(of: start) {
            let tail = Array(line[index...])
            metaHistories[start] = tail
            return tail
        }
        // Walked by reading each commit, not with a libgit2 revwalk: the walk would read every
        // commit once and `event(_:in:)` again; here each is read once and its event parsed
        // on the way, which is what the audit asks of a meta log next.
        var history: [ObjectID] = []
        var next: ObjectID? = start
        while let id = next {
            let commit = try repository.readCommit(id)
            history.append(id)
            if events[id] == nil { events[id] = .some(ProposalEvent(commit: commit)) }
            next = commit.parentIDs.first
        }
        metaHistories[start] = history
        return history
    }

    /// The files that differ between two trees, diffed once per pair.
    func treeChanges(from old: ObjectID, to new: ObjectID, in repository: Repository) throws -> [TreeChange] {
        if let known = treeChanges[TreePair(old: old, new: new)] { return known }
        let changes = try repository.treeChanges(from: old, to: new)
        treeChanges[TreePair(old: old, new: new)] = changes
        return changes
    }

    /// The entries of a folder, read once.
    func folder(_ id: ObjectID, in repository: Repository) throws -> [TreeEntry] {
        if let known = folderEntries[id] { return known }
        let entries = try repository.readTree(id)
        folderEntries[id] = entries
        return entries
    }

    /// The event a meta commit records, parsed once.
    func event(_ id: ObjectID, in repository: Repository) throws -> ProposalEvent? {
        if let known = events[id] { return known }
        let event = ProposalEvent(commit: try repository.readCommit(id))
        events[id] = .some(event)
        return event
    }
}
