import ClaspGit
import Foundation

extension Plan {
    /// Where this plan's recorded-time index lives.
    public var recordedIndexPath: String { RecordedIndex.defaultPath(gitDirectory: path) }

    /// The plan's recorded-time index, brought up to `main`'s head (built on first use).
    ///
    /// - Throws: `RecordedIndexError.unusable` when the file cannot be created (a read-only
    ///   repository), or a git error while indexing.
    public func recordedIndex() throws -> (index: RecordedIndex, update: RecordedIndexUpdate) {
        let index = try RecordedIndex.open(repository: repository, at: recordedIndexPath)
        let update = try index.update(to: mainHead())
        return (index, update)
    }

    /// Runs a query against the up-to-date index. A failure of the index is never an answer:
    /// the file is deleted and rebuilt once, and if that fails too the result is nil so the
    /// caller answers from git directly.
    func withRecordedIndex<T>(_ query: (RecordedIndex) throws -> T) -> T? {
        for attempt in 0..<2 {
            do {
                return try query(recordedIndex().index)
            } catch {
                if attempt == 0 { RecordedIndex.removeFiles(at: recordedIndexPath) }
            }
        }
        return nil
    }
}
