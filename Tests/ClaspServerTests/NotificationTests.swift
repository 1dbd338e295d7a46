import ClaspPlan
import ClaspServer
import ClaspTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// What awaits people: the notifier reads the proposals' state and tells each person who can
/// act, and the webhook carries it signed.
@Suite struct NotificationTests {
    actor Recorder: NoticeTransport {
        var notices: [ProposalNotice] = []
        func deliver(_ notice: ProposalNotice) async throws { notices.append(notice) }
        func take() -> [ProposalNotice] { defer { notices = [] }; return notices }
    }

    static let api = "/api/v1/plans/roseville"

    /// Starts a Python peer (receiver or sink) that prints the port it listens on, then records
    /// what it receives into `file`.
    static func pythonPeer(_ script: String, writingTo file: String) throws -> (Process, Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, file]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let port = Int(line) else { process.terminate(); throw CocoaError(.fileReadCorruptFile) }
        return (process, port)
    }

    @Test func eachStageThatOpensIsToldToThoseWhoCanVoteAndTheEndToTheAuthor() async throws {
        let fixture = try ServerFixture()
        let recorder = Recorder()
        let notifier = try ProposalNotifier(hosting: fixture.services.hosting, transport: recorder)
        #expect(await notifier.poll().isEmpty, "the first poll only learns the state")
        try await fixture.application.test(.router) { client in
            _ = try await fixture.openRevisionDraftedFrom2019(client, effective: "2027-01-01")
            await notifier.poll()
            let opened = await recorder.take()
            #expect(opened.map(\.event) == [.stageOpened] && opened.first?.stage == "analyst-review", "\(opened)")
            #expect(opened.first?.recipients.map(\.id) == ["bchen"], "the author is not asked to approve their own proposal")
            #expect(opened.first?.link == "/plans/roseville/proposals/3")

            let vote = try await client.apiPost("\(Self.api)/proposals/3/votes", token: try fixture.member("bchen"), json: #"{"decision":"approve"}"#)
            #expect(vote.status == .ok)
            await notifier.poll()
            let committee = await recorder.take()
            #expect(committee.map(\.stage) == ["committee"], "\(committee)")
            #expect(Set(committee.first?.recipients.map(\.id) ?? []) == ["cmorgan", "dpatel", "ejohnson"])
            #expect(committee.first?.recipients.first { $0.id == "cmorgan" }?.email.contains("@") == true)

            for person in ["cmorgan", "dpatel"] {
                _ = try await client.apiPost("\(Self.api)/proposals/2/votes", token: try fixture.member(person), json: #"{"decision":"approve"}"#)
            }
            #expect(try await client.apiPost("\(Self.api)/proposals/2/adopt", token: try fixture.member("admin")).status == .ok)
            await notifier.poll()
            let after = await recorder.take()
            #expect(after.contains { $0.event == .adopted && $0.proposal == 2 && $0.recipients.map(\.id) == ["bchen"] }, "\(after)")
            #expect(after.contains { $0.event == .stale && $0.proposal == 3 && $0.recipients.map(\.id) == ["aortiz"] }, "\(after)")
            await notifier.poll()
            #expect(await recorder.take().isEmpty, "nothing is told twice")
        }
    }

    /// A real HTTP receiver on 127.0.0.1 (Python's http.server) checks the signature with the
    /// shared secret by its own HMAC, as a chat tool would.
    @Test func theWebhookPostsJSONSignedWithTheSharedSecret() async throws {
        let directory = try TemporaryDirectory("clasp-webhook")
        let received = directory.path("received.json")
        let script = try directory.write("receiver.py", """
            import hashlib, hmac, http.server, json, sys
            class Handler(http.server.BaseHTTPRequestHandler):
                def do_POST(self):
                    body = self.rfile.read(int(self.headers["Content-Length"]))
                    expected = "sha256=" + hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
                    with open(sys.argv[1], "w") as f:
                        json.dump({"valid": hmac.compare_digest(expected, self.headers["X-Clasp-Signature"]),
                                   "event": self.headers["X-Clasp-Event"], "body": json.loads(body)}, f)
                    self.send_response(204); self.end_headers()
                def log_message(self, *args): pass
            server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
            print(server.server_address[1], flush=True)
            server.handle_request()
            """)
        let (process, port) = try Self.pythonPeer(script, writingTo: received)
        defer { if process.isRunning { process.terminate() } }
        let notice = ProposalNotice(event: .stageOpened, plan: "roseville", proposal: 3, summary: "revise finance-technician 2027-01-01",
                                    stage: "committee", recipients: [.init(id: "cmorgan", name: "Casey Morgan", email: "cmorgan@x.example")],
                                    link: "/plans/roseville/proposals/3")
        try await WebhookTransport(url: URL(string: "http://127.0.0.1:\(port)/hook")!, secret: "s3cret").deliver(notice)
        process.waitUntilExit()
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: received))) as? [String: Any])
        #expect(report["valid"] as? Bool == true, "\(report)")
        #expect(report["event"] as? String == "stage-opened")
        #expect((report["body"] as? [String: Any])?["stage"] as? String == "committee")
        let wrong = try await { () async -> Bool in
            do { try await WebhookTransport(url: URL(string: "http://127.0.0.1:\(port)/hook")!, secret: "x").deliver(notice); return false } catch { return true }
        }()
        #expect(wrong, "a receiver that is gone is reported, not ignored")
    }

    /// A local SMTP sink (Python, on 127.0.0.1) receives one message per person told, addressed
    /// to them, with the proposal's link.
    @Test func eachPersonToldGetsAnEMailThroughTheRelay() async throws {
        let directory = try TemporaryDirectory("clasp-smtp")
        let sink = try SMTPSink(in: directory)
        defer { sink.stop() }
        let notice = ProposalNotice(event: .stageOpened, plan: "roseville", proposal: 3, summary: "revise finance-technician 2027-01-01",
                                    stage: "committee", recipients: [.init(id: "cmorgan", name: "Casey Morgan", email: "cmorgan@x.example"),
                                                                     .init(id: "dpatel", name: "Dev Patel", email: "dpatel@x.example")],
                                    link: "/plans/roseville/proposals/3")
        let mail = try #require(SMTPTransport(url: "smtp://127.0.0.1:\(sink.port)", from: "clasp@x.example", siteURL: "https://clasp.x.example"))
        try await mail.deliver(notice)
        let messages = try sink.messages()
        #expect(messages.map(\.to) == ["cmorgan@x.example", "dpatel@x.example"])
        let first = messages.first?.text ?? ""
        #expect(first.contains("Subject: Your vote is awaited: proposal 3") && first.contains("Dear Casey Morgan"), "\(first)")
        #expect(first.contains("https://clasp.x.example/plans/roseville/proposals/3"))
        #expect(SMTPTransport(url: "http://x", from: "a", siteURL: "b") == nil)
    }
}
