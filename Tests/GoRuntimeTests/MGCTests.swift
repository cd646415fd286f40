// MGCTests.swift — the collector: object graphs built with mallocgc, roots
// registered as a synthetic data segment and stack, collections, and checks
// that exactly the unreachable objects are freed and their memory reused.

import Testing
@testable import GoRuntime

/// A synthetic data segment of `n` pointer words, registered as a root.
final class RootArea {
    let slots: UnsafeMutablePointer<UInt>
    let n: Int
    init(_ h: MHeap, _ n: Int) {
        self.n = n
        slots = .allocate(capacity: n)
        slots.initialize(repeating: 0, count: n)
        h.gcAddGlobals(GCRootRange(base: UInt(bitPattern: slots), words: n, ptrmask: nil))
    }
    subscript(i: Int) -> UInt {
        get { slots[i] }
        set { slots[i] = newValue }
    }
    func slot(_ i: Int) -> UnsafeMutablePointer<UInt> { slots + i }
}

/// Node types: word 0 (and word 1 for `pair`) are pointers, the rest data.
let nodeType = makeType(size: 16, pointerWords: [0])          // {next *T; val int}
let pairType = makeType(size: 32, pointerWords: [0, 1])       // {l, r *T; a, b int}
let bigType = makeType(size: 1024, pointerWords: [0, 100])    // malloc header
let largeType = makeType(size: 64 << 10, pointerWords: [0, 4000])

@inline(__always) func word(_ p: UInt, _ i: Int) -> UnsafeMutablePointer<UInt> {
    UnsafeMutablePointer<UInt>(bitPattern: p)! + i
}

/// A heap whose collections happen only when a test asks (GOGC=off).
func makeGCHeap() -> (MHeap, MCache) {
    let (h, c) = makeHeap()
    h.setGCPercent(-1)
    return (h, c)
}

func newNode(_ c: MCache, _ type: GoType = nodeType) -> UInt {
    UInt(bitPattern: c.mallocgc(type.size, type: type))
}

@Suite struct GCTests {
    @Test func linkedListSurvivesGarbageIsFreedAndReused() {
        let (h, c) = makeGCHeap()
        let roots = RootArea(h, 4)
        // A rooted list of 1000 and an unrooted one of 1000.
        var live: [UInt] = []
        var garbage: Set<UInt> = []
        for i in 0..<1000 {
            let n = newNode(c)
            word(n, 1).pointee = UInt(i)
            word(n, 0).pointee = roots[0]
            roots[0] = n
            live.append(n)
            let g = newNode(c)
            word(g, 0).pointee = live.count > 1 ? garbage.first ?? 0 : 0
            garbage.insert(g)
        }
        let before = h.readMemStats()
        h.GC(c)
        let after = h.readMemStats()
        #expect(after.frees - before.frees == 1000)
        #expect(after.heapObjects == 1000)
        #expect(after.numGC == 1)
        // The list is intact.
        var p = roots[0], k = 999
        while p != 0 {
            #expect(word(p, 1).pointee == UInt(k))
            p = word(p, 0).pointee
            k -= 1
        }
        #expect(k == -1)
        // The garbage's slots are reused, zeroed.
        var reused = 0
        for _ in 0..<1000 {
            let n = newNode(c)
            if garbage.contains(n) { reused += 1 }
            #expect(word(n, 0).pointee == 0 && word(n, 1).pointee == 0)
            #expect(!live.contains(n))
        }
        #expect(reused == 1000)
        #expect(h.verify().isEmpty)
        #expect(h.gcVerify().isEmpty)
    }

    @Test func treesCyclesAndInteriorPointers() {
        let (h, c) = makeGCHeap()
        let roots = RootArea(h, 8)
        // A complete binary tree of depth 10 (2047 nodes), rooted.
        func build(_ depth: Int) -> UInt {
            let n = newNode(c, pairType)
            if depth > 0 {
                word(n, 0).pointee = build(depth - 1)
                word(n, 1).pointee = build(depth - 1)
            }
            return n
        }
        roots[0] = build(10)
        // A reachable cycle of 100 and an unreachable one of 100.
        func cycle(_ n: Int) -> UInt {
            let first = newNode(c)
            var prev = first
            for _ in 1..<n {
                let x = newNode(c)
                word(prev, 0).pointee = x
                prev = x
            }
            word(prev, 0).pointee = first
            return first
        }
        roots[1] = cycle(100)
        _ = cycle(100)
        // An object reachable only through an interior pointer.
        let inner = newNode(c, pairType)
        word(inner, 3).pointee = 77
        roots[2] = inner + 24
        // An unrooted tree of depth 5 (63 nodes).
        _ = build(5)
        let before = h.readMemStats()
        h.GC(c)
        let after = h.readMemStats()
        #expect(after.frees - before.frees == 100 + 63)
        #expect(after.heapObjects == 2047 + 100 + 1)
        #expect(word(inner, 3).pointee == 77)
        // The tree is intact: count nodes.
        func count(_ n: UInt) -> Int {
            n == 0 ? 0 : 1 + count(word(n, 0).pointee) + count(word(n, 1).pointee)
        }
        #expect(count(roots[0]) == 2047)
        // Dropping the roots frees everything.
        roots[0] = 0; roots[1] = 0; roots[2] = 0
        h.GC(c)
        #expect(h.readMemStats().heapObjects == 0)
        #expect(h.verify().isEmpty)
    }

    @Test func largeAndHeaderObjects() {
        let (h, c) = makeGCHeap()
        let roots = RootArea(h, 4)
        // A large scan object pointing at two small ones; a header object too.
        let big = UInt(bitPattern: c.mallocgc(largeType.size, type: largeType))
        let a = newNode(c), b = newNode(c)
        word(a, 1).pointee = 1
        word(b, 1).pointee = 2
        word(big, 0).pointee = a
        word(big, 4000).pointee = b
        roots[0] = big
        let hdr = UInt(bitPattern: c.mallocgc(bigType.size, type: bigType))
        let d = newNode(c), e = newNode(c)
        word(hdr, 0).pointee = d
        word(hdr, 100).pointee = e
        word(hdr, 50).pointee = newNode(c)      // not a pointer word: must not keep its target
        roots[1] = hdr
        // Unrooted large objects.
        for _ in 0..<4 { _ = c.mallocgc(largeType.size, type: largeType) }
        _ = c.mallocgc(200 << 10)
        let inuse0 = h.readMemStats().heapInuse
        let before = h.readMemStats()
        h.GC(c)
        let after = h.readMemStats()
        #expect(after.frees - before.frees == 5 + 1)
        #expect(after.heapInuse <= inuse0 - 4 * (64 << 10) - (200 << 10))
        #expect(word(a, 1).pointee == 1 && word(b, 1).pointee == 2)
        #expect(word(hdr, 0).pointee == d && word(hdr, 100).pointee == e)
        // d and e survive: allocate and make sure they are not handed out again.
        for _ in 0..<2000 {
            let n = newNode(c)
            #expect(n != a && n != b && n != d && n != e)
        }
        #expect(h.verify().isEmpty)
    }

    @Test func tinyObjects() {
        let (h, c) = makeGCHeap()
        let roots = RootArea(h, 64)
        // 64 rooted 8-byte noscan objects, and 10000 unrooted ones.
        for i in 0..<64 {
            let p = UInt(bitPattern: c.mallocgc(8))
            word(p, 0).pointee = UInt(i) * 3
            roots[i] = p
        }
        for _ in 0..<10000 { _ = c.mallocgc(8) }
        let inuse0 = h.readMemStats().heapInuse
        h.GC(c)
        for i in 0..<64 { #expect(word(roots[i], 0).pointee == UInt(i) * 3) }
        // Blocks holding only garbage were freed: allocating as much again reuses them.
        for _ in 0..<10000 { _ = c.mallocgc(8) }
        #expect(h.readMemStats().heapInuse <= inuse0)
        for i in 0..<64 { #expect(word(roots[i], 0).pointee == UInt(i) * 3) }
    }

    @Test func stackRootsThroughTheEnumerator() {
        let (h, c) = makeGCHeap()
        // A fake goroutine stack: 32 words, pointer words 0, 5 and 31.
        let stack = UnsafeMutablePointer<UInt>.allocate(capacity: 32)
        stack.initialize(repeating: 0, count: 32)
        let mask = UnsafeMutablePointer<UInt8>.allocate(capacity: 4)
        mask.initialize(repeating: 0, count: 4)
        mask[0] = 1 | 1 << 5
        mask[3] = 1 << 7
        struct Ctx { var stack: UnsafeMutablePointer<UInt>; var mask: UnsafePointer<UInt8> }
        let ctx = UnsafeMutablePointer<Ctx>.allocate(capacity: 1)
        ctx.initialize(to: Ctx(stack: stack, mask: mask))
        h.gcSetStackRoots({ ctxp, scanner in
            let ctx = ctxp!.assumingMemoryBound(to: Ctx.self).pointee
            let s = GCRootScanner(raw: scanner)
            s.scanRange(UnsafeRawPointer(ctx.stack), words: 32, ptrmask: ctx.mask)
            s.stackScanned(bytes: 32 * 8)
        }, context: UnsafeMutableRawPointer(ctx))
        let kept = [newNode(c), newNode(c), newNode(c)]
        stack[0] = kept[0]; stack[5] = kept[1] + 8; stack[31] = kept[2]
        stack[7] = newNode(c)       // not a pointer slot in the stack map
        let before = h.readMemStats()
        h.GC(c)
        #expect(h.readMemStats().frees - before.frees == 1)
        #expect(h.lastGCTrace.stacks == 256)     // printed as 0 MB
        #expect(h.pacer.pointee.lastStackScan == 256)
        // Shrink test: Go's "uses less than a quarter".
        #expect(h.gcShouldShrinkStack(GoStack(lo: 0, hi: 8192), used: 1000))
        #expect(!h.gcShouldShrinkStack(GoStack(lo: 0, hi: 8192), used: 1300))
        #expect(!h.gcShouldShrinkStack(GoStack(lo: 0, hi: 2048), used: 10))
    }

    @Test func runtimeHeldRoots() {
        let (h, c) = makeGCHeap()
        let slot = UnsafeMutablePointer<UInt>.allocate(capacity: 1)
        slot.pointee = newNode(c)
        let tok = h.gcAddRoot(slot)
        h.GC(c)
        #expect(h.readMemStats().heapObjects == 1)
        h.gcRemoveRoot(tok)
        h.GC(c)
        #expect(h.readMemStats().heapObjects == 0)
    }

    @Test func writeBarrierKeepsObjectsDuringIncrementalMark() {
        // The same mutation with and without the barrier: without it the
        // object moved behind the mark front is lost, with it it survives.
        #if GORUNTIME_CHECKS
        let modes = [true]      // without the barrier the tri-color check traps, by design
        #else
        let modes = [true, false]
        #endif
        for useBarrier in modes {
            let (h, c) = makeGCHeap()
            let roots = RootArea(h, 4)
            let a = newNode(c)
            roots[0] = a
            let x = newNode(c)
            word(x, 1).pointee = 4242
            word(a, 0).pointee = x
            h.gcStart(c)                          // roots scanned in the start pause: A grey, X white
            #expect(h.gcphase == .mark)
            c.raw.pointee.gc.assistBytes = 1 << 30   // credit: no assist may finish the marking meanwhile
            c.raw.pointee.gc.fractionalLeft = 1 << 30 // nor the fractional worker
            // B is allocated black; move X from A to B.
            let b = newNode(c)
            c.writePointer(roots.slot(1), b)
            if useBarrier {
                c.writePointer(word(b, 0), x)
                c.writePointer(word(a, 0), 0)
            } else {
                word(b, 0).pointee = x
                word(a, 0).pointee = 0
            }
            h.gcFinishCycle(c)
            #expect(h.gcphase == .off)
            let before = h.readMemStats()
            h.finishSweep()
            let freed = h.readMemStats().frees - before.frees
            if useBarrier {
                #expect(freed == 0)
                #expect(word(x, 1).pointee == 4242)
                h.GC(c)
                #expect(word(word(roots[1], 0).pointee, 1).pointee == 4242)
                #expect(h.readMemStats().heapObjects == 3)   // A, B and X
            } else {
                #expect(freed == 1)      // X: reachable, yet freed — the barrier's reason to exist
            }
        }
    }

    @Test func lazyAndBackgroundSweep() {
        let (h, c) = makeGCHeap()
        let roots = RootArea(h, 1)
        var all: [UInt] = []
        for i in 0..<20000 {
            let n = newNode(c)
            if i % 2 == 0 { word(n, 0).pointee = roots[0]; roots[0] = n }
            all.append(n)
        }
        h.gcStart(c)
        h.gcFinishCycle(c)
        #expect(!h.sweepDone)
        // Lazy: allocation sweeps spans before using them; every slot handed
        // out is one the garbage freed, never a live one.
        let liveSet = Set(stride(from: 0, to: 20000, by: 2).map { all[$0] })
        let allSet = Set(all)
        var reusedLive = 0, reused = 0
        for _ in 0..<5000 {
            let n = newNode(c)
            if liveSet.contains(n) { reusedLive += 1 }
            if allSet.contains(n) { reused += 1 }
        }
        #expect(reusedLive == 0)
        #expect(reused >= 4000)
        // Background: the rest.
        while !h.bgsweep(maxSpans: 3) {}
        #expect(h.sweepDone)
        let m = h.readMemStats()
        #expect(m.frees == 10000)
        #expect(m.heapObjects == 10000 + 5000)
        #expect(h.verify().isEmpty)
        #expect(h.gcVerify().isEmpty)
    }

    @Test func emptySpansGoBackToThePageHeap() {
        let (h, c) = makeGCHeap()
        for _ in 0..<100_000 { _ = newNode(c) }
        let m0 = h.readMemStats()
        h.GC(c)
        let m1 = h.readMemStats()
        #expect(m1.heapObjects == 0)
        #expect(m1.frees - m0.frees == 100_000)
        #expect(m1.heapInuse < m0.heapInuse / 10)
        #expect(m1.heapIdle > m0.heapIdle)
        // FreeOSMemory returns the free pages.
        h.FreeOSMemory(c)
        let m2 = h.readMemStats()
        #expect(m2.heapReleased == m2.heapIdle)
        #expect(h.verify().isEmpty)
    }

    @Test func checkmarkAgrees() {
        let (h, c) = makeGCHeap()
        h.gcDebug = GCDebug(checkmark: true)
        let roots = RootArea(h, 2)
        for i in 0..<5000 {
            let n = newNode(c, pairType)
            word(n, 0).pointee = roots[0]
            if i % 3 == 0 { roots[0] = n }
        }
        h.GC(c)
        let (first, second, floating) = h.gc.raw.pointee.lastCheckmark
        #expect(first == second)
        #expect(floating == 0)
        #expect(first > 0)
        // A concurrent cycle with mutation: the check allows floating garbage only.
        h.gcStart(c)
        h.gcBgMarkWorker(c, budget: 1)
        for _ in 0..<100 { c.writePointer(roots.slot(1), newNode(c)) }
        h.gcFinishCycle(c)
        let cm = h.gc.raw.pointee.lastCheckmark
        #expect(cm.1 <= cm.0)
        #expect(cm.2 == cm.0 - cm.1)
    }

    @Test func gcstressCollectsEveryNAllocations() {
        let (h, c) = makeGCHeap()
        h.gcDebug = GCDebug(stress: 50)
        let roots = RootArea(h, 1)
        for i in 0..<2000 {
            let n = newNode(c)
            word(n, 1).pointee = UInt(i)
            word(n, 0).pointee = roots[0]
            roots[0] = n
            _ = newNode(c)         // garbage
        }
        #expect(h.gcCycles == 4000 / 50)
        var p = roots[0], k = 1999
        while p != 0 {
            #expect(word(p, 1).pointee == UInt(k))
            p = word(p, 0).pointee
            k -= 1
        }
        #expect(k == -1)
    }

    @Test func poisonFillsFreedObjects() {
        let (h, c) = makeGCHeap()
        h.gcDebug = GCDebug(poison: true)
        let roots = RootArea(h, 1)
        let keep = newNode(c)
        roots[0] = keep
        let dead = newNode(c)
        word(dead, 1).pointee = 5
        h.GC(c)
        #expect(h.spanOf(dead) == h.spanOf(keep))
        #expect(word(dead, 1).pointee == 0xdeadbeef_deadbeef)
        #expect(newNode(c) == dead)                      // reused and zeroed
        #expect(word(dead, 1).pointee == 0)
    }

    @Test func churnKeepsTheHeapBounded() {
        // Concurrent mode, the pacer triggering cycles, assists doing the
        // marking: 400 MB of allocation over a ~1 MB live set.
        let (h, c) = makeHeap()
        h.gcenable()
        #expect(h.gcMode == .concurrent)
        let roots = RootArea(h, 4096)
        var maxInuse = 0
        for i in 0..<400_000 {
            let sizeChoice = i % 7
            let n: UInt
            if sizeChoice == 6 {
                n = UInt(bitPattern: c.mallocgc(bigType.size, type: bigType))
            } else {
                n = newNode(c, pairType)
            }
            c.writePointer(roots.slot(i % 4096), n)
            // A child, stored through the barrier into the (rooted) parent.
            c.writePointer(word(n, 0), newNode(c))
            if i % 10_000 == 0 {
                maxInuse = max(maxInuse, h.readMemStats().heapInuse)
            }
        }
        let m = h.readMemStats()
        #expect(m.numGC >= 20)
        #expect(maxInuse < 16 << 20)
        #expect(m.heapInuse < 16 << 20)
        #expect(m.pauseTotalNs > 0)
        #expect(m.lastGC > 0)
        h.GC(c)
        #expect(h.verify().isEmpty)
        #expect(h.gcVerify().isEmpty)
        // Everything the roots hold is intact.
        for i in 0..<4096 {
            let n = roots[i]
            #expect(h.findObject(n) != nil)
            #expect(h.findObject(word(n, 0).pointee) != nil)
        }
    }

    @Test func stopTheWorldCyclesReturnMemoryWhenTheHeapShrinks() {
        // .stopTheWorld mode has no background scavenger: the end of each
        // cycle's sweep releases the free pages above Go's retained goal
        // (heapInUse at mark termination scaled by the goal's change, +10%).
        let (h, c) = makeHeap()
        h.gcMode = .stopTheWorld
        h.gcenable()
        let roots = RootArea(h, 1)
        func build(_ n: Int) {
            for _ in 0..<n {
                let x = UInt(bitPattern: c.mallocgc(bigType.size, type: bigType))
                word(x, 0).pointee = roots[0]
                roots[0] = x
            }
        }
        build(64 << 10)                             // a 64 MiB live list, grown through paced cycles
        let m1 = h.readMemStats()
        #expect(m1.numGC >= 3)
        #expect(h.scavState.pointee.released == 0)  // a growing heap keeps its pages
        roots[0] = 0
        h.GC(c)                                     // the list is garbage: the goal falls to 4 MiB
        let m2 = h.readMemStats()
        #expect(h.scavState.pointee.released >= 48 << 20)
        #expect(m2.heapReleased >= 48 << 20)
        #expect(m2.heapInuse + m2.heapIdle - m2.heapReleased <= 8 << 20)
        #expect(h.verify().isEmpty)
        build(64 << 10)                             // released pages are reused
        let m3 = h.readMemStats()
        #expect(m3.heapReleased < m2.heapReleased)
        #expect(m3.heapSys <= m2.heapSys + (16 << 20))
        #expect(h.verify().isEmpty)
        #expect(h.gcVerify().isEmpty)
    }
}
