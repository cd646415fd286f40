// LargeStack.swift — run deep recursion on a thread with a large stack.
//
// The parser (and any pass that walks its trees recursively) nests Swift
// calls as deeply as the source nests, up to Parser.maxDepth levels; a
// debug build needs a few KB of stack per level. Threads made by Swift
// concurrency or a test runner may have only 512 KB, so parseFile runs the
// parser on a fresh thread whose stack is `size` bytes (reserved address
// space; only the pages used are committed). If the thread cannot be
// created the body runs on the calling thread.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

private final class StackBox<T>: @unchecked Sendable {
    let body: () -> T
    var result: T?
    init(_ body: @escaping () -> T) { self.body = body }
}

/// Runs body on a new thread with a stack of `size` bytes and waits for it.
public func withLargeStack<T>(size: Int = 64 << 20, _ body: () -> T) -> T {
    withoutActuallyEscaping(body) { fn -> T in
        let box = StackBox(fn)
        let arg = Unmanaged.passRetained(box).toOpaque()
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        defer { pthread_attr_destroy(&attr) }
        pthread_attr_setstacksize(&attr, size)
        #if canImport(Darwin)
        let entry: @convention(c) (UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? = { p in
            runBox(p)
            return nil
        }
        var tid: pthread_t? = nil
        let rc = pthread_create(&tid, &attr, entry, arg)
        if rc == 0, let t = tid {
            pthread_join(t, nil)
        } else {
            Unmanaged<StackBox<T>>.fromOpaque(arg).release()
            return fn()
        }
        #else
        let entry: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = { p in
            if let p { runBox(p) }
            return nil
        }
        var tid = pthread_t()
        let rc = pthread_create(&tid, &attr, entry, arg)
        if rc == 0 {
            pthread_join(tid, nil)
        } else {
            Unmanaged<StackBox<T>>.fromOpaque(arg).release()
            return fn()
        }
        #endif
        return box.result ?? fn()
    }
}

/// Runs (and releases) the box passed to the thread.
private func runBox(_ p: UnsafeMutableRawPointer) {
    let b = Unmanaged<AnyObject>.fromOpaque(p).takeRetainedValue()
    (b as? RunnableBox)?.run()
}

private protocol RunnableBox: AnyObject { func run() }
extension StackBox: RunnableBox {
    func run() { result = body() }
}
