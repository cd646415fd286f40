// GCStressTests.swift — the run corpus under the collector's safety modes.
//
// Every program of testdata/programs and testdata/escape that matches Go's
// goldens in a normal run is run again (through the built `gomem` binary)
// under GODEBUG=gcstress=N (a full collection every N allocations, so a
// pointer the VM forgets to root is freed, poisoned and reused soon after)
// together with gccheckmark=1 (each cycle's marking verified by a second
// stop-the-world mark) and must give the same stdout, exit status and
// standard error head; programs too slow at that rate run again at a lower
// one, so every program is checked. A second test runs the corpus with
// concurrent cycles in quick succession (GOGC=5) under gccheckmark.
// Programs that are "not supported yet" or already differ in a normal run
// are RunTests' business and are skipped here.
import Foundation
import Testing
@testable import GomemDriver

@Suite struct GCStressTests {
    /// A full collection every `stressEvery` allocations, with every cycle's
    /// marking checked by gccheckmark's second mark and freed objects
    /// poisoned. (Collecting at every allocation is quadratic in the live
    /// heap on the allocation-heavy programs; this keeps the corpus within
    /// the suite's time budget in a debug build.)
    static let stressEvery = 200
    /// Seconds per stressed run.
    static let limit = 8.0
    static let godebug = "gcstress=\(stressEvery),gccheckmark=1,gcpoison=1"
    /// The allocation-heavy programs (binary trees, big lists) that exceed
    /// the limit at that rate run again with a collection every
    /// `slowStressEvery` allocations and a longer limit: no program is left
    /// unchecked.
    static let slowStressEvery = 20_000
    static let slowLimit = 90.0

    /// Outcome of one pass over the corpus.
    final class Tally: @unchecked Sendable {
        let lock = NSLock()
        var checked = 0
        var wrong: [String] = []
        var tooSlow: [(String, String)] = []
    }

    /// Runs `jobs` under `env`; only programs that match Go in a normal run
    /// must match here (the rest are RunTests' business).
    static func pass(_ jobs: [(String, String)], env: [String: String], limit: Double) -> Tally {
        let tally = Tally()
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            let (corpus, name) = jobs[i]
            var bad: String? = nil
            var counted = false, slow = false
            let r = RunTests.run(name, in: corpus, env: env, limit: limit)
            switch RunTests.verdict(of: r, name, in: corpus) {
            case .match: counted = true
            case .wrong where r.code == -2: slow = true   // over the time limit
            case .unsupported: break
            case .wrong(let why):
                if case .match = RunTests.verdict(name, in: corpus) {
                    counted = true
                    bad = "  \(corpus)/\(name): \(why)"
                }
            }
            tally.lock.lock()
            if counted { tally.checked += 1 }
            if slow { tally.tooSlow.append((corpus, name)) }
            if let bad { tally.wrong.append(bad) }
            tally.lock.unlock()
        }
        return tally
    }

    static var corpus: [(String, String)] {
        ["programs", "escape"].flatMap { c in Corpus.programs(c).map { (c, $0) } }
    }

    /// Stop-the-world collections at arbitrary allocations, every one
    /// verified: a pointer the VM forgets to root is freed, poisoned and
    /// reused soon after.
    @Test func corpusUnderGCStressAndCheckmark() throws {
        guard RunTests.binary != nil else { return }    // the environment needs the binary
        let t = GCStressTests.pass(GCStressTests.corpus, env: ["GODEBUG": GCStressTests.godebug], limit: GCStressTests.limit)
        var checked = t.checked, wrong = t.wrong
        print("gc stress corpus: \(checked) programs matching Go run under GODEBUG=\(GCStressTests.godebug); \(wrong.count) differ")
        let slowGodebug = "gcstress=\(GCStressTests.slowStressEvery),gccheckmark=1,gcpoison=1"
        var unchecked: [String] = []
        if !t.tooSlow.isEmpty {
            let t2 = GCStressTests.pass(t.tooSlow, env: ["GODEBUG": slowGodebug], limit: GCStressTests.slowLimit)
            checked += t2.checked
            wrong += t2.wrong
            unchecked = t2.tooSlow.map { "\($0.0)/\($0.1)" }
            print("gc stress corpus: \(t.tooSlow.count) allocation-heavy programs rerun under GODEBUG=\(slowGodebug): \(t2.checked) checked, \(t2.wrong.count) differ")
        }
        print("gc stress corpus: \(checked) checked in all, \(wrong.count) differ, \(unchecked.count) unchecked")
        if !wrong.isEmpty { print("differ:\n" + wrong.joined(separator: "\n")) }
        #expect(wrong.isEmpty, "\(wrong.count) runs differ under the GC safety modes:\n\(wrong.joined(separator: "\n"))")
        #expect(unchecked.isEmpty, "over the time limit even at the slower stress rate: \(unchecked.sorted().joined(separator: ", "))")
    }

    /// Concurrent cycles in quick succession (GOGC=5: the next cycle starts
    /// after 5% of heap growth), each mark termination verified by
    /// gccheckmark (a full second mark, so GOGC=1 makes the allocation-heavy
    /// programs too slow for a loaded machine): the
    /// write barrier, allocate-black and the stack scan must leave nothing
    /// reachable unmarked while the program runs during marking.
    @Test func corpusUnderConcurrentCyclesAndCheckmark() throws {
        guard RunTests.binary != nil else { return }
        let env = ["GOGC": "5", "GODEBUG": "gccheckmark=1,gcpoison=1"]
        let jobs = GCStressTests.corpus.filter { $0.1 != "gc_setgcpercent" }   // prints the GOGC it finds
        let t = GCStressTests.pass(jobs, env: env, limit: 2 * GCStressTests.slowLimit)
        print("gc concurrent corpus: \(t.checked) programs matching Go run under GOGC=5 GODEBUG=gccheckmark=1,gcpoison=1; \(t.wrong.count) differ, \(t.tooSlow.count) over the time limit")
        if !t.wrong.isEmpty { print("differ:\n" + t.wrong.joined(separator: "\n")) }
        #expect(t.wrong.isEmpty, "\(t.wrong.count) runs differ under concurrent cycles:\n\(t.wrong.joined(separator: "\n"))")
        #expect(t.tooSlow.isEmpty, "over the time limit: \(t.tooSlow.map { $0.1 }.sorted().joined(separator: ", "))")
    }
}
