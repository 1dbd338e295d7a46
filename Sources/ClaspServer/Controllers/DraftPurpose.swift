import ClaspPlan
import ClaspQueries
import ClaspSpec
import Foundation

/// What a draft in the browser is for: a new version or correction of a class, a new class
/// copied from an existing one, or a revision of an open proposal. Each says what the editor
/// starts from, what its preview compares against, who may post it, and which library call
/// submits it: the same ones as `clasp propose` and `clasp revise`.
enum DraftPurpose {
    case classChange(classID: String)
    case establishCopy(of: String)
    case proposalRevision(ProposalNumber)

    /// The page's frame around the editor.
    struct Setting {
        var title: String
        var action: String
        var intro: HTML
        /// The text the editor starts from; it also keeps what the form does not show.
        var base: SpecVersion
        var values: [String: String] = [:]
        var fixedDate: PlanDate? = nil
        var asksForClassID = false
        var submitLabel = "Open the proposal"
    }

    /// The editor's setting; `date` is the one asked for (the page's as-of, or the date typed).
    ///
    /// - Throws: `PlanError.unknownClass`, `ApprovalError.proposalClosed` for a proposal no longer
    ///   open, `PlanError.invalidInput` for a proposal that is not about one class's text.
    func setting(_ plan: Plan, planID: String, on date: PlanDate?) throws -> Setting {
        let snapshot = try plan.current()
        let today = try PlanQueries.today(snapshot)
        switch self {
        case let .classChange(classID):
            let base = try Self.inForce(snapshot, classID, on: date ?? today)
            return Setting(title: "Propose a change to \(base.title)", action: "/plans/\(planID)/classes/\(classID)/draft",
                           intro: "Starting from the version of <code>\(classID)</code> in force on the effective date (effective \(base.effective.iso)). A date with no version of its own makes a new version; the date of an existing version corrects it.",
                           base: base, values: ["effective": (date ?? base.effective).iso])
        case let .establishCopy(source):
            var base = try Self.inForce(snapshot, source, on: date ?? today)
            base.sourceDates = nil
            return Setting(title: "Establish a new class from \(base.title)", action: "/plans/\(planID)/classes/\(source)/establish",
                           intro: "A copy of the version of <code>\(source)</code> effective \(base.effective.iso). Give the new class its id and title; the proposal establishes it, and <code>\(source)</code> is unchanged.",
                           base: base, values: ["effective": today.iso], asksForClassID: true)
        case let .proposalRevision(number):
            let (proposal, classID, effective) = try Self.classProposal(plan, number)
            let base = try plan.snapshot(commit: proposal.head).version(classID, effective: effective)
            return Setting(title: "Revise proposal \(number)", action: "/plans/\(planID)/proposals/\(number)/revise",
                           intro: "Starting from the text proposal \(number) proposes now for <code>\(classID)</code>. Votes on the earlier text count only as its workflow allows.",
                           base: base, fixedDate: effective, submitLabel: "Revise the proposal")
        }
    }

    /// Refuses before anything typed is read, mirroring the library's rules: analysts and
    /// administrators propose; a proposal is revised by its author or an analyst or administrator.
    ///
    /// - Throws: `ApprovalError.notPermitted`.
    func authorize(_ context: PlanMemberContext, _ plan: Plan) throws {
        switch self {
        case .classChange: try context.requireAnalystOrAdministrator(to: "propose changes", needs: "analyst")
        case .establishCopy: try context.requireAnalystOrAdministrator(to: "propose a new class", needs: "analyst")
        case let .proposalRevision(number):
            let proposal = try plan.proposal(number)
            guard Self.mayRevise(context.person, proposal) else {
                throw ApprovalError.notPermitted(person: "\(context.person.name) (\(context.person.id))", action: "revise proposal \(number)", needs: "analyst")
            }
        }
    }

    /// Whether `person` may revise `proposal` (`Plan.revise`'s rule): its author, an analyst or an administrator.
    static func mayRevise(_ person: Person, _ proposal: Proposal) -> Bool {
        person.id == proposal.author || person.roles.contains(.analyst) || person.roles.contains(.administrator)
    }

    /// Whether the editor can revise `proposal`: an open proposal of one class's text.
    static func isEditable(_ proposal: Proposal) -> Bool {
        proposal.state == .open && [.establish, .revise, .correct].contains(proposal.kind) && proposal.classIDs.count == 1 && proposal.effective != nil
    }

    /// The effective date of the draft: the proposal's, or the one typed.
    ///
    /// - Throws: `PlanError.invalidInput` for a missing or malformed date.
    func effective(_ setting: Setting, _ values: [String: String]) throws -> PlanDate {
        if let fixed = setting.fixedDate { return fixed }
        guard let text = values["effective"]?.trimmingWhitespace, !text.isEmpty else {
            throw PlanError.invalidInput("give the effective date (YYYY-MM-DD)")
        }
        guard let date = PlanDate(iso: text) else { throw PlanError.invalidInput("'\(text)' is not a date (YYYY-MM-DD)") }
        return date
    }

    /// The version the draft is compared with, and how the preview names it: the version it
    /// replaces, or for a new class the one it was copied from.
    func compared(_ plan: Plan, _ setting: Setting, _ version: SpecVersion) throws -> (version: SpecVersion, name: String) {
        switch self {
        case let .classChange(classID):
            return try Self.replaced(plan.current(), classID, version.effective)
        case let .establishCopy(source):
            let copied = try Self.inForce(plan.current(), source, on: setting.base.effective)
            return (copied, "the version of \(source) it was copied from (effective \(copied.effective.iso))")
        case let .proposalRevision(number):
            let proposal = try plan.proposal(number)
            let classID = proposal.classIDs.first ?? ""
            let base = try plan.snapshot(commit: proposal.base)
            guard try base.hasClass(classID), (try? base.versionInEffect(classID, on: version.effective)) != nil else {
                return (setting.base, "the text proposal \(number) proposes now")
            }
            return try Self.replaced(base, classID, version.effective)
        }
    }

    /// Opens the proposal or records the revision; the proposal's number.
    ///
    /// - Throws: `PlanError.invalidInput` for a missing reason, an existing or missing class id;
    ///   the library's `PlanError`s and `ApprovalError`s.
    func submit(_ plan: Plan, _ version: SpecVersion, _ values: [String: String], by person: String) throws -> ProposalNumber {
        let reason = (values["reason"] ?? "").trimmingWhitespace
        guard !reason.isEmpty else { throw PlanError.invalidInput("give the reason for the change") }
        switch self {
        case let .classChange(classID):
            let draft = try ProposalDrafting.draft(plan, classID: classID, version: version, kind: nil, reason: reason)
            return try plan.propose(draft, by: person).number
        case .establishCopy:
            let classID = try Self.newClassID(plan, values["new-id"] ?? "")
            let draft = try ProposalDrafting.draft(plan, classID: classID, version: version, kind: .establish, reason: reason)
            return try plan.propose(draft, by: person).number
        case let .proposalRevision(number):
            let write = try ProposalDrafting.revision(of: try plan.proposal(number), version: version, content: nil, fileName: nil)
            try plan.revise(number, files: [write], reason: reason, by: person)
            return number
        }
    }

    /// The id typed for a new class, refused when it is empty, malformed or already a class
    /// (naming the ids in use nearest to it).
    static func newClassID(_ plan: Plan, _ typed: String) throws -> String {
        let id = typed.trimmingWhitespace
        guard !id.isEmpty else { throw PlanError.invalidInput("give the new class an id (e.g. senior-finance-technician)") }
        guard Slug.isValid(id) else { throw PlanError.invalidClassID(id) }
        let ids = try plan.current().classIDs()
        guard !ids.contains(id) else {
            let near = ClassIDSuggestions.nearest(to: id, among: ids.filter { $0 != id })
            throw PlanError.invalidInput("class '\(id)' already exists in this plan; a new class needs an id of its own"
                + (near.isEmpty ? "" : " (ids in use near it: \(([id] + near).joined(separator: ", ")))"))
        }
        return id
    }

    /// The version in force on `date`, or, before the class's first version, that first version.
    static func inForce(_ snapshot: PlanSnapshot, _ classID: String, on date: PlanDate) throws -> SpecVersion {
        guard Slug.isValid(classID), try snapshot.hasClass(classID) else { throw PlanError.unknownClass(classID) }
        if let version = try? snapshot.versionInEffect(classID, on: date) { return version.spec }
        guard let first = try snapshot.effectiveDates(classID).first else { throw PlanError.noVersionInEffect(classID: classID, on: date, firstEffective: nil) }
        return try snapshot.version(classID, effective: first)
    }

    /// The version a draft dated `effective` replaces: the one on its date (a correction), else
    /// the one in force before it.
    static func replaced(_ snapshot: PlanSnapshot, _ classID: String, _ effective: PlanDate) throws -> (version: SpecVersion, name: String) {
        if try snapshot.effectiveDates(classID).contains(effective) {
            return (try snapshot.version(classID, effective: effective), "the version effective \(effective.iso) it corrects")
        }
        let replaced = try snapshot.versionInEffect(classID, on: effective).spec
        return (replaced, "the version effective \(replaced.effective.iso) it follows")
    }

    /// The open class-text proposal `number`, its class and date.
    static func classProposal(_ plan: Plan, _ number: ProposalNumber) throws -> (Proposal, String, PlanDate) {
        let proposal = try plan.proposal(number)
        guard proposal.state == .open else { throw ApprovalError.proposalClosed(number: number, state: proposal.state) }
        guard isEditable(proposal), let classID = proposal.classIDs.first, let effective = proposal.effective else {
            throw PlanError.invalidInput("proposal \(number) is a \(proposal.kind.rawValue) proposal; the editor revises the text of one class; revise this one with a file through the API or the command line")
        }
        return (proposal, classID, effective)
    }
}
