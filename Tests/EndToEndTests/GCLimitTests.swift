// GCLimitTests.swift — the collector's knobs and its benchmark programs,
// end to end through the built `gomem` binary.
//
// testdata/gclimit/NAME.go runs with the environment of NAME.env, if any
// (lines VAR=value: GOGC=off, GOMEMLIMIT=64MiB, ...) on top of Go's defaults
// (GOGC=100, no memory limit, no GODEBUG), the same environment
// scripts/regen-gc-goldens.sh gives real Go when it writes the goldens; the
// programs check MemStats themselves (heap under the limit, NumGC, memory
// returned to the OS after the heap shrinks: scavenge.go) and print
// only their verdicts, so matching Go's stdout is the test. bench/gc holds
// scripts/bench-gc.sh's programs with their goldens; those quick enough in
// a debug build (`quickBenchmarks`, at most ~20 s each) run here too, under
// the default environment. Every run must match Go: these programs use
// nothing gomem does not support, so "not supported yet" is a failure here.
import Foundation
import Testing
@testable import GomemDriver

@Suite struct GCLimitTests {
    /// bench/gc programs that finish in a debug build in ~5 s each (churn,
    /// bigheap with its 300 MB live heap, phases with its 250 MB first
    /// phase); binarytrees (depth 18) takes over a minute there and runs
    /// only in scripts/bench-gc.sh.
    static let quickBenchmarks = ["bigheap", "churn", "phases"]
    /// Seconds before a run is killed (a hang or a pathological slowdown).
    static let limit = 60.0

    /// Go's defaults for the collector's variables, so that nothing in the
    /// test runner's own environment leaks into a run.
    static let defaults = ["GOGC": "100", "GOMEMLIMIT": "off", "GODEBUG": ""]

    /// The defaults overridden by NAME.env of the corpus, if present.
    static func environment(_ corpus: String, _ name: String) -> [String: String] {
        var env = defaults
        for line in (Corpus.read(corpus, name + ".env") ?? "").split(separator: "\n") {
            let l = line.trimmingCharacters(in: .whitespaces)
            if l.isEmpty || l.hasPrefix("#") { continue }
            let kv = l.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if kv.count == 2 { env[String(kv[0])] = String(kv[1]) }
        }
        return env
    }

    static func check(_ corpus: String, _ names: [String]) -> [String] {
        var bad: [String] = []
        for name in names {
            let env = environment(corpus, name)
            let r = RunTests.run(name, in: corpus, env: env, limit: limit)
            switch RunTests.verdict(of: r, name, in: corpus) {
            case .match: break
            case .unsupported: bad.append("  \(corpus)/\(name): not supported yet: \(r.stderr.prefix(200))")
            case .wrong(let why):
                let envText = env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
                bad.append("  \(corpus)/\(name) [\(envText)]: \(why); stdout: \(r.stdout.prefix(400).debugDescription)")
            }
        }
        return bad
    }

    @Test func memoryLimitAndGOGCOffRunLikeGo() {
        guard RunTests.binary != nil else { return }    // the environment needs the binary
        let names = Corpus.programs("gclimit")
        #expect(names.count >= 4)
        let bad = GCLimitTests.check("gclimit", names)
        #expect(bad.isEmpty, "\(bad.count) of \(names.count) gclimit programs differ from Go:\n\(bad.joined(separator: "\n"))")
    }

    @Test func quickGCBenchmarksRunLikeGo() {
        guard RunTests.binary != nil else { return }
        let all = Corpus.programs("bench/gc")
        for name in GCLimitTests.quickBenchmarks { #expect(all.contains(name), "bench/gc/\(name).go is missing") }
        let bad = GCLimitTests.check("bench/gc", GCLimitTests.quickBenchmarks)
        #expect(bad.isEmpty, "bench/gc programs differ from Go:\n\(bad.joined(separator: "\n"))")
    }
}
