import ClaspPlan
import ClaspQueries
import ClaspSpec

/// The form that opens a lineage proposal in the pages: a retitle, merge, split, abolition or
/// reinstatement with its effective date and reason, and the successor's text when the change
/// makes a new class. Plain HTML: it works without JavaScript. After a refusal it is shown
/// again with the library's sentence and what the person typed.
struct LineageProposalForm {
    let planID: String
    let csrf: String?
    /// The submitted (or prefilled) values, by field name.
    var values: [String: String] = [:]
    var error: String? = nil

    static let changes: [(ChangeKind, String)] = [
        (.retitle, "Retitle: the class takes a new title"),
        (.merge, "Merge: the classes listed become one class"),
        (.split, "Split: the class is divided among new or existing classes"),
        (.abolish, "Abolish: the class ends"),
        (.reinstate, "Reinstate: an abolished class comes back"),
    ]

    func body() -> HTML {
        let chosen = values["change"] ?? ChangeKind.retitle.rawValue
        let options = Self.changes.map { kind, label -> HTML in
            let selected: HTML = kind.rawValue == chosen ? " checked" : ""
            return "<label class=\"choice\"><input type=\"radio\" name=\"change\" value=\"\(kind.rawValue)\"\(selected)>\(label)</label>"
        }.joined()
        let errorHTML: HTML = error.map { "<p class=\"error\" id=\"form-error\" role=\"alert\">\($0)</p>" } ?? ""
        func field(_ name: String) -> String { values[name] ?? "" }
        return """
            <p class="meta">A lineage change is a proposal like any other: the workflow routes it (to the stages that \
            list <em>lineage</em>), the votes bind to it, and adoption writes the classes' lineage records and any new \
            version in one commit.</p>
            \(errorHTML)
            <form class="lineage-proposal" method="post" action="/plans/\(planID)/lineage/propose">
            <input type="hidden" name="csrf" value="\(csrf ?? "")">
            <fieldset><legend>Change</legend>\(options)</fieldset>
            <label>Class ids (the class to retitle, split, abolish or reinstate; the classes to merge, comma-separated)\
            <input type="text" name="classes" id="classes" required value="\(field("classes"))"></label>
            <label>Into (a merge's one class, or a split's classes, comma-separated; new or existing ids)\
            <input type="text" name="into" id="into" value="\(field("into"))"></label>
            <label>New title (retitle)<input type="text" name="title" id="title" value="\(field("title"))"></label>
            <label>New class id (retitle into a new class folder; leave empty to keep the id)\
            <input type="text" name="new-id" id="new-id" value="\(field("new-id"))"></label>
            <label>Effective date<input type="date" name="effective" id="effective" required value="\(field("effective"))"></label>
            <label>Reason<textarea name="reason" id="reason" rows="3" required>\(field("reason"))</textarea></label>
            <label>Text of each new class on that date, as Clasp YAML (several separated by a line '---', in the order of \
            Into); optional for a retitle, which keeps the text in force\
            <textarea name="specs" id="specs" rows="8">\(field("specs"))</textarea></label>
            <p><button type="submit" id="open-lineage-proposal">Open the proposal</button></p>
            </form>
            """
    }

    /// The change, its date and the successors' versions from the submitted values.
    ///
    /// - Throws: `PlanError.invalidInput` naming the field that is missing or wrong.
    static func draft(_ values: [String: String], plan: Plan) throws -> ProposalDraft {
        func ids(_ name: String) -> [String] {
            (values[name] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        guard let kind = values["change"].flatMap(ChangeKind.init(rawValue:)) else {
            throw PlanError.invalidInput("choose the change: retitle, merge, split, abolish or reinstate")
        }
        guard let text = values["effective"], let effective = PlanDate(iso: text) else {
            throw PlanError.invalidInput("give the effective date (YYYY-MM-DD)")
        }
        let reason = (values["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw PlanError.invalidInput("give the reason for the change") }
        let change = try LineageChange(kind: kind, classes: ids("classes"), into: ids("into"), title: values["title"], newID: values["new-id"])
        let documents = (values["specs"] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n---\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard documents.count <= change.successors.count else {
            throw PlanError.invalidInput("\(documents.count) texts given, but this change makes \(change.successors.count) class(es): \(change.successors.joined(separator: ", "))")
        }
        var specs: [String: SpecVersion] = [:]
        for (id, document) in zip(change.successors, documents) {
            do {
                specs[id] = try SpecVersionCodec.decode(document + "\n", file: "text for \(id)")
            } catch let error as SpecFormatError {
                throw PlanError.invalidInput(error.description)
            }
        }
        return try plan.lineageDraft(change, effective: effective, specs: specs, reason: reason)
    }
}
