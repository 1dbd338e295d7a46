import Dispatch
import Synchronization

/// Runs an async command to completion from synchronous test code.
///
/// The command's task prefers an executor of its own, a serial dispatch queue outside Swift's
/// cooperative pool: the pool has one thread per core (two here), and the caller blocks one of
/// them while it waits, so a task that needed the pool could wait for the very threads blocked
/// on it.
enum InProcessRun {
    static func wait(_ body: @escaping @Sendable () async -> Int32) -> Int32 {
        let finished = DispatchSemaphore(value: 0)
        let box = ResultBox()
        Task(executorPreference: QueueExecutor()) {
            box.set(await body())
            finished.signal()
        }
        finished.wait()
        return box.value
    }

    /// The status the task hands back to the waiting thread.
    private final class ResultBox: Sendable {
        private let status = Mutex<Int32>(0)
        func set(_ value: Int32) { status.withLock { $0 = value } }
        var value: Int32 { status.withLock { $0 } }
    }
}

/// A task executor that runs every job on one serial dispatch queue, whose threads are not the
/// cooperative pool's.
final class QueueExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "clasp.cli-test")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// Standard input for an in-process run: the given text, a line at a time.
final class InputLines: Sendable {
    private let lines: Mutex<[String]>

    init(_ text: String) {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        self.lines = Mutex(lines)
    }

    func next() -> String? {
        lines.withLock { $0.isEmpty ? nil : $0.removeFirst() }
    }
}
