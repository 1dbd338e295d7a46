import Foundation
@testable import ClaspSpec

/// What the corpus tests count: the visible words of a source file (markup, page chrome and page
/// furniture removed by independent, simpler rules than the importer's) and what a version stores.
enum CorpusFigures {
    static func kinds(of sections: [Section]) -> [SectionKind] {
        sections.flatMap { [$0.kind] + kinds(of: $0.sections) }
    }

    static func sections(of sections: [Section]) -> [Section] {
        sections.flatMap { [$0] + self.sections(of: $0.sections) }
    }

    static func storedTexts(_ version: SpecVersion) -> [String] {
        var texts = [version.title, version.code, version.probation, version.pay?.band, version.pay?.range, version.pay?.zone]
            .compactMap { $0 }
        texts += version.attributes.flatMap { [$0.name, $0.value] }
        func walk(_ section: Section) {
            texts += [section.heading].compactMap { $0 } + section.text
            texts += section.items.flatMap { [$0.label, $0.text].compactMap { $0 } }
            section.sections.forEach(walk)
        }
        version.sections.forEach(walk)
        return texts
    }

    static func visibleText(_ source: String, file: String) -> String {
        var text = source
        if file.hasSuffix(".xml") {
            // Word shows only its w:t runs; field codes and deleted text are not text.
            let runs = try? NSRegularExpression(pattern: "<w:t(?: [^>]*)?>([^<]*)</w:t>")
            let range = NSRange(text.startIndex..., in: text)
            text = (runs?.matches(in: text, range: range) ?? []).compactMap { Range($0.range(at: 1), in: source).map { String(source[$0]) } }
                .joined(separator: " ")
        }
        if file.hasSuffix(".html") {
            for pattern in ["<head[\\s\\S]*?</head>", "<script[\\s\\S]*?</script>", "<style[\\s\\S]*?</style>", "<!--[\\s\\S]*?-->",
                            "<nav[\\s\\S]*?</nav>", "<header[\\s\\S]*?</header>", "<footer[\\s\\S]*?</footer>",
                            "<div[^>]*hidden[^>]*>[\\s\\S]*?</div>", "<[^>]+>", "&[#A-Za-z0-9]+;"] {
                text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
            }
        }
        if file.hasSuffix(".md") {
            // List numbering is presentation: a renumbered list is the same text.
            text = text.replacingOccurrences(of: "(?m)^\\s*\\d+[.)]\\s", with: " ", options: .regularExpression)
        }
        for pattern in ["(?m)^\\s*Page \\d+ of \\d+\\s*$", "(?m)^.*\\.{5,}.*$"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text
    }
}
