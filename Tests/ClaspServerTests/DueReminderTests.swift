import ClaspPlan
import ClaspServer
import ClaspSpec
import ClaspTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// Reminders and the daily digest, against a real SMTP sink on 127.0.0.1 and a clock the test
/// moves on; each notifier restart reads back the ledger in the data directory.
@Suite struct DueReminderTests {
    static let api = "/api/v1/plans/roseville"
    static let committee = ["cmorgan@roseville.example", "dpatel@roseville.example", "ejohnson@roseville.example"]

    struct Setup {
        let fixture: ServerFixture
        let directory: TemporaryDirectory
        let sink: SMTPSink
        let mail: SMTPTransport
        let recorder = NotificationTests.Recorder()
        let clock: TestClock

        init(start: Date) throws {
            fixture = try ServerFixture.withDueDays()
            directory = try TemporaryDirectory("clasp-remind")
            sink = try SMTPSink(in: directory)
            mail = try #require(SMTPTransport(url: "smtp://127.0.0.1:\(sink.port)", from: "clasp@x.example", siteURL: "https://clasp.x.example"))
            clock = TestClock(start)
        }

        /// A notifier as `clasp serve` builds one, reading and writing the same ledger each time.
        func notifier(digest: DigestSchedule? = nil) throws -> ProposalNotifier {
            let clock = self.clock
            let options = ProposalNotifier.Options(clock: { clock.now }, ledgerPath: directory.path("notifications.json"),
                                                   digest: digest.map { (mail: mail, schedule: $0) })
            return try ProposalNotifier(hosting: fixture.services.hosting,
                                        transport: NoticeFanOut(digest == nil ? [recorder, mail] : [recorder]), options: options)
        }
    }

    @Test func eachVoterIsRemindedOnceADayBeforeAndOnceWhenOverdueAndARestartSendsNothingAgain() async throws {
        let setup = try Setup(start: Date())
        defer { setup.sink.stop() }
        let first = try setup.notifier()
        await first.poll()
        let old = await setup.recorder.take()
        #expect(old.map(\.event) == [.overdue] && old.first?.proposal == 2 && old.first?.due == "2026-02-08", "\(old)")
        #expect(try setup.sink.messages().map(\.to).sorted() == Self.committee)
        #expect(try setup.sink.messages().first?.text.contains("Subject: Overdue: your vote on proposal 2 was due 2026-02-08") == true)

        try await setup.fixture.application.test(.router) { client in
            _ = try await setup.fixture.openRevisionDraftedFrom2019(client, effective: "2027-01-01")
        }
        await first.poll()
        let opened = await setup.recorder.take()
        let due = ServerFixture.rosevilleToday.adding(days: 2)
        #expect(opened.map(\.event) == [.stageOpened] && opened.first?.due == due.iso, "\(opened)")
        let invitation = try #require(try setup.sink.messages().last)
        #expect(invitation.to == "bchen@roseville.example")
        #expect(invitation.text.contains("Your vote is due by \(due.iso).") && invitation.text.contains("https://clasp.x.example/plans/roseville/proposals/3"),
                "\(invitation.text)")

        setup.clock.set(ServerFixture.rosevilleInstant(due.adding(days: -1), hour: 9))
        await first.poll()
        await first.poll()
        let soon = await setup.recorder.take()
        #expect(soon.map(\.event) == [.dueSoon] && soon.first?.proposal == 3 && soon.first?.recipients.map(\.id) == ["bchen"], "\(soon)")
        #expect(try setup.sink.messages().last?.text.contains("Subject: Reminder: your vote on proposal 3 is due \(due.iso)") == true)

        setup.clock.set(ServerFixture.rosevilleInstant(due.adding(days: 1), hour: 9))
        await first.poll()
        await first.poll()
        let overdue = await setup.recorder.take()
        #expect(overdue.map(\.event) == [.overdue] && overdue.first?.proposal == 3, "\(overdue)")
        let sent = try setup.sink.messages().count
        #expect(sent == 3 + 1 + 1 + 1)

        let second = try setup.notifier()
        await second.poll()
        await second.poll()
        #expect(await setup.recorder.take().isEmpty, "a restart sends no reminder twice")
        #expect(try setup.sink.messages().count == sent)
    }

    @Test func theDigestSendsEachPersonOneMessageADayListingWhatAwaitsThemWhileTheWebhookStaysImmediate() async throws {
        // 06:00 UTC tomorrow: an hour before the digest.
        let midnight = floor(Date().timeIntervalSince1970 / 86_400) * 86_400 + 86_400
        let at = { (hours: Double) in Date(timeIntervalSince1970: midnight + hours * 3_600) }
        let setup = try Setup(start: at(6))
        defer { setup.sink.stop() }
        let schedule = try #require(DigestSchedule(time: "07:00"))
        let first = try setup.notifier(digest: schedule)
        await first.poll()
        #expect(await setup.recorder.take().map(\.event) == [.overdue], "reminders reach the webhook at once")

        try await setup.fixture.application.test(.router) { client in
            _ = try await setup.fixture.openRevisionDraftedFrom2019(client, effective: "2027-01-01")
            #expect(try await client.apiPost("\(Self.api)/proposals/3/votes", token: try setup.fixture.member("bchen"),
                                             json: #"{"decision":"approve"}"#).status == .ok)
        }
        setup.clock.set(at(6.5))
        await first.poll()
        #expect(await setup.recorder.take().contains { $0.event == .stageOpened && $0.proposal == 3 && $0.stage == "committee" })
        #expect(try setup.sink.messages().isEmpty, "no e-mail before the digest's time")

        setup.clock.set(at(7.1))
        await first.poll()
        let digests = try setup.sink.messages()
        #expect(digests.map(\.to).sorted() == Self.committee, "one message per person")
        let day = String(ISO8601DateFormatter().string(from: at(7)).prefix(10))
        for digest in digests {
            #expect(digest.text.contains("Subject: Clasp digest for \(day): 2 proposals awaiting your vote"), "\(digest.text)")
            #expect(digest.text.contains("Proposal 2 (roseville)") && digest.text.contains("Proposal 3 (roseville)"))
            #expect(digest.text.contains("OVERDUE by") && digest.text.contains("(due 2026-02-08)"))
            #expect(digest.text.contains("https://clasp.x.example/plans/roseville/proposals/2")
                    && digest.text.contains("https://clasp.x.example/plans/roseville/proposals/3"))
        }
        setup.clock.set(at(9))
        await first.poll()
        let second = try setup.notifier(digest: schedule)
        await second.poll()
        await second.poll()
        #expect(try setup.sink.messages().count == 3, "once a day, also across a restart")

        // Proposal 2 is adopted: the next digest tells its author, and aortiz that 3 went stale.
        try await setup.fixture.application.test(.router) { client in
            for person in ["cmorgan", "dpatel"] {
                _ = try await client.apiPost("\(Self.api)/proposals/2/votes", token: try setup.fixture.member(person), json: #"{"decision":"approve"}"#)
            }
            #expect(try await client.apiPost("\(Self.api)/proposals/2/adopt", token: try setup.fixture.member("admin")).status == .ok)
        }
        setup.clock.set(at(24 + 6))
        await second.poll()
        #expect(await setup.recorder.take().contains { $0.event == .adopted }, "the webhook hears of the adoption at once")
        #expect(try setup.sink.messages().count == 3)
        setup.clock.set(at(24 + 7.5))
        await second.poll()
        let next = try setup.sink.messages().dropFirst(3)
        #expect(next.map(\.to).sorted() == ["aortiz@roseville.example", "bchen@roseville.example"] + Self.committee)
        let author = try #require(next.first { $0.to == "bchen@roseville.example" })
        #expect(author.text.contains("was adopted") && !author.text.contains("awaited"), "\(author.text)")
        #expect(next.first { $0.to == "aortiz@roseville.example" }?.text.contains("rebase") == true)
        let member = try #require(next.first { $0.to == "cmorgan@roseville.example" })
        #expect(member.text.contains("Proposal 3 (roseville)") && !member.text.contains("Proposal 2 (roseville)"))
    }

    /// The `clasp serve` binary: `--digest daily --digest-time 00:00` sends today's digest at its
    /// first poll, and a restart on the same data directory does not send it again.
    @Test func servePassesTheDigestOptionsAndARestartDoesNotResend() async throws {
        let setup = try Setup(start: Date())
        defer { setup.sink.stop() }
        let data = setup.directory.path("data")
        let arguments = ["--plans", setup.fixture.directory.path("plans"), "--data", data, "--smtp", "smtp://127.0.0.1:\(setup.sink.port)",
                         "--mail-from", "clasp@x.example", "--site-url", "https://clasp.x.example", "--digest", "daily", "--digest-time", "00:00"]
        let server = try await LiveServer(arguments)
        func waitForMail(_ count: Int) async throws -> [(to: String, text: String)] {
            for _ in 0..<300 where try setup.sink.messages().count < count { try await Task.sleep(for: .milliseconds(50)) }
            return try setup.sink.messages()
        }
        let digests = try await waitForMail(3)
        #expect(digests.map(\.to).sorted() == Self.committee, "\(server.logText)")
        #expect(digests.first?.text.contains("Proposal 2 (roseville)") == true && digests.first?.text.contains("(due 2026-02-08)") == true)
        #expect(FileManager.default.fileExists(atPath: "\(data)/notifications.json"))
        try await server.kill()
        try await server.start()
        // The notifier polls at once, then every five seconds: wait past its second poll.
        try await Task.sleep(for: .seconds(6))
        #expect(try setup.sink.messages().count == 3, "today's digest is not sent twice")
        try await server.stop()
    }

    @Test(arguments: [
        (["--digest", "weekly"], "--digest 'weekly' is not 'daily'"),
        (["--digest", "daily"], "--digest needs --smtp"),
        (["--smtp", "smtp://127.0.0.1:1", "--mail-from", "a@x.example", "--digest", "daily", "--digest-time", "25:00"], "--digest-time '25:00' is not HH:MM"),
        (["--digest-time", "07:00"], "--digest-time goes with --digest daily"),
    ])
    func badDigestOptionsAreRefusedByName(_ arguments: [String], _ message: String) async throws {
        let fixture = try ServerFixture()
        let result = try await ProcessRunner.runAsync(PackagePaths.claspExecutable,
                                                      ["serve", "--plans", fixture.directory.path("plans"), "--port", "0"] + arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
