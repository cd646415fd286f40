// System.swift — the operating system as the driver uses it, over libc
// (the gomem executable does not load Foundation): environment variables,
// the working directory, file status, directory listings, whole-file reads,
// writes to a file descriptor, a monotonic clock, and the two path
// operations the driver needs, spelled as Foundation's were:
//   - `joinPath`: NSString.appendingPathComponent (a "/" between unless one
//     side is empty or the base already ends in "/"; nothing else changes);
//   - `cleanPath`: URL.standardizedFileURL.path of an absolute path (empty
//     components and "." dropped, ".." removes the previous component and
//     stops at the root, no trailing "/" except for the root itself).
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

@usableFromInline
enum System {
    /// The value of an environment variable, nil if unset.
    static func env(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The process's working directory ("" if it cannot be found).
    @usableFromInline
    static func currentDirectory() -> String {
        var size = 4096
        while true {
            var buf = [CChar](repeating: 0, count: size)
            if getcwd(&buf, size) != nil { return buf.withUnsafeBufferPointer { String(cString: $0.baseAddress!) } }
            if errno != ERANGE { return "" }
            size *= 2
        }
    }

    enum FileKind { case missing, directory, other }

    /// What is at `path`, following symbolic links (a dangling link is missing).
    static func fileKind(_ path: String) -> FileKind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .missing }
        return (st.st_mode & S_IFMT) == S_IFDIR ? .directory : .other
    }

    /// The names in a directory, "." and ".." excluded, in no particular order.
    static func directoryEntries(_ path: String) throws(DriverError) -> [String] {
        guard let dir = opendir(path) else {
            throw DriverError.message("open \(path): \(String(cString: strerror(errno)))")
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let ent = readdir(dir) {
            let name = withUnsafeBytes(of: ent.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The whole contents of a file; nil if it cannot be opened or read.
    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        var out: [UInt8] = []
        if fstat(fd, &st) == 0, st.st_size > 0 { out.reserveCapacity(Int(st.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n == 0 { return out }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            out.append(contentsOf: chunk[0..<n])
        }
    }

    /// Writes all of `bytes` to a file descriptor, unbuffered.
    static func writeAll<C: Collection>(_ fd: Int32, _ bytes: C) where C.Element == UInt8 {
        var a = Array(bytes)
        var off = 0
        while off < a.count {
            let n = a.withUnsafeMutableBytes { write(fd, $0.baseAddress! + off, $0.count - off) }
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            off += n
        }
    }

    static func writeStderr(_ s: String) { writeAll(2, s.utf8) }

    /// Nanoseconds of a monotonic clock.
    static func monotonicNanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// NSString.appendingPathComponent.
    static func joinPath(_ base: String, _ component: String) -> String {
        if component.isEmpty { return base }
        if base.isEmpty { return component }
        if base.hasSuffix("/") { return base + component }
        return base + "/" + component
    }

    /// `path` made absolute against `base` (itself made absolute against the
    /// working directory), then cleaned.
    static func absolutePath(_ path: String, base: String) -> String {
        if path.hasPrefix("/") { return cleanPath(path) }
        let b = base.hasPrefix("/") ? base : joinPath(currentDirectory(), base)
        return cleanPath(joinPath(b, path))
    }

    /// An absolute path without empty, "." and ".." components.
    static func cleanPath(_ path: String) -> String {
        var parts: [Substring] = []
        for c in path.split(separator: "/", omittingEmptySubsequences: true) {
            if c == "." { continue }
            if c == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(c)
        }
        return "/" + parts.joined(separator: "/")
    }
}
