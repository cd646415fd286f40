// MPageAlloc.swift — the page allocator: which pages of the heap are free
// (Go's mpagealloc.go, simplified).
//
// Choice: gomem keeps Go's bitmap per arena — freeBits (1 = free and mapped)
// and scavBits (1 = free and returned to the OS) — and Go's policy, first fit
// by address: a request for n pages takes the lowest-addressed run of n free
// pages, searching arenas in address order and letting a run continue
// across arenas that are adjacent in memory. Go speeds the search with a
// radix tree of summaries (start, max, end free run per 4 MiB chunk and up);
// gomem replaces it with two cheaper hints, since spans are found once per
// mcentral refill, not per object:
//
// - `searchIndex`: no arena before it in the address-ordered list has a free
//   page (Go's searchAddr at arena granularity);
// - `nfree` per arena: arenas with no free page are skipped whole, and inside
//   an arena all-free and all-taken 64-page words are passed in one step.
//
// Invariants (heap lock held for everything here): freeBits & ~mapped == 0;
// scavBits ⊆ freeBits; nfree == popcount(freeBits) for every arena.

extension MHeap {
    /// Calls `body(arena, firstPage, count)` for each arena-sized piece of
    /// `[base, base + npages pages)`. The range must lie in known arenas.
    func forEachArenaPiece(_ base: UInt, _ npages: Int, _ body: (HeapArena, Int, Int) -> Void) {
        var addr = base
        var left = npages
        while left > 0 {
            guard let ha = arenaOf(addr) else { runtimeThrow("runtime: page range outside the heap") }
            let first = Int(truncatingIfNeeded: addr &>> UInt(pageShift)) & (pagesPerArena - 1)
            let n = min(left, pagesPerArena - first)
            body(ha, first, n)
            left -= n
            addr &+= UInt(n * pageSize)
        }
    }

    /// The address of the lowest run of `npages` free pages, or nil.
    func pagesFind(_ npages: Int) -> UInt? {
        let h = raw.pointee
        guard let list = h.allArenas else { return nil }
        var runStart: UInt = 0
        var runLen = 0
        var prevEnd: UInt = 0
        var i = h.searchIndex
        while i < h.nArenas {
            let ha = HeapArena(raw: list[i])
            i += 1
            if ha.base != prevEnd { runLen = 0 }
            prevEnd = ha.base &+ UInt(heapArenaBytes)
            if ha.header.pointee.nfree == 0 { runLen = 0; continue }
            let bits = ha.freeBits
            for w in 0..<HeapArena.words {
                let word = bits[w]
                let wordAddr = ha.base &+ UInt(w * 64 * pageSize)
                if word == ~0 {
                    if runLen == 0 { runStart = wordAddr }
                    runLen += 64
                    if runLen >= npages { return runStart }
                    continue
                }
                if word == 0 { runLen = 0; continue }
                var b = 0
                while b < 64 {
                    let rest = word &>> UInt64(b)
                    if rest & 1 == 0 {
                        runLen = 0
                        if rest == 0 { break }
                        b += rest.trailingZeroBitCount
                    } else {
                        let ones = min((~rest).trailingZeroBitCount, 64 - b)
                        if runLen == 0 { runStart = wordAddr &+ UInt(b * pageSize) }
                        runLen += ones
                        if runLen >= npages { return runStart }
                        b += ones
                    }
                }
            }
        }
        return nil
    }

    /// Marks `[base, +npages)` allocated; returns how many of its pages were
    /// scavenged (their scav bits are cleared).
    func pagesAllocRange(_ base: UInt, _ npages: Int) -> Int {
        var scav = 0
        forEachArenaPiece(base, npages) { ha, first, n in
            scav += Bitmap.countRange(ha.scavBits, first, n)
            Bitmap.clearRange(ha.scavBits, first, n)
            Bitmap.clearRange(ha.freeBits, first, n)
            ha.header.pointee.nfree -= n
        }
        // Advance the search hint past arenas that are now full.
        let h = raw
        if let list = h.pointee.allArenas {
            while h.pointee.searchIndex < h.pointee.nArenas,
                  HeapArena(raw: list[h.pointee.searchIndex]).header.pointee.nfree == 0 {
                h.pointee.searchIndex += 1
            }
        }
        return scav
    }

    /// Marks `[base, +npages)` free (still backed by the OS).
    func pagesFreeRange(_ base: UInt, _ npages: Int) {
        forEachArenaPiece(base, npages) { ha, first, n in
            Bitmap.setRange(ha.freeBits, first, n)
            ha.header.pointee.nfree += n
            let order = ha.header.pointee.order
            if order < raw.pointee.searchIndex { raw.pointee.searchIndex = order }
        }
    }

    /// Adds freshly mapped pages: free and scavenged (they hold no data and
    /// the OS has no physical pages for them yet).
    func pagesGrow(_ base: UInt, _ npages: Int) {
        forEachArenaPiece(base, npages) { ha, first, n in
            Bitmap.setRange(ha.freeBits, first, n)
            Bitmap.setRange(ha.scavBits, first, n)
            ha.header.pointee.nfree += n
            let order = ha.header.pointee.order
            if order < raw.pointee.searchIndex { raw.pointee.searchIndex = order }
        }
    }

    /// Returns free pages to the OS (Ready → Prepared with MADV_DONTNEED),
    /// highest addresses first as Go's scavenger does, until `maxBytes` are
    /// released. Returns the bytes released (Go's mheap.scavenge, run
    /// synchronously; the background scavenger comes with the scheduler).
    public func scavenge(maxBytes: Int) -> Int {
        lock()
        defer { unlock() }
        var released = 0
        let h = raw.pointee
        guard let list = h.allArenas else { return 0 }
        var i = h.nArenas - 1
        while i >= 0 && released < maxBytes {
            let ha = HeapArena(raw: list[i])
            i -= 1
            var w = HeapArena.words - 1
            while w >= 0 && released < maxBytes {
                let candidates = ha.freeBits[w] & ~ha.scavBits[w]
                if candidates != 0 {
                    var bits = candidates
                    while bits != 0 && released < maxBytes {
                        // Highest run of candidate pages in this word.
                        let hi = 63 - bits.leadingZeroBitCount
                        var lo = hi
                        while lo > 0 && bits &>> UInt64(lo - 1) & 1 != 0 { lo -= 1 }
                        let n = hi - lo + 1
                        let addr = ha.base &+ UInt((w * 64 + lo) * pageSize)
                        Mem.sysUnused(addr, UInt(n * pageSize))
                        Bitmap.setRange(ha.scavBits, w * 64 + lo, n)
                        released += n * pageSize
                        bits &= ~(((n == 64) ? ~0 : ((1 &<< UInt64(n)) &- 1)) &<< UInt64(lo))
                    }
                }
                w -= 1
            }
        }
        raw.pointee.stats.pointee.heapFree &-= released
        raw.pointee.stats.pointee.heapReleased &+= released
        return released
    }
}

/// Bit-range helpers over arrays of 64-bit words (bit i is word i/64, bit i%64).
enum Bitmap {
    @inline(__always) static func mask(_ start: Int, _ n: Int) -> UInt64 {
        (n >= 64 ? ~0 : ((1 &<< UInt64(n)) &- 1)) &<< UInt64(start)
    }

    static func setRange(_ w: UnsafeMutablePointer<UInt64>, _ start: Int, _ n: Int) {
        var i = start, left = n
        while left > 0 {
            let b = i & 63, k = min(left, 64 - b)
            w[i &>> 6] |= mask(b, k)
            i += k; left -= k
        }
    }

    static func clearRange(_ w: UnsafeMutablePointer<UInt64>, _ start: Int, _ n: Int) {
        var i = start, left = n
        while left > 0 {
            let b = i & 63, k = min(left, 64 - b)
            w[i &>> 6] &= ~mask(b, k)
            i += k; left -= k
        }
    }

    static func countRange(_ w: UnsafeMutablePointer<UInt64>, _ start: Int, _ n: Int) -> Int {
        var i = start, left = n, c = 0
        while left > 0 {
            let b = i & 63, k = min(left, 64 - b)
            c += (w[i &>> 6] & mask(b, k)).nonzeroBitCount
            i += k; left -= k
        }
        return c
    }
}
