// MGCPacerTests.swift — the pacer's figures against Go's formulas, GOGC and
// GOMEMLIMIT behaviour, MemStats after collections, the gctrace format and
// the environment parsers.

import Testing
@testable import GoRuntime

@Suite struct GCPacerTests {
    @Test func heapGoalIsGosFormula() {
        let MB = 1 << 20
        // goal = marked + (marked + stacks + globals) * GOGC/100
        #expect(Pacer.gcPercentHeapGoal(heapMarked: 10 * MB, stacks: MB, globals: MB, gcPercent: 100) == 22 * MB)
        #expect(Pacer.gcPercentHeapGoal(heapMarked: 10 * MB, stacks: MB, globals: MB, gcPercent: 50) == 16 * MB)
        #expect(Pacer.gcPercentHeapGoal(heapMarked: 10 * MB, stacks: 0, globals: 0, gcPercent: 200) == 30 * MB)
        // heapMinimum = 4 MiB * GOGC/100
        #expect(Pacer.gcPercentHeapGoal(heapMarked: 100_000, stacks: 0, globals: 0, gcPercent: 100) == 4 * MB)
        #expect(Pacer.gcPercentHeapGoal(heapMarked: 0, stacks: 0, globals: 0, gcPercent: 50) == 2 * MB)
        // GOGC=off
        #expect(Pacer.gcPercentHeapGoal(heapMarked: 10 * MB, stacks: 0, globals: 0, gcPercent: -1) == Int.max)
    }

    @Test func memoryLimitGoalIsGosFormula() {
        let MB = 1 << 20
        // nonHeap = 90 - 10 - 60 = 20 MB; goal = 100 - 20 = 80 MB, less 3% headroom.
        let mem = PacerMemory(mappedReady: 90 * MB, heapFree: 10 * MB, heapAlloc: 60 * MB)
        let g = Pacer.memoryLimitHeapGoal(limit: 100 * MB, mem: mem, heapMarked: 30 * MB)
        #expect(g == 80 * MB - 80 * MB / 100 * 3)
        // Small goals keep at least 1 MiB of headroom.
        let small = Pacer.memoryLimitHeapGoal(limit: 20 * MB, mem: PacerMemory(mappedReady: 10 * MB, heapFree: 0, heapAlloc: 5 * MB), heapMarked: 0)
        #expect(small == 15 * MB - MB)
        // Over the limit with a large non-heap part: the goal falls to the live heap.
        let over = Pacer.memoryLimitHeapGoal(limit: 10 * MB, mem: PacerMemory(mappedReady: 30 * MB, heapFree: 0, heapAlloc: 5 * MB), heapMarked: 3 * MB)
        #expect(over == 3 * MB)
        #expect(Pacer.memoryLimitHeapGoal(limit: Int.max, mem: mem, heapMarked: 0) == Int.max)
    }

    @Test func triggerBoundsAreGos() {
        let MB = 1 << 20
        let goal = 22 * MB, marked = 10 * MB
        // No runway: the trigger is the upper bound, 61/64 of the way (or goal - 4 MiB if higher).
        let (t, g) = Pacer.trigger(goal: goal, minTrigger: 0, heapMarked: marked, runway: 0)
        #expect(g == goal)
        #expect(t == (goal - marked) / 64 * 61 + marked)
        // Huge runway: the lower bound, 45/64.
        let (t2, _) = Pacer.trigger(goal: goal, minTrigger: 0, heapMarked: marked, runway: 100 * MB)
        #expect(t2 == (goal - marked) / 64 * 45 + marked)
        // In between: goal - runway.
        let (t3, _) = Pacer.trigger(goal: goal, minTrigger: 0, heapMarked: marked, runway: 2 * MB)
        #expect(t3 == goal - 2 * MB)
        // A large goal: the upper bound is goal - 4 MiB.
        let (t4, _) = Pacer.trigger(goal: 400 * MB, minTrigger: 0, heapMarked: 200 * MB, runway: 0)
        #expect(t4 == 396 * MB)
        // Marked past the goal: trigger = goal.
        #expect(Pacer.trigger(goal: 4 * MB, minTrigger: 0, heapMarked: 5 * MB, runway: 0) == (4 * MB, 4 * MB))
    }

    @Test func goalAfterACollectionFollowsTheLiveHeap() {
        let (h, c) = makeGCHeap()
        let roots = RootArea(h, 1)
        #expect(h.setGCPercent(100) == -1)
        // A first, empty heap: the goal is the minimum, 4 MiB.
        #expect(h.heapGoal == 4 << 20)
        // 12 MB live in a list.
        for _ in 0..<(12 << 20) / 32 {
            let n = newNode(c, pairType)
            word(n, 0).pointee = roots[0]
            roots[0] = n
        }
        h.GC(c)
        let marked = h.heapMarked
        #expect(marked >= 12 << 20 && marked < 13 << 20)
        #expect(h.heapGoal == marked + (marked + 8) * 100 / 100)   // globals: one word
        #expect(h.setGCPercent(50) == 100)
        #expect(h.heapGoal == marked + (marked + 8) * 50 / 100)
        #expect(h.readMemStats().nextGC == h.heapGoal)
        #expect(h.setGCPercent(-1) == 50)
        #expect(h.heapGoal == Int.max)
        // SetMemoryLimit: negative reads, returns the previous value.
        #expect(h.setMemoryLimit(-1) == Int.max)
        #expect(h.setMemoryLimit(64 << 20) == Int.max)
        #expect(h.setMemoryLimit(-1) == 64 << 20)
        #expect(h.heapGoal < 64 << 20)
        #expect(h.heapGoal >= marked)
    }

    @Test func gogcOffNeverCollects() {
        let (h, c) = makeHeap()
        h.gcenable()
        h.setGCPercent(-1)
        for _ in 0..<200_000 { _ = newNode(c, pairType) }   // ~10 MB of garbage
        #expect(h.gcCycles == 0)
        h.setGCPercent(100)          // now over the trigger: the next allocation collects
        _ = newNode(c)
        #expect(h.gcphase != .off || h.gcCycles > 0)
    }

    /// Churns `total` bytes of 48-byte objects over a live set of `live`
    /// bytes under GOGC=off and a memory limit; returns (cycles, peak
    /// mapped-ready bytes, peak HeapInuse).
    func churnUnderLimit(live: Int, limit: Int, total: Int) -> (Int, Int, Int) {
        let (h, c) = makeHeap()
        h.gcenable()
        h.setGCPercent(-1)
        h.setMemoryLimit(limit)
        let nLive = live / 48
        let roots = RootArea(h, nLive)
        var peak = 0, peakInuse = 0
        for i in 0..<(total / 48) {
            c.writePointer(roots.slot(i % nLive), newNode(c, pairType))
            if i % 4096 == 0 {
                peak = max(peak, h.pacerMemory().mappedReady)
                peakInuse = max(peakInuse, h.readMemStats().heapInuse)
            }
        }
        return (h.gcCycles, peak, peakInuse)
    }

    @Test func memoryLimitHoldsTheHeapAndCollectsMoreNearIt() {
        let MB = 1 << 20
        let limit = 32 * MB
        let (lowCycles, lowPeak, lowInuse) = churnUnderLimit(live: 2 * MB, limit: limit, total: 200 * MB)
        let (highCycles, highPeak, highInuse) = churnUnderLimit(live: 16 * MB, limit: limit, total: 200 * MB)
        #expect(lowCycles > 0)
        #expect(highCycles > lowCycles)          // nearer the limit, more cycles
        // HeapInuse stays within 10% of the limit and all mapped memory
        // (heap, free pages not yet scavenged, metadata) within 25% while
        // cycles run concurrently: gomem's gap to Go, which holds it within a
        // few percent (unswept spans count as in use until lazily swept).
        #expect(lowInuse <= limit + limit / 10 && highInuse <= limit + limit / 10)
        #expect(lowPeak <= limit + limit / 4)
        #expect(highPeak <= limit + limit / 4)
    }

    @Test func memStatsAfterCollections() {
        let (h, c) = makeGCHeap()
        let roots = RootArea(h, 1)
        for _ in 0..<1000 {
            let n = newNode(c)
            word(n, 0).pointee = roots[0]
            roots[0] = n
            _ = c.mallocgc(100)
        }
        let t0 = h.readMemStats()
        #expect(t0.numGC == 0 && t0.lastGC == 0 && t0.pauseTotalNs == 0)
        h.GC(c)
        h.GC(c)
        let m = h.readMemStats()
        #expect(m.numGC == 2)
        #expect(m.numForcedGC == 2)
        #expect(m.mallocs == 2000)
        #expect(m.frees == 1000)
        #expect(m.heapObjects == 1000)
        #expect(m.heapAlloc == 1000 * 16)
        #expect(m.alloc == m.heapAlloc)
        #expect(m.totalAlloc == 1000 * 16 + 1000 * 112)
        #expect(m.pauseNs[0] > 0 && m.pauseNs[1] > 0 && m.pauseNs[2] == 0)
        #expect(m.pauseTotalNs == m.pauseNs[0] + m.pauseNs[1])
        #expect(m.lastGC == m.pauseEnd[1])
        #expect(m.gcCPUFraction > 0 && m.gcCPUFraction <= 1)
        #expect(m.heapSys == m.heapInuse + m.heapIdle)
        #expect(m.bySize[SizeClasses.sizeToClass(112)].frees == 1000)
        #expect(m.sys >= m.heapSys + m.stackSys + m.mspanSys)
        #expect(!m.enableGC)
        h.gcenable()
        #expect(h.readMemStats().enableGC)
    }

    @Test func gctraceLineIsGosFormat() {
        var r = GCTraceRecord()
        r.numgc = 1
        r.startNs = 12_345_678
        r.utilPercent = 2
        r.clockNs = (15_000, 500_000, 3_000)
        r.cpuNs = (15_000, 100_000, 400_000, 0, 3_000)
        r.heap0 = 4 << 20
        r.heap1 = (4 << 20) + 100
        r.heap2 = 300 << 10
        r.goal = 4 << 20
        r.procs = 1
        #expect(r.formatted() == "gc 1 @0.012s 2%: 0.015+0.50+0.003 ms clock, 0.015+0.10/0.40/0+0.003 ms cpu, 4->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P")
        r.forced = true
        r.clockNs = (1_234_567, 12_345_678, 99_999)
        r.numgc = 12
        r.startNs = 3_004_000_000
        #expect(r.formatted() == "gc 12 @3.004s 2%: 1.2+12+0.099 ms clock, 0.015+0.10/0.40/0+0.003 ms cpu, 4->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P (forced)")
        // A real cycle's line parses the same way.
        let (h, c) = makeGCHeap()
        h.GC(c)
        let line = h.lastGCTrace.formatted()
        #expect(line.hasPrefix("gc 1 @"))
        #expect(line.contains(" ms clock, ") && line.contains(" ms cpu, ") && line.hasSuffix(" 1 P (forced)"))
    }

    @Test func environmentParsing() {
        #expect(parseByteCount("1GiB") == 1 << 30)
        #expect(parseByteCount("512MiB") == 512 << 20)
        #expect(parseByteCount("100") == 100)
        #expect(parseByteCount("10KiB") == 10 << 10)
        #expect(parseByteCount("off") == Int.max)
        #expect(parseByteCount("12XB") == nil)
        let d = GCDebug.parse("gctrace=1,gccheckmark=1,gcstress=100,madvdontneed=1")
        #expect(d == GCDebug(gctrace: 1, checkmark: true, stress: 100))
        let (h, _) = makeHeap()
        h.applyEnvironment(gogc: "off", gomemlimit: "256MiB", godebug: "gctrace=0")
        #expect(h.gcPercent == -1)
        #expect(h.setMemoryLimit(-1) == 256 << 20)
        h.applyEnvironment(gogc: "50", gomemlimit: nil, godebug: nil)
        #expect(h.gcPercent == 50)
    }
}
