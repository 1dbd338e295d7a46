import ClaspQueries
import ClaspSpec

/// The structured editor's fields as HTML: the header, every section with its kind, heading,
/// level, paragraphs and items (each removable), nested sections, and the "Add a section"
/// controls. Every button posts the whole form with an `action` (`SpecEditorAction`), so the
/// editor works without JavaScript; `DraftEditorScript` does the simple ones in place.
struct SpecEditorHTML {
    let model: SpecEditorModel

    static let headerLabels: [(name: String, label: String)] = [
        ("title", "Title"), ("code", "Job code"), ("flsa", "FLSA status"), ("band", "Pay band"),
        ("zone", "Pay zone"), ("range", "Pay range"), ("probation", "Probationary period"),
    ]

    func header() -> HTML {
        let fields = Self.headerLabels.map { name, label -> HTML in
            let value = model.header[name] ?? ""
            guard name == "flsa" else {
                return "<label>\(label)<input type=\"text\" name=\"\(name)\" id=\"field-\(name)\" value=\"\(value)\"\(name == "title" ? HTML(" required") : "")></label>"
            }
            let choices = ([""] + FLSAStatus.allCases.map(\.rawValue) + (FLSAStatus(rawValue: value) == nil && !value.isEmpty ? [value] : []))
                .map { choice -> HTML in
                    "<option value=\"\(choice)\"\(choice == value ? HTML(" selected") : "")>\(choice.isEmpty ? "not stated" : choice)</option>"
                }
            return "<label>\(label)<select name=\"flsa\" id=\"field-flsa\">\(choices)</select></label>"
        }
        let attributes = model.attributes.enumerated().map { index, attribute -> HTML in
            """
            <label>\(attribute.name)<input type="hidden" name="attr\(index + 1)-name" value="\(attribute.name)">\
            <input type="text" name="attr\(index + 1)-value" id="attr\(index + 1)-value" value="\(attribute.value)"></label>
            """
        }
        return "<fieldset class=\"header\"><legend>Header</legend>\(fields)\(attributes)</fieldset>"
    }

    /// Every section, keyed by its position (`s0`, `s0_1`, ...).
    func sections() -> HTML {
        "<div id=\"sections\">\(model.sections.enumerated().map { section($1, path: [$0]) })</div>"
    }

    func section(_ block: SpecEditorModel.SectionBlock, path: [Int]) -> HTML {
        let key = SpecEditorModel.key(path)
        let kinds = SectionKind.allCases.map { kind -> HTML in
            "<option value=\"\(kind.rawValue)\"\(kind.rawValue == block.kind ? HTML(" selected") : "")>\(kind.displayName)</option>"
        }
        let name = block.heading.isEmpty ? (SectionKind(rawValue: block.kind)?.displayName ?? block.kind) : block.heading
        let items = block.items.enumerated().map { index, row -> HTML in
            let id = "\(key)-i\(index + 1)"
            return """
                <li class="item" id="\(id)"><input type="hidden" name="\(id)-id" value="\(row.id)">\
                <label class="item-label">Label<input type="text" name="\(id)-label" id="\(id)-label" value="\(row.label)"></label>\
                <label class="item-text">Item \(index + 1)<textarea name="\(id)-text" id="\(id)-text" rows="2">\(row.text)</textarea></label>\
                <label class="item-percent">% of time<input type="text" name="\(id)-percent" id="\(id)-percent" size="4" inputmode="numeric" value="\(row.percent)"></label>\
                <button type="submit" name="action" value="remove-item:\(key):\(index + 1)" formnovalidate class="remove-item" \
                aria-label="Remove item \(index + 1) of \(name)">Remove item</button></li>
                """
        }
        let nested = block.sections.enumerated().map { section($1, path: path + [$0]) }
        return """
            <fieldset class="section" id="\(key)" data-section="\(name)"><legend>\(name)</legend>
            <div class="section-fields"><label>Kind<select name="\(key)-kind" id="\(key)-kind">\(kinds)</select></label>\
            <label>Heading<input type="text" name="\(key)-heading" id="\(key)-heading" value="\(block.heading)"></label>\
            <label>Level (of a series)<input type="text" name="\(key)-level" id="\(key)-level" size="4" value="\(block.level)"></label></div>
            <label>Paragraphs (a blank line between two)<textarea name="\(key)-text" id="\(key)-text" rows="\(block.text.isEmpty ? 1 : 4)">\(block.text)</textarea></label>
            <ol class="items">\(items)</ol>
            <p class="section-actions"><button type="submit" name="action" value="add-item:\(key)" formnovalidate class="add-item" id="\(key)-add-item">Add an item</button> \
            <button type="submit" name="action" value="remove-section:\(key)" formnovalidate class="remove-section" id="\(key)-remove">Remove this section</button></p>
            \(nested)</fieldset>
            """
    }

    /// The controls for a new section: its kind, heading and place.
    func addSection() -> HTML {
        let kinds = SectionKind.allCases.map { kind -> HTML in
            "<option value=\"\(kind.rawValue)\"\(kind == .other ? HTML(" selected") : "")>\(kind.displayName)</option>"
        }
        func places(_ blocks: [SpecEditorModel.SectionBlock], path: [Int], prefix: String) -> [HTML] {
            blocks.enumerated().flatMap { index, block -> [HTML] in
                let name = prefix + (block.heading.isEmpty ? (SectionKind(rawValue: block.kind)?.displayName ?? block.kind) : block.heading)
                return ["<option value=\"\(SpecEditorModel.key(path + [index]))\">inside \(name)</option>"]
                    + places(block.sections, path: path + [index], prefix: name + " › ")
            }
        }
        return """
            <fieldset class="add-section"><legend>Add a section</legend>\
            <label>Kind<select name="new-kind" id="new-kind">\(kinds)</select></label>\
            <label>Heading<input type="text" name="new-heading" id="new-heading"></label>\
            <label>Place<select name="new-place" id="new-place"><option value="end">at the end</option>\(places(model.sections, path: [], prefix: ""))</select></label>\
            <button type="submit" name="action" value="add-section" formnovalidate id="add-section">Add the section</button></fieldset>
            """
    }

    /// The editor's own layout; inline styles are allowed by the pages' policy, scripts are not.
    /// The preview stays in sight at the bottom of the window while the text above is edited.
    static let style: HTML = """
        <style>form.draft fieldset.section{margin:.75rem 0}form.draft .section-fields{display:flex;gap:.75rem;flex-wrap:wrap}\
        form.draft li.item{display:flex;gap:.5rem;align-items:end;margin:.25rem 0}form.draft li.item .item-text{flex:1}\
        form.draft textarea{width:100%;font:inherit}form.draft .item-label input{width:8rem}\
        form.draft .default-action{position:absolute;left:-10000px}form.draft #preview{position:sticky;bottom:0;max-height:40vh;overflow:auto;background:#fff;border-top:2px solid #1f3a5f;padding:0 .5rem}\
        form.draft #preview h2{font-size:1rem;margin:.4rem 0}#preview[aria-busy=true]{opacity:.6}#preview .warning{background:#fff6e0;padding:.5rem}</style>
        """
}
