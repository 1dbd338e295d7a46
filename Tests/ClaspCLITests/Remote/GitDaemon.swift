import ClaspTestSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real `git daemon` serving a folder on 127.0.0.1, for replication tests over `git://`.
///
/// It runs under `timeout`, so it dies after `lifetime` seconds even if the test process is
/// killed; `stop()` (or release) ends it earlier. Pushing is enabled (`--enable=receive-pack`).
final class GitDaemon {
    let port: Int
    let basePath: String
    /// The process group of `timeout` and the daemon (and the daemon's connection children).
    private var group: pid_t = 0

    init(serving basePath: String, lifetime: Int = 180) throws {
        self.basePath = basePath
        port = try Self.freePort()
        let arguments = ["/usr/bin/timeout", "-s", "KILL", String(lifetime), "/usr/bin/git", "daemon", "--export-all",
                         "--enable=receive-pack", "--base-path=\(basePath)", "--listen=127.0.0.1", "--port=\(port)",
                         "--reuseaddr", basePath]
        group = try Self.spawnInNewGroup(arguments)
        // Wait until it accepts connections (at most 10 s).
        for _ in 0..<200 {
            if Self.canConnect(port) { return }
            usleep(50_000)
        }
        stop()
        throw DaemonFailed(port: port)
    }

    /// Starts `arguments` in a process group of its own with no signal blocked. The test
    /// process blocks most signals and a child inherits that mask through exec, which would make
    /// `timeout` and the daemon deaf to everything but SIGKILL.
    private static func spawnInNewGroup(_ arguments: [String]) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        posix_spawn_file_actions_addopen(&fileActions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)
        var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var environment: [UnsafeMutablePointer<CChar>?] = ["GIT_CONFIG_NOSYSTEM=1", "PATH=/usr/bin:/bin"].map { (text: String) in strdup(text) } + [nil]
        defer { environment.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, arguments[0], &fileActions, &attributes, &cArguments, &environment)
        guard result == 0 else { throw DaemonFailed(port: -Int(result)) }
        return pid
    }

    /// The `git://` URL of a repository under the base path.
    func url(_ name: String) -> String { "git://127.0.0.1:\(port)/\(name)" }

    /// Kills the whole group (timeout, git, git-daemon and its connection handlers) and reaps `timeout`.
    func stop() {
        guard group > 0 else { return }
        kill(-group, SIGKILL)
        var status: Int32 = 0
        waitpid(group, &status, 0)
        group = 0
    }

    deinit { stop() }

    struct DaemonFailed: Error { var port: Int }

    /// A TCP port nobody listens on now: bind port 0 and read back what the kernel chose.
    static func freePort() throws -> Int {
        let socketHandle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketHandle >= 0 else { throw DaemonFailed(port: 0) }
        defer { close(socketHandle) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(socketHandle, pointer, length) == 0 && getsockname(socketHandle, pointer, &length) == 0
            }
        }
        guard bound else { throw DaemonFailed(port: 0) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func canConnect(_ port: Int) -> Bool {
        let socketHandle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketHandle >= 0 else { return false }
        defer { close(socketHandle) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socketHandle, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}
