import ClaspSpec
import Crypto
import Foundation
import ZIPFoundation

/// Reading one spec file of any format for `clasp import`: text, Markdown and HTML through
/// `SpecImporter`, Word by unpacking `word/document.xml`, PDF through `pdftotext -layout`
/// (poppler-utils), whose text then takes the plain-text path.
enum SpecFileReader {
    /// Largest `word/document.xml` unpacked; a larger one is a ZIP bomb or not a spec.
    static let maximumDocumentXML = 64 << 20

    /// Imports `data`, read from `path`.
    static func importSpec(_ data: Data, path: String, effective: PlanDate?) throws -> ImportedSpec {
        let name = URL(fileURLWithPath: path).lastPathComponent
        if let kind = SpecFormat.unreadable(name: name, bytes: data.prefix(8)) {
            throw CommandFailure("\(path) is \(kind), which Clasp does not read; save it as Word (.docx), PDF, HTML, Markdown or plain text and import that")
        }
        var imported: ImportedSpec
        switch SpecFormat.detect(name: name, bytes: data.prefix(2048)) {
        case .docx:
            imported = try SpecImporter().importDocx(documentXML: try documentXML(of: path), file: path, effective: effective)
        case .pdf:
            imported = try PlainTextImporter().importSpec(try pdfText(of: path), file: path, effective: effective)
        case let format:
            imported = try SpecImporter().importSpec(data, file: path, format: format, effective: effective)
        }
        return imported
    }

    /// The file's SHA-256 (hex), which the import commit records as `Source-SHA256:` so a stored
    /// text can be traced to the exact file it came from without putting it in the spec.
    static func digest(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// The text of `word/document.xml` inside a .docx file.
    static func documentXML(of path: String) throws -> String {
        let archive: Archive
        do {
            archive = try Archive(url: Console.current.fileURL(path), accessMode: .read)
        } catch {
            throw CommandFailure("\(path): not a readable Word (.docx) file: \(error)")
        }
        guard let entry = archive["word/document.xml"] else {
            throw CommandFailure("\(path): not a Word document: it has no word/document.xml")
        }
        guard entry.uncompressedSize <= UInt64(maximumDocumentXML) else {
            throw CommandFailure("\(path): word/document.xml is \(entry.uncompressedSize) bytes unpacked; a spec is far smaller")
        }
        var xml = Data()
        _ = try archive.extract(entry, skipCRC32: false) { xml.append($0) }
        guard let text = String(data: xml, encoding: .utf8) else {
            throw CommandFailure("\(path): word/document.xml is not UTF-8")
        }
        return text
    }

    /// The text `pdftotext -layout` extracts, page breaks kept as form feeds.
    static func pdfText(of path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-layout", "-enc", "UTF-8", Console.current.path(path), "-"]
        process.environment = Console.current.environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            throw CommandFailure("\(path): cannot run pdftotext to read the PDF (install poppler-utils: make deps)")
        }
        let text = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            if process.terminationStatus == 127 {
                throw CommandFailure("\(path): pdftotext is not installed; install poppler-utils (make deps) to import PDFs")
            }
            throw CommandFailure("\(path): pdftotext could not read the PDF: \(String(decoding: message, as: UTF8.self).trimmingWhitespace)")
        }
        return String(decoding: text, as: UTF8.self)
    }
}
