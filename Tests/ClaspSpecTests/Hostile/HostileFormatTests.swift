import ClaspSpec
import Foundation
import Testing

/// The Markdown, HTML and Word readers fed every case of the hostile corpus: none crashes or
/// hangs, and every refusal is an `ImportError` naming the file.
@Suite struct HostileFormatTests {
    @Test(arguments: HostileCorpus.all)
    func everyFormatRefusesClearlyOrImports(_ input: HostileCorpus.Case) {
        for format in [SpecFormat.markdown, .html] {
            let file = "\(input.name).\(format.rawValue)"
            HostileInputTests.timed("\(format) on \(input.name)") {
                do { _ = try SpecImporter().importSpec(Data(input.bytes), file: file, format: format) } catch {
                    HostileInputTests.expectClear(error, file: file, input.name)
                }
            }
        }
        let file = "\(input.name).docx"
        HostileInputTests.timed("docx on \(input.name)") {
            do { _ = try SpecImporter().importDocx(documentXML: input.text, file: file, effective: PlanDate(year: 2020, month: 1, day: 1)) } catch {
                HostileInputTests.expectClear(error, file: file, input.name)
            }
        }
    }
}
