public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Sends each notice as plain-text e-mail over SMTP, one message per recipient, to a relay the
/// agency runs (`clasp serve --smtp smtp://relay:25 --mail-from clasp@agency.gov`). No
/// authentication or TLS: the relay is expected on a trusted network, as mail relays for
/// internal systems usually are.
public struct SMTPTransport: NoticeTransport {
    public let host: String
    public let port: UInt16
    public let from: String
    /// The server's address as people reach it, for the links in messages ("https://clasp.city.gov").
    public let siteURL: String

    public init(host: String, port: UInt16, from: String, siteURL: String) {
        self.host = host; self.port = port; self.from = from; self.siteURL = siteURL
    }

    /// `smtp://host[:port]` (port 25 by default).
    public init?(url: String, from: String, siteURL: String) {
        guard let components = URLComponents(string: url), components.scheme == "smtp", let host = components.host, !host.isEmpty else { return nil }
        self.init(host: host, port: UInt16(components.port ?? 25), from: from, siteURL: siteURL)
    }

    public func deliver(_ notice: ProposalNotice) async throws {
        for recipient in notice.recipients {
            let message = Self.message(notice, to: recipient, from: from, siteURL: siteURL)
            try await Task.detached { try self.send(message, to: recipient.email) }.value
        }
    }

    /// The message text (headers and body, CRLF line ends, dot-stuffed).
    static func message(_ notice: ProposalNotice, to recipient: ProposalNotice.Recipient, from: String, siteURL: String) -> String {
        let subject: String
        switch notice.event {
        case .stageOpened: subject = "Your vote is awaited: proposal \(notice.proposal), \(notice.summary)"
        case .revised: subject = "Proposal \(notice.proposal) was revised: \(notice.summary)"
        case .rejected: subject = "Proposal \(notice.proposal) was rejected at stage \(notice.stage ?? "")"
        case .adopted: subject = "Proposal \(notice.proposal) was adopted: \(notice.summary)"
        case .withdrawn: subject = "Proposal \(notice.proposal) was withdrawn"
        case .stale: subject = "Proposal \(notice.proposal) needs a rebase"
        case .dueSoon: subject = "Reminder: your vote on proposal \(notice.proposal) is due \(notice.due ?? "soon")"
        case .overdue: subject = "Overdue: your vote on proposal \(notice.proposal) was due \(notice.due ?? "")"
        }
        return envelope(subject: subject, to: recipient, from: from, body: [sentence(notice), "", siteURL + notice.link, ""])
    }

    /// What happened, in one sentence (with the due date when the stage has one).
    static func sentence(_ notice: ProposalNotice) -> String {
        let what = "proposal \(notice.proposal) (\(notice.summary))"
        let due = notice.due.map { " Your vote is due by \($0)." } ?? ""
        switch notice.event {
        case .stageOpened: return "Stage '\(notice.stage ?? "")' of \(what) is open for your vote.\(due)"
        case .revised: return "Proposal \(notice.proposal) (\(notice.summary)) was revised; votes on the earlier text may no longer count."
        case .rejected: return "Stage '\(notice.stage ?? "")' rejected \(what)."
        case .adopted: return "Proposal \(notice.proposal) (\(notice.summary)) was adopted."
        case .withdrawn: return "Proposal \(notice.proposal) (\(notice.summary)) was withdrawn."
        case .stale: return "Main has adopted a change under \(what); rebase it before it can be adopted."
        case .dueSoon: return "Stage '\(notice.stage ?? "")' of \(what) still awaits your vote, due \(notice.due ?? "soon")."
        case .overdue: return "Stage '\(notice.stage ?? "")' of \(what) still awaits your vote; it was due \(notice.due ?? "") and is overdue."
        }
    }

    /// Headers and a greeting around `body`, with CRLF line ends and leading dots doubled.
    static func envelope(subject: String, to recipient: ProposalNotice.Recipient, from: String, body: [String]) -> String {
        let lines = [
            "From: Clasp <\(from)>", "To: \(recipient.name) <\(recipient.email)>", "Subject: \(subject)",
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
            "Dear \(recipient.name),", "",
        ] + body
        return lines.map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n")
    }

    /// Sends one person's daily digest.
    func deliver(_ digest: DailyDigest, day: String, now: Date, since: Date) async throws {
        let message = digest.message(day: day, from: from, siteURL: siteURL, now: now, since: since)
        let address = digest.recipient.email
        try await Task.detached { try self.send(message, to: address) }.value
    }

    /// One SMTP conversation: greeting, EHLO, MAIL FROM, RCPT TO, DATA, QUIT; any reply out of
    /// the expected class is an error naming what the relay said.
    func send(_ message: String, to address: String) throws {
        let connection = try SMTPConnection(host: host, port: port)
        defer { connection.close() }
        try connection.expect(2)
        try connection.command("EHLO clasp", expect: 2)
        try connection.command("MAIL FROM:<\(from)>", expect: 2)
        try connection.command("RCPT TO:<\(address)>", expect: 2)
        try connection.command("DATA", expect: 3)
        try connection.command(message + "\r\n.", expect: 2)
        try connection.command("QUIT", expect: 2)
    }
}

/// A blocking TCP connection speaking SMTP's line protocol.
final class SMTPConnection {
    private let socket: Int32
    private var buffer: [UInt8] = []

    init(host: String, port: UInt16) throws {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &result) == 0, let info = result else {
            throw WebhookFailure(description: "cannot resolve the mail relay \(host)")
        }
        defer { freeaddrinfo(result) }
        socket = Glibc.socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard socket >= 0, connect(socket, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 else {
            if socket >= 0 { Glibc.close(socket) }
            throw WebhookFailure(description: "cannot connect to the mail relay \(host):\(port)")
        }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    func close() { Glibc.close(socket) }

    func command(_ line: String, expect kind: Int) throws {
        let bytes = Array((line + "\r\n").utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw WebhookFailure(description: "the mail relay closed the connection") }
            sent += n
        }
        try expect(kind)
    }

    /// Reads one reply (its last line has a space after the code) and checks its first digit.
    func expect(_ kind: Int) throws {
        while true {
            let line = try readLine()
            guard line.count >= 3, let code = Int(line.prefix(3)) else { throw WebhookFailure(description: "the mail relay said '\(line)'") }
            if line.count > 3, line[line.index(line.startIndex, offsetBy: 3)] == "-" { continue }
            guard code / 100 == kind else { throw WebhookFailure(description: "the mail relay refused: \(line)") }
            return
        }
    }

    private func readLine() throws -> String {
        while true {
            if let end = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<end], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                buffer.removeSubrange(...end)
                return line
            }
            var chunk = [UInt8](repeating: 0, count: 1024)
            let n = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw WebhookFailure(description: "the mail relay did not answer") }
            buffer += chunk[..<n]
        }
    }
}
