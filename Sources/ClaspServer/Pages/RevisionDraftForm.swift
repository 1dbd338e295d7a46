import ClaspPlan
import ClaspQueries
import ClaspSpec

/// The page on which an analyst drafts a revision of a class in the browser, without YAML:
/// the header fields, up to three "replace this wording with that" pairs and a new item for
/// any section, applied to the version in force on the effective date. "Preview" shows the
/// semantic diff against the version it would replace and keeps what was typed; "Open the
/// proposal" opens it. Plain HTML forms: no JavaScript needed.
struct RevisionDraftForm {
    let planID: String
    let classID: String
    let csrf: String?
    /// The version the draft starts from (in force on the effective date).
    let base: SpecVersion
    var values: [String: String] = [:]
    var error: String? = nil
    /// The semantic diff of the draft, after "Preview".
    var preview: SpecChangeSet? = nil

    static let fields: [(name: String, label: String)] = [
        ("title", "Title"), ("code", "Job code"), ("flsa", "FLSA status (exempt or non-exempt)"), ("band", "Pay band"),
        ("zone", "Pay zone"), ("range", "Pay range"), ("probation", "Probationary period"),
    ]
    static let replacements = 3

    /// The current value of a header field of `version`, as the form shows it.
    static func value(_ field: String, of version: SpecVersion) -> String {
        switch field {
        case "title": return version.title
        case "code": return version.code ?? ""
        case "flsa": return version.flsa?.rawValue ?? ""
        case "band": return version.pay?.band ?? ""
        case "zone": return version.pay?.zone ?? ""
        case "range": return version.pay?.range ?? ""
        case "probation": return version.probation ?? ""
        default: return ""
        }
    }

    /// The draft the submitted values describe: the base with every changed field set, each
    /// replacement made and the new item added, dated `effective`.
    ///
    /// - Throws: `PlanError.invalidInput` for a missing date or reason, `SpecEditError`'s
    ///   sentence for an edit that finds nothing to change.
    static func draft(_ values: [String: String], base: SpecVersion) throws -> (version: SpecVersion, reason: String) {
        guard let text = values["effective"], let effective = PlanDate(iso: text) else {
            throw PlanError.invalidInput("give the effective date (YYYY-MM-DD)")
        }
        let reason = (values["reason"] ?? "").trimmingWhitespace
        guard !reason.isEmpty else { throw PlanError.invalidInput("give the reason for the change") }
        var version = base
        version.effective = effective
        var edits: [SpecQuickEdit] = fields.compactMap { field in
            let typed = (values[field.name] ?? value(field.name, of: base)).trimmingWhitespace
            return typed == value(field.name, of: base) ? nil : .set(field: field.name, value: typed)
        }
        for index in 1...replacements {
            let old = values["replace-old-\(index)"] ?? ""
            guard !old.isEmpty else { continue }
            edits.append(.replaceText(old: old, new: values["replace-new-\(index)"] ?? ""))
        }
        if let item = values["add-text"], !item.trimmingWhitespace.isEmpty {
            edits.append(.addItem(section: values["add-section"] ?? "", text: item))
        }
        do {
            for edit in edits { try edit.apply(to: &version) }
        } catch let error as SpecEditError {
            throw PlanError.invalidInput(error.description)
        }
        return (version, reason)
    }

    func body() -> HTML {
        func field(_ name: String) -> String { values[name] ?? Self.value(name, of: base) }
        let errorHTML: HTML = error.map { "<p class=\"error\" id=\"form-error\" role=\"alert\">\($0)</p>" } ?? ""
        let previewHTML: HTML = preview.map {
            "<section class=\"change\" id=\"preview\"><h2>Preview: what this proposal changes</h2>\(HTML(trusted: SpecDiffRenderer.html($0)))</section>"
        } ?? ""
        let headerFields = Self.fields.map { name, label -> HTML in
            "<label>\(label)<input type=\"text\" name=\"\(name)\" id=\"field-\(name)\" value=\"\(field(name))\"></label>"
        }.joined()
        let replacements = (1...Self.replacements).map { index -> HTML in
            """
            <div class="replace"><label>Replace this wording<textarea name="replace-old-\(index)" id="replace-old-\(index)" rows="2">\(values["replace-old-\(index)"] ?? "")</textarea></label>\
            <label>with<textarea name="replace-new-\(index)" id="replace-new-\(index)" rows="2">\(values["replace-new-\(index)"] ?? "")</textarea></label></div>
            """
        }.joined()
        let paths = SpecQuickEdit.sectionPaths(base)
        // New items are most often duties: that section is offered first unless one was chosen.
        let chosen = values["add-section"] ?? paths.first { $0.kind == .duties }?.path
        let sections = paths.map { path, _ -> HTML in
            "<option\(chosen == path ? HTML(" selected") : "")>\(path)</option>"
        }.joined()
        return """
            <p class="meta">Starting from the version of <code>\(classID)</code> in force on the effective date (effective \
            \(base.effective.iso)). A date with no version of its own makes a new version; the date of an existing version corrects it.</p>
            \(errorHTML)\(previewHTML)
            <form class="draft" method="post" action="/plans/\(planID)/classes/\(classID)/draft">
            <input type="hidden" name="csrf" value="\(csrf ?? "")">
            <label>Effective date<input type="date" name="effective" id="effective" required value="\(values["effective"] ?? base.effective.iso)"></label>
            <fieldset><legend>Header</legend>\(headerFields)</fieldset>
            <fieldset><legend>Wording</legend>\(replacements)</fieldset>
            <fieldset><legend>Add an item</legend><label>To the section<select name="add-section" id="add-section">\(sections)</select></label>\
            <label>Item<textarea name="add-text" id="add-text" rows="2">\(values["add-text"] ?? "")</textarea></label></fieldset>
            <label>Reason<textarea name="reason" id="reason" rows="3" required>\(values["reason"] ?? "")</textarea></label>
            <p><button type="submit" name="action" value="preview" id="preview-draft">Preview the changes</button> \
            <button type="submit" name="action" value="open" id="open-draft">Open the proposal</button></p>
            </form>
            """
    }
}
