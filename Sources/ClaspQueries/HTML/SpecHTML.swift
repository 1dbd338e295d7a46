public import ClaspSpec

/// A spec version as an HTML fragment: header fields, then each section in document order.
/// Every piece of text goes through `HTML` interpolation, so it is escaped.
public enum SpecHTML {
    public static func render(_ spec: SpecVersion) -> HTML {
        var facts: [HTML] = []
        func fact(_ name: String, _ value: String?) {
            if let value, !value.isEmpty { facts.append("<dt>\(name)</dt><dd>\(value)</dd>") }
        }
        fact("Effective", spec.effective.iso)
        fact("Code", spec.code)
        fact("FLSA", spec.flsa?.rawValue)
        if let pay = spec.pay {
            fact("Pay", [pay.band.map { "band \($0)" }, pay.zone.map { "zone \($0)" }, pay.range.map { "range \($0)" }]
                .compactMap { $0 }.joined(separator: ", "))
        }
        fact("Probation", spec.probation)
        if !spec.levels.isEmpty { fact("Levels", spec.levels.map { "\($0.level): \($0.title)" }.joined(separator: "; ")) }
        for attribute in spec.attributes { fact(attribute.name, attribute.value) }
        let body: HTML = spec.textOnFile
            ? spec.sections.map { section($0) }.joined()
            : "<p class=\"notice\">The text of this version is not on file; only its title and effective date are known.</p>"
        return """
            <article class="spec" data-effective="\(spec.effective.iso)">
            <p class="spec-title"><strong>\(spec.title)</strong></p>
            <dl class="facts">\(facts)</dl>
            \(body)
            </article>
            """
    }

    /// One section and its subsections. `badges` marks each section's series level, which the
    /// pages show and a publication leaves to the headings.
    public static func section(_ section: Section, badges: Bool = true) -> HTML {
        let heading = section.heading ?? section.kind.displayName
        let level: HTML = badges ? section.level.map { " <span class=\"status\">level \($0)</span>" } ?? "" : ""
        let paragraphs = section.text.map { paragraph -> HTML in "<p>\(paragraph)</p>" }
        let items: HTML = section.items.isEmpty ? "" : """
            <ul>\(section.items.map { item -> HTML in
                let label: HTML = item.label.map { "<strong>\($0)</strong> " } ?? ""
                let percent: HTML = item.percent.map { " <span class=\"meta\">(\($0)%)</span>" } ?? ""
                return "<li>\(label)\(item.text)\(percent)</li>"
            })</ul>
            """
        return """
            <section data-kind="\(section.kind.rawValue)"><h2>\(heading)\(level)</h2>\(paragraphs)\(items)\(section.sections.map { SpecHTML.section($0, badges: badges) })</section>

            """
    }
}
