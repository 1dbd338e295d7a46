import Foundation

/// CPU time spent by the calling thread, for bounds on synchronous work in tests.
///
/// The suites run in parallel on a few cores, so wall time of one test grows with whatever runs
/// beside it; the calling thread's own CPU time does not, and still grows with a quadratic
/// blow-up or a hang. Only meaningful for work that stays on the calling thread.
public enum ThreadCPUClock {
    /// The calling thread's CPU time so far.
    public static var now: Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    /// The CPU time `body` took on the calling thread.
    public static func measure(_ body: () throws -> Void) rethrows -> Duration {
        let start = now
        try body()
        return now - start
    }
}
