import ClaspPlan
import ClaspQueries
import ClaspSpec

/// The page on which an analyst drafts a class's text in the browser, without YAML: a new
/// version or correction of a class, a revision of an open proposal, or a new class copied from
/// an existing one. The structured editor (`SpecEditorHTML`) holds the header and every section;
/// the effective date and the reason go with it; "Preview" shows the semantic diff against the
/// version the draft replaces and keeps what was typed. Plain HTML forms: with JavaScript
/// (`DraftEditorScript`) the preview follows the typing and rows are added and removed in place.
struct SpecDraftForm {
    let planID: String
    let csrf: String?
    /// Where the form posts; the live preview posts to `<action>/preview`.
    let action: String
    /// What the draft starts from and what its preview compares against.
    let intro: HTML
    var model: SpecEditorModel
    /// Effective date, reason and (establishing) the new class id, as typed.
    var values: [String: String] = [:]
    /// A revision of a proposal keeps the proposal's date: it replaces the proposal's one file.
    var fixedDate: PlanDate? = nil
    /// Establishing a new class asks for its id.
    var asksForClassID = false
    var submitLabel = "Open the proposal"
    var error: String? = nil
    /// The preview fragment (`fragment(_:against:)`), after "Preview".
    var preview: HTML? = nil

    /// The semantic diff as the preview region shows it, saying what it compares against.
    static func fragment(_ changes: SpecChangeSet, against: String) -> HTML {
        "<p class=\"meta\">Compared with \(against).</p>\(HTML(trusted: SpecDiffRenderer.html(changes)))"
    }

    /// Why there is no preview yet: the sentence of the error that stops the draft.
    static func problem(_ message: String) -> HTML {
        "<p class=\"warning\" id=\"preview-problem\">No preview yet: \(message)</p>"
    }

    func body() -> HTML {
        let editor = SpecEditorHTML(model: model)
        let errorHTML: HTML = error.map { "<p class=\"error\" id=\"form-error\" role=\"alert\">\($0)</p>" } ?? ""
        let classID: HTML = !asksForClassID ? "" : """
            <label>New class id (lowercase words joined by hyphens)<input type="text" name="new-id" id="new-id" required \
            pattern="[a-z0-9]+(-[a-z0-9]+)*" value="\(values["new-id"] ?? "")"></label>
            """
        let date: HTML = fixedDate.map { "<p class=\"meta\">Effective <strong id=\"effective\">\($0.iso)</strong>, the proposal's date.</p>" }
            ?? "<label>Effective date<input type=\"date\" name=\"effective\" id=\"effective\" required value=\"\(values["effective"] ?? "")\"></label>"
        let placeholder: HTML = "<p class=\"meta\">The changes appear here as you type, or when you press “Preview the changes”.</p>"
        return """
            \(SpecEditorHTML.style)
            <p class="meta">\(intro)</p>
            \(errorHTML)
            <form class="draft" method="post" action="\(action)" data-preview="\(action)/preview">
            <button type="submit" name="action" value="preview" formnovalidate class="default-action" tabindex="-1" aria-hidden="true">Preview</button>
            <input type="hidden" name="csrf" value="\(csrf ?? "")">
            \(classID)\(date)
            \(editor.header())
            <h2 id="text">Text</h2>
            \(editor.sections())
            \(editor.addSection())
            <label>Reason<textarea name="reason" id="reason" rows="3" required>\(values["reason"] ?? "")</textarea></label>
            <section class="change" id="preview" aria-live="polite"><h2>Preview: what this proposal changes</h2>\
            <div id="preview-diff">\(preview ?? placeholder)</div></section>
            <p><button type="submit" name="action" value="preview" formnovalidate id="preview-draft">Preview the changes</button> \
            <button type="submit" name="action" value="open" id="open-draft">\(submitLabel)</button></p>
            </form>
            <script src="/plans/\(planID)/draft-editor.js" defer></script>
            """
    }
}
