/// Fixed slots written from concurrent iterations, each index by exactly one iteration.
package final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLockLike()

    package init(count: Int) { storage = Array(repeating: nil, count: count) }

    package subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    package var values: [Value?] { lock.withLock { storage } }
}

/// A small mutex on pthread, so the engine needs nothing beyond the standard library and Dispatch.
package final class NSLockLike: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    package init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    package func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
