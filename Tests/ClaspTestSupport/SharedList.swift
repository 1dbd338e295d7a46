import Synchronization

/// A list that many threads append to, for tests that collect what concurrent clients saw.
public final class SharedList<Element: Sendable>: Sendable {
    private let elements = Mutex<[Element]>([])

    public init() {}

    public func append(_ element: Element) { elements.withLock { $0.append(element) } }

    public var all: [Element] { elements.withLock { $0 } }
}
