// OutputTests.swift — `gomem run` writes the program's output as a Go
// binary does: straight to file descriptors 1 and 2, unbuffered, in program
// order, costing no memory. The built gomem binary runs as a child process
// (posix_spawn, so that wait4 reports its peak RSS).
import Foundation
import Testing
@testable import GomemDriver

@Suite struct OutputTests {
    /// A finished child: exit status, peak RSS (KiB) and what it wrote to the pipe.
    struct Child { var status: Int32; var maxRSSKiB: Int; var output: [UInt8] }

    /// Runs `gomem run testdata/output/<args[0]> <args[1...]>` with stdout (and stderr when
    /// `mergeStderr`) on one pipe, or both on /dev/null when `discard`.
    /// `onLine` sees each complete line as it arrives, with the seconds since spawn.
    static func runGomem(_ args: [String], mergeStderr: Bool = false, discard: Bool = false,
                         onLine: ((String, Double) -> Void)? = nil) -> Child? {
        guard let bin = RunTests.binary else { return nil }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        var fa = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fa)
        defer { posix_spawn_file_actions_destroy(&fa) }
        posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0)
        if discard {
            posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&fa, fds[1], 1)
            if mergeStderr { posix_spawn_file_actions_adddup2(&fa, fds[1], 2) }
        }
        posix_spawn_file_actions_addclose(&fa, fds[0])
        posix_spawn_file_actions_addclose(&fa, fds[1])
        // the program by its full path (the child inherits the working directory)
        let argv = [bin.path, "run", Corpus.dir("output").appendingPathComponent(args[0]).path] + args.dropFirst()
        var cargs = argv.map { strdup($0) } + [nil]
        defer { for p in cargs { free(p) } }
        var pid: pid_t = 0
        let start = Date()
        guard posix_spawn(&pid, bin.path, &fa, nil, &cargs, environ) == 0 else { return nil }
        close(fds[1])
        var output: [UInt8] = []
        var line: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buf.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            output += buf[0..<n]
            if let onLine {
                for b in buf[0..<n] {
                    if b == 10 { onLine(String(decoding: line, as: UTF8.self), Date().timeIntervalSince(start)); line = [] } else { line.append(b) }
                }
            }
        }
        close(fds[0])
        var status: Int32 = 0
        var ru = rusage()
        while wait4(pid, &status, 0, &ru) < 0 && errno == EINTR {}
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Child(status: code, maxRSSKiB: ru.ru_maxrss, output: output)
    }

    @Test func firstLineBeforeTheSleep() throws {
        var times: [String: Double] = [:]
        guard let c = Self.runGomem(["stream_sleep.go"], onLine: { times[$0] = $1 }) else { return }
        #expect(c.status == 0)
        let first = try #require(times["first"]), second = try #require(times["second"])
        // The compile step comes before the first line; the sleep after it:
        // the first line must arrive at once, a second before the last.
        #expect(second - first >= 0.9, "first line at \(first) s, second at \(second) s")
        #expect(second - first <= 1.0 + 0.3 + 0.3, "first line at \(first) s, second at \(second) s")
    }

    @Test func outputSizeCostsNoMemory() {
        guard let small = Self.runGomem(["big_output.go", "0"], discard: true),
              let big = Self.runGomem(["big_output.go", "2000"], discard: true) else { return }
        #expect(small.status == 0 && big.status == 0)
        // 200 MB written; peak RSS within 5 MiB of a run that writes nothing
        #expect(big.maxRSSKiB - small.maxRSSKiB < 5 * 1024, "peak RSS \(big.maxRSSKiB) KiB vs \(small.maxRSSKiB) KiB")
    }

    @Test func bigOutputIsComplete() {
        guard let c = Self.runGomem(["big_output.go", "30"]) else { return }
        #expect(c.status == 0 && c.output.count == 30 * 100_000)
    }

    /// Both streams on one pipe: Go's order, up to the goroutine trace.
    @Test func stdoutAndStderrInterleaveAsGo() throws {
        guard let c = Self.runGomem(["../programs/output_interleave.go"], mergeStderr: true) else { return }
        let got = String(decoding: c.output, as: UTF8.self)
        let want = try #require(Corpus.read("output", "output_interleave.combined"))
        func head(_ s: String) -> String {
            s.components(separatedBy: "\ngoroutine ").first ?? s
        }
        #expect(c.status == 2)
        #expect(head(got) == head(want))
    }
}
