import ClaspSpec

/// The publication as a standalone HTML document (screen and print) and as Markdown.
extension SpecPublication {
    /// - Parameter navigation: links shown under the document (the public site's versions).
    public func html(navigation: HTML? = nil) -> String {
        let levels: HTML = version.levels.isEmpty ? "" : "<p class=\"levels\">\(version.levels.map { "\($0.title)" }.joined(separator: " · "))</p>"
        let facts = self.facts.map { name, value -> HTML in "<div><dt>\(name)</dt><dd>\(value)</dd></div>" }.joined()
        let body: HTML = version.textOnFile ? version.sections.map { SpecHTML.section($0, badges: false) }.joined()
            : "<p>The text of this version is not on file; only its title and effective date are known.</p>"
        let adoptionHTML: HTML = adoption.map { "<p class=\"adoption\">\($0)</p>" } ?? ""
        let document: HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
            <title>\(version.title) · \(agency)</title>
            <style>\(Self.stylesheet)</style></head>
            <body><main class="publication" data-class="\(classID)">
            <header><p class="agency">\(agency)</p><p class="caption">Class Specification</p><h1>\(version.title)</h1>\(levels)
            <dl class="facts">\(facts)</dl></header>
            \(body)
            <footer><p class="revisions" id="revisions">\(revisions.isEmpty ? "" : "Revised " + revisions.joined(separator: ", "))</p>\
            <p class="effective">Effective \(version.effective.iso)</p>\(adoptionHTML)</footer>
            \(navigation.map { "<nav class=\"versions\">\($0)</nav>" } ?? "")
            </main></body></html>
            """
        return document.rendered + "\n"
    }

    public func markdown() -> String {
        var lines = ["**\(agency)** — Class Specification", "", "# \(version.title)", ""]
        if !version.levels.isEmpty { lines += [version.levels.map(\.title).joined(separator: " · "), ""] }
        lines += facts.map { "- **\($0.0):** \($0.1)" }
        if !facts.isEmpty { lines.append("") }
        var text = version
        text.code = nil; text.flsa = nil; text.pay = nil; text.probation = nil; text.attributes = []; text.levels = []
        let rendered = SpecVersionRenderer.markdown(text).split(separator: "\n", omittingEmptySubsequences: false)
        // The renderer's own title and header lines are replaced by the publication's.
        lines += version.textOnFile ? rendered.drop { !$0.hasPrefix("## ") }.map(String.init)
            : ["*The text of this version is not on file; only its title and effective date are known.*"]
        while lines.last?.isEmpty == true { lines.removeLast() }
        lines += ["", "---", ""]
        if !revisions.isEmpty { lines.append("Revised " + revisions.joined(separator: ", ")) }
        lines.append("Effective \(version.effective.iso)")
        if let adoption { lines.append(adoption) }
        return lines.joined(separator: "\n") + "\n"
    }

    public static let stylesheet = HTML(trusted: """
        body{font-family:Georgia,"Times New Roman",serif;color:#111;margin:0}main{max-width:46rem;margin:2rem auto;padding:0 1.5rem}
        header{border-bottom:2px solid #111;margin-bottom:1rem}.agency{font-weight:bold;letter-spacing:.03em;margin:0}
        .caption{margin:.25rem 0;font-size:.9rem;color:#444}h1{margin:.25rem 0 .5rem;font-size:1.6rem}.levels{margin:0 0 .5rem}
        dl.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.25rem 1rem;margin:.5rem 0 1rem}
        dl.facts dt{font-weight:bold;font-size:.85rem}dl.facts dd{margin:0}h2{font-size:1.1rem;border-bottom:1px solid #999;margin-top:1.25rem}
        h3,h4{font-size:1rem}footer{border-top:1px solid #111;margin-top:2rem;padding-top:.5rem;font-size:.9rem}
        .meta,.status{color:#444;font-size:.85rem}ins{background:#d9f7d9}del{background:#fadada}
        @media print{main{margin:0;max-width:none}a{color:inherit;text-decoration:none}h2{break-after:avoid}}
        """)
}
