import ClaspGit
import ClaspTrailers
import Foundation

/// A commit's trailers as the index stores them: every trailer in order, as one JSON array of
/// `[key, value]` pairs, so a change read from the index equals one read from git.
struct IndexedTrailers {
    var trailers: [Trailer]

    init(_ trailers: [Trailer]) { self.trailers = trailers }

    /// Decodes the stored column; nil when it is not what `encoded` writes.
    init?(encoded: String) {
        guard let pairs = try? JSONDecoder().decode([[String]].self, from: Data(encoded.utf8)) else { return nil }
        var trailers: [Trailer] = []
        for pair in pairs {
            guard pair.count == 2 else { return nil }
            trailers.append(Trailer(key: pair[0], value: pair[1]))
        }
        self.trailers = trailers
    }

    var encoded: String {
        let pairs = trailers.map { [$0.key, $0.value] }
        guard let data = try? JSONEncoder().encode(pairs) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The first value of a trailer, matching keys as git does (case-insensitively).
    func value(_ key: TrailerKey) -> String? {
        trailers.value(key)
    }
}
