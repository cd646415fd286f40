// GCStressTests.swift — the run corpus under the collector's safety modes.
//
// Every program of testdata/programs and testdata/escape that matches Go's
// goldens in a normal run is run again (through the built `gomem` binary)
// under GODEBUG=gcstress=N (a full collection every N allocations, so a
// pointer the VM forgets to root is freed, poisoned and reused soon after)
// together with gccheckmark=1 (each cycle's marking verified by a second
// stop-the-world mark) and must give the same stdout, exit status and
// standard error head. Programs that are "not supported yet" or already
// differ in a normal run are RunTests' business and are skipped here.
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
    /// Seconds per stressed run; the allocation-heavy programs (binary
    /// trees, big lists) exceed it and are listed, not checked.
    static let limit = 8.0
    static let godebug = "gcstress=\(stressEvery),gccheckmark=1,gcpoison=1"

    @Test func corpusUnderGCStressAndCheckmark() throws {
        guard RunTests.binary != nil else { return }    // the environment needs the binary
        let jobs: [(String, String)] = ["programs", "escape"].flatMap { c in Corpus.programs(c).map { (c, $0) } }
        final class Tally: @unchecked Sendable {
            let lock = NSLock()
            var checked = 0
            var wrong: [String] = []
            var tooSlow: [String] = []
        }
        let tally = Tally()
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            let (corpus, name) = jobs[i]
            var bad: String? = nil
            var counted = false, slow = false
            let r = RunTests.run(name, in: corpus, env: ["GODEBUG": GCStressTests.godebug], limit: GCStressTests.limit)
            switch RunTests.verdict(of: r, name, in: corpus) {
            case .match: counted = true
            case .wrong where r.code == -2: slow = true   // over the time limit under stress
            case .unsupported: break
            case .wrong(let why):
                // Only programs that match Go in a normal run must match here.
                if case .match = RunTests.verdict(name, in: corpus) {
                    counted = true
                    bad = "  \(corpus)/\(name): \(why)"
                }
            }
            tally.lock.lock()
            if counted { tally.checked += 1 }
            if slow { tally.tooSlow.append("\(corpus)/\(name)") }
            if let bad { tally.wrong.append(bad) }
            tally.lock.unlock()
        }
        let (checked, wrong, tooSlow) = (tally.checked, tally.wrong, tally.tooSlow)
        print("gc stress corpus: \(checked) programs matching Go run under GODEBUG=\(GCStressTests.godebug); \(wrong.count) differ")
        if !tooSlow.isEmpty { print("gc stress corpus: over the time limit under stress (not checked): \(tooSlow.sorted().joined(separator: ", "))") }
        if !wrong.isEmpty { print("differ:\n" + wrong.joined(separator: "\n")) }
        #expect(wrong.isEmpty, "\(wrong.count) runs differ under the GC safety modes:\n\(wrong.joined(separator: "\n"))")
    }
}
