// RunTests.swift — `gomem run` against Go 1.27's goldens.
//
// Every program of testdata/programs and testdata/escape is run (through the
// built `gomem` binary with a time limit when it is next to the test bundle,
// else in-process with Driver.run's time limit) and compared with its goldens:
// stdout, exit status, and standard error up to the goroutine trace (the
// lines before `goroutine N [...]:`, ignoring the `[signal ...]` and
// `runtime: sp=` lines whose addresses differ, and the bytes-in-use figure
// of `runtime: out of memory: cannot allocate N-byte block (M in use)`). Each program must either
// match or stop cleanly with "not supported yet" (exit 1): that is the
// invariant — no wrong answers, no traps, no hangs. The number that match
// must not fall below the floor reached so far.
import Foundation
import Testing
@testable import GomemDriver

@Suite struct RunTests {
    /// Programs matching Go when this floor was set (raise it as gomem grows).
    static let matchFloor = 506

    enum Verdict { case match, unsupported, wrong(String) }

    struct Outcome { var code: Int32; var stdout: String; var stderr: String }

    /// The gomem binary beside the test bundle, if it was built.
    static let binary: URL? = {
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for _ in 0..<3 {
            let cand = dir.appendingPathComponent("gomem")
            if FileManager.default.isExecutableFile(atPath: cand.path) { return cand }
            dir = dir.deletingLastPathComponent()
        }
        for p in [".build-vm/debug/gomem", ".build/debug/gomem"] {
            let cand = Corpus.root.appendingPathComponent(p)
            if FileManager.default.isExecutableFile(atPath: cand.path) { return cand }
        }
        return nil
    }()

    /// `env`: extra environment variables (GODEBUG for the GC stress runs);
    /// only honoured through the binary.
    static func run(_ name: String, in corpus: String, env: [String: String] = [:], limit: Double = 30) -> Outcome {
        let dir = Corpus.dir(corpus)
        if let bin = binary {
            let p = Process()
            p.executableURL = bin
            p.arguments = ["run", name + ".go"]
            if !env.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(env) { $1 } }
            p.currentDirectoryURL = dir
            // Output goes to temporary files (no pipe to drain while waiting).
            let tmp = FileManager.default.temporaryDirectory
            let tag = env.isEmpty ? "" : "-" + String(env.values.joined().hashValue, radix: 16).replacingOccurrences(of: "-", with: "m")
            let base = "gomem-run-\(getpid())-\(corpus.replacingOccurrences(of: "/", with: "-"))-\(name)\(tag)"
            let outURL = tmp.appendingPathComponent(base + ".out")
            let errURL = tmp.appendingPathComponent(base + ".err")
            _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
            _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
            defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
            guard let out = try? FileHandle(forWritingTo: outURL), let err = try? FileHandle(forWritingTo: errURL) else {
                return Outcome(code: -1, stdout: "", stderr: "cannot create output files")
            }
            p.standardOutput = out
            p.standardError = err
            p.standardInput = FileHandle.nullDevice
            do { try p.run() } catch { return Outcome(code: -1, stdout: "", stderr: "cannot run: \(error)") }
            let deadline = Date().addingTimeInterval(limit)
            while p.isRunning && Date() < deadline { usleep(2000) }
            if p.isRunning {
                // SIGKILL: gomem's run thread does not stop on SIGTERM.
                kill(p.processIdentifier, SIGKILL)
                p.waitUntilExit()
                return Outcome(code: -2, stdout: "", stderr: "timed out")
            }
            p.waitUntilExit()
            try? out.close(); try? err.close()
            let o = (try? Data(contentsOf: outURL)) ?? Data()
            let e = (try? Data(contentsOf: errURL)) ?? Data()
            return Outcome(code: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
        }
        let r = Driver.run(name + ".go", args: [], cwd: dir.path, timeLimit: 30)
        return Outcome(code: r.exitCode, stdout: r.stdout, stderr: r.stderr)
    }

    /// Standard error up to the goroutine trace (or the blank line after a
    /// panic / fatal error line), without address-bearing lines.
    static func stderrHead(_ s: String) -> String {
        var out: [Substring] = []
        var seen = false
        for l in s.split(separator: "\n", omittingEmptySubsequences: false) {
            if l.hasPrefix("goroutine ") && l.hasSuffix(":") { break }
            if seen && l.isEmpty { break }
            if l.hasPrefix("[signal ") || l.hasPrefix("runtime: sp=") || l.hasPrefix("PC=0x") { continue }
            // The bytes in use when the heap cannot grow are the runtime's own
            // figure (Go's counts its system goroutines' stacks): compare the
            // block size only.
            if l.hasPrefix("runtime: out of memory: cannot allocate "), let r = l.range(of: "-byte block") {
                out.append(l[..<r.upperBound])
                continue
            }
            if l.hasPrefix("panic: ") || l.hasPrefix("fatal error: ") { seen = true }
            out.append(l)
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return out.joined(separator: "\n")
    }

    static func verdict(_ name: String, in corpus: String, env: [String: String] = [:]) -> Verdict {
        verdict(of: run(name, in: corpus, env: env), name, in: corpus)
    }

    static func verdict(of r: Outcome, _ name: String, in corpus: String) -> Verdict {
        if r.code == 1 && r.stderr.contains("not supported yet") { return .unsupported }
        let wantOut = Corpus.read(corpus, name + ".out") ?? ""
        let wantExit = Int32((Corpus.read(corpus, name + ".exit") ?? "0").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        let wantErr = Corpus.read(corpus, name + ".stderr") ?? ""
        var why: [String] = []
        if r.code != wantExit { why.append("exit \(r.code), want \(wantExit)") }
        if r.stdout != wantOut { why.append("stdout differs") }
        if stderrHead(r.stderr) != stderrHead(wantErr) {
            why.append("stderr: \(stderrHead(r.stderr).prefix(200).debugDescription), want \(stderrHead(wantErr).prefix(200).debugDescription)")
        }
        return why.isEmpty ? .match : .wrong(why.joined(separator: "; "))
    }

    @Test func corpusRunsLikeGo() {
        var match = 0, unsupported = 0
        var wrong: [String] = []
        var total = 0
        for corpus in ["programs", "escape"] {
            for name in Corpus.programs(corpus) {
                total += 1
                switch RunTests.verdict(name, in: corpus) {
                case .match: match += 1
                case .unsupported: unsupported += 1
                case .wrong(let why): wrong.append("  \(corpus)/\(name): \(why)")
                }
            }
        }
        print("run corpus: \(total) programs; \(match) match Go, \(unsupported) not supported yet, \(wrong.count) wrong")
        if !wrong.isEmpty { print("wrong:\n" + wrong.joined(separator: "\n")) }
        #expect(wrong.isEmpty, "\(wrong.count) programs gave a wrong answer:\n\(wrong.joined(separator: "\n"))")
        #expect(match >= RunTests.matchFloor, "only \(match) programs match Go (floor \(RunTests.matchFloor))")
    }
}
