#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Fixed slots written from concurrent iterations, each index by exactly one iteration.
///
/// Inlinable: it is used from the other targets (the history walk, the engine), where an opaque
/// generic call per slot would cost more than the work it stores.
package final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    @usableFromInline package var storage: [Value?]
    @usableFromInline package let lock = NSLockLike()

    @inlinable package init(count: Int) { storage = Array(repeating: nil, count: count) }

    @inlinable package subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    @inlinable package var values: [Value?] { lock.withLock { storage } }
}

/// A small mutex on pthread, so the engine needs nothing beyond the standard library and Dispatch.
package final class NSLockLike: @unchecked Sendable {
    @usableFromInline package var mutex = pthread_mutex_t()
    package init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    @inlinable package func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}
