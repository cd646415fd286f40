// Lock.swift — the runtime's mutex (Go's `mutex` with lock/unlock).
//
// A `RuntimeLock` is a handle to a pthread mutex that lives in runtime raw
// memory (inside MHeap, MCentral, ...), so locks can be embedded in structs
// that are not Swift objects. Locks order (Go's lockrank): a stackpool lock
// or an mcentral lock may be held when taking the mheap lock, never the
// reverse.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Storage for one lock, embedded by value in runtime structs.
struct RuntimeLockStorage {
    var m = pthread_mutex_t()
}

extension UnsafeMutablePointer where Pointee == RuntimeLockStorage {
    /// Initialises the mutex in place. Call once, before first use.
    func initLock() {
        pthread_mutex_init(UnsafeMutableRawPointer(self).assumingMemoryBound(to: pthread_mutex_t.self), nil)
    }
    @inline(__always) func lock() {
        pthread_mutex_lock(UnsafeMutableRawPointer(self).assumingMemoryBound(to: pthread_mutex_t.self))
    }
    @inline(__always) func unlock() {
        pthread_mutex_unlock(UnsafeMutableRawPointer(self).assumingMemoryBound(to: pthread_mutex_t.self))
    }
}
