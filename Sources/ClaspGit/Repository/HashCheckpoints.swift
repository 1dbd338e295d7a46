internal import Crypto

/// SHA-1 states saved at regular offsets while a large object's bytes were hashed, so that the
/// next version of that object, which shares a leading run of bytes with it, is hashed from the
/// last state saved inside that run instead of from its first byte.
///
/// Consecutive versions of a plan's `classes/` folder (225 KB at 3,000 classes) differ in one
/// entry, somewhere in the middle on average: checking each version's id took `audit verify` a
/// tenth of its time, half of it on bytes the previous version had already been hashed over.
/// SHA-1 is a chain over the input, so its state after a run of bytes depends only on those
/// bytes: resuming from a state saved over the same bytes gives exactly the digest of hashing
/// the whole object, and every byte after the shared run is still hashed.
struct HashCheckpoints {
    /// Bytes between saved states: small enough that resuming re-hashes little, large enough that
    /// a 225 KB tree keeps under thirty states.
    static let stride = 8192

    /// The `<type> <length>\0` header hashed before the bytes; a state is reused only under the
    /// same header (a changed length changes every state).
    let header: [UInt8]
    /// `states[k]` is the hasher after the header and the first `k * stride` bytes.
    private let states: [Insecure.SHA1]

    private init(header: [UInt8], states: [Insecure.SHA1]) {
        self.header = header
        self.states = states
    }

    /// The SHA-1 digest of `header` followed by `bytes`, and the states saved on the way.
    ///
    /// - Parameters:
    ///   - base: the checkpoints of an object whose bytes begin with the same `sharedPrefix`
    ///     bytes as `bytes` (nil to hash from the start).
    ///   - sharedPrefix: how many leading bytes `bytes` shares with `base`'s object, as compared
    ///     by the caller.
    static func hash(header: [UInt8], bytes: UnsafeRawBufferPointer, resumingFrom base: HashCheckpoints?,
                     sharedPrefix: Int) -> (id: ObjectID, checkpoints: HashCheckpoints) {
        var states: [Insecure.SHA1]
        var hasher: Insecure.SHA1
        if let base, base.header == header, !base.states.isEmpty {
            let resumed = min(sharedPrefix / stride, base.states.count - 1)
            states = Array(base.states[...resumed])
            // A copy: `Insecure.SHA1` copies its context on the first update, so `base` keeps its own.
            hasher = base.states[resumed]
        } else {
            hasher = Insecure.SHA1()
            hasher.update(data: header)
            states = [hasher]
        }
        var position = (states.count - 1) * stride
        while position < bytes.count {
            let end = min(position + stride, bytes.count)
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: bytes[position..<end]))
            position = end
            if position < bytes.count { states.append(hasher) }
        }
        let id = hasher.finalize().withUnsafeBytes { ObjectID(rawBytes: $0) }
        return (id, HashCheckpoints(header: header, states: states))
    }
}
