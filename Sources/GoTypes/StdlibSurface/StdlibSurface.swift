// StdlibSurface.swift — the declared surface of the standard packages gomem provides, as Go
// source text keyed by import path. Each package's source (one file per package beside this
// one) holds its exported declarations without function bodies, constants with Go's own
// values and struct types laid out as Go lays them out on linux/amd64, so that programs
// importing these packages type-check. Generic and iterator API is left out.
// scripts/check-stdlib-surface.go verifies every declaration against real Go.
enum StdlibSurface {
    static let sources: [String: String] = [
        "errors": errors,
        "fmt": fmt,
        "io": io,
        "io/fs": ioFS,
        "math": math,
        "math/bits": mathBits,
        "os": os,
        "runtime": runtime,
        "runtime/debug": runtimeDebug,
        "sort": sort,
        "strconv": strconv,
        "strings": strings,
        "sync": sync,
        "sync/atomic": syncAtomic,
        "time": time,
        "unicode": unicode,
        "unicode/utf8": unicodeUTF8,
    ]
}
