import Testing
@testable import ClaspSpec

/// `normalisedWords` reads ASCII text byte by byte and other text by `Character`: both must give
/// the same words. A trailing non-ASCII word sends a text down the `Character` path without
/// changing its other words.
@Suite struct DiffTextTests {
    @Test(arguments: [
        "Maintains the LEDGER, reconciles accounts; prepares 1,000 invoices at 10.5% of $2.50 & more.",
        "Driver's licence (class 4) required.\r\nTwo years' experience, or equivalent #3.",
        "Ends with a separator 1, 2. Then 3.4.5 and ,6 and 7, and .8",
        "Tabs\tand  double  spaces, 'quoted' words and it's",
        "",
    ])
    func asciiTextGivesTheSameWordsAsCharacterReading(text: String) {
        let words = DiffText.normalisedWords(text)
        #expect(DiffText.normalisedWords(text + " Éte") == words + ["éte"])
        #expect(words.allSatisfy { !$0.isEmpty })
    }

    @Test func wordsAreLowerCasedAndKeepNumberSeparators() {
        #expect(DiffText.normalisedWords("Prepares 1,000 Invoices, at 10.5% each.") == ["prepares", "1,000", "invoices", "at", "10.5", "%", "each"])
    }
}
