import ClaspTestSupport
import Foundation

/// A mail relay for tests: Python's socketserver on 127.0.0.1 speaking enough SMTP to take
/// messages, appending each as a JSON line ({to, message}) to a file the test reads back.
/// It serves until the test ends (`stop()`), so several polls can send through it.
final class SMTPSink: @unchecked Sendable {
    // @unchecked: every stored property is immutable after init; the process is only terminated.
    let port: Int
    private let process: Process
    private let file: String

    init(in directory: TemporaryDirectory) throws {
        file = directory.path("mail.jsonl")
        let script = try directory.write("sink.py", """
            import json, signal, socketserver, sys
            # The test process blocks signals in its threads and a child inherits the mask: unblock
            # them, or stop()'s SIGTERM would never arrive.
            signal.pthread_sigmask(signal.SIG_SETMASK, [])
            class Sink(socketserver.StreamRequestHandler):
                def handle(self):
                    out = lambda line: self.wfile.write((line + "\\r\\n").encode())
                    out("220 sink ready"); rcpt = []; data = None
                    while True:
                        raw = self.rfile.readline()
                        if not raw: return
                        line = raw.decode().rstrip("\\r\\n")
                        if data is not None:
                            if line == ".":
                                with open(sys.argv[1], "a") as f:
                                    f.write(json.dumps({"to": rcpt, "message": "\\n".join(data)}) + "\\n")
                                data = None; out("250 queued")
                            else:
                                data.append(line[1:] if line.startswith("..") else line)
                        elif line.startswith("EHLO"): out("250-sink"); out("250 8BITMIME")
                        elif line.startswith("MAIL FROM"): out("250 ok")
                        elif line.startswith("RCPT TO"): rcpt.append(line[9:].strip("<>")); out("250 ok")
                        elif line == "DATA": data = []; out("354 go ahead")
                        elif line == "QUIT": out("221 bye"); return
                        else: out("500 what")
            socketserver.TCPServer.allow_reuse_address = True
            server = socketserver.TCPServer(("127.0.0.1", 0), Sink)
            print(server.server_address[1], flush=True)
            server.serve_forever()
            """)
        (process, port) = try NotificationTests.pythonPeer(script, writingTo: file)
    }

    func stop() { if process.isRunning { process.terminate(); process.waitUntilExit() } }

    deinit { stop() }

    /// Every message received so far, oldest first: the recipient address and the text.
    func messages() throws -> [(to: String, text: String)] {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").compactMap { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let to = (object["to"] as? [String])?.first, let message = object["message"] as? String else { return nil }
            return (to, message)
        }
    }
}

/// A clock tests set and move on, read by the notifier instead of the system's.
final class TestClock: @unchecked Sendable {
    // @unchecked: `now` is only read and written under `lock`.
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date) { current = start }

    var now: Date { lock.withLock { current } }

    func set(_ date: Date) { lock.withLock { current = date } }
}
