// FixAlloc.swift — allocators for runtime metadata (Go's mfixalloc.go and
// persistentalloc in malloc.go).
//
// Runtime metadata (mspan structs, mcaches, heapArena tables, alloc/mark
// bitmaps, size tables) lives in memory the runtime maps itself, never in
// Swift objects:
//
// - `PersistentAlloc` bumps through 256 KiB chunks from `Mem.sysAlloc`.
//   Memory from it is never freed. It has its own lock.
// - `FixAlloc` hands out fixed-size blocks carved from persistent chunks and
//   keeps a free list of returned blocks (Go's fixalloc). It has no lock: the
//   owner's lock protects it (the mheap lock for spanalloc and cachealloc).
// - gc bitmaps (allocBits, gcmarkBits; Go's gcBits arenas) come from a bump
//   region in MHeap.newGCBits; the sweeper swaps a span's two bitmaps each
//   cycle and freeSpan puts them on per-size free lists for reuse.
//
// Invariants: every block is zeroed when first handed out; a FixAlloc block
// returned with `free` is zeroed again on its next `alloc` when `zero` is set.

import Synchronization

/// Persistent (never freed) bump allocator.
struct PersistentAllocData {
    var lock = RuntimeLockStorage()
    var base: UInt = 0       // next free byte in the current chunk
    var end: UInt = 0        // end of the current chunk
    var other: UnsafeMutablePointer<Atomic<Int>>? = nil  // chunks are charged here (OtherSys)
}

let persistentChunkSize: UInt = 256 << 10

extension UnsafeMutablePointer where Pointee == PersistentAllocData {
    /// The lock (first field, so the struct's address is the lock's).
    var lockPtr: UnsafeMutablePointer<RuntimeLockStorage> {
        UnsafeMutableRawPointer(self).assumingMemoryBound(to: RuntimeLockStorage.self)
    }

    /// Returns `size` zeroed bytes aligned to `align` (a power of two ≤ 4096).
    /// Chunks are charged to OtherSys; each allocation then moves its size
    /// from OtherSys to `stat` (as Go's persistentalloc does).
    func alloc(_ size: Int, align: Int, stat: SysStat) -> UnsafeMutableRawPointer {
        let n = UInt(size)
        if n >= persistentChunkSize / 4 {
            let rounded = (n + physPageSize - 1) & ~(physPageSize - 1)
            return UnsafeMutableRawPointer(bitPattern: Mem.sysAlloc(rounded, stat))!
        }
        let a = UInt(align)
        let other = pointee.other.map { SysStat($0) } ?? stat
        lockPtr.lock()
        var p = (pointee.base + a - 1) & ~(a - 1)
        if pointee.base == 0 || p + n > pointee.end {
            let chunk = Mem.sysAlloc(persistentChunkSize, other)
            pointee.end = chunk + persistentChunkSize
            p = chunk
        }
        pointee.base = p + n
        lockPtr.unlock()
        if stat.raw != other.raw {
            other.add(-size)
            stat.add(size)
        }
        return UnsafeMutableRawPointer(bitPattern: p)!
    }
}


/// A free-list allocator of fixed-size blocks (Go's fixalloc).
struct FixAllocData {
    var size: Int = 0                       // block size in bytes (≥ 8)
    var list: UnsafeMutableRawPointer? = nil // free blocks, linked through their first word
    var chunk: UInt = 0                     // bump region for fresh blocks
    var nchunk: Int = 0                     // bytes left in `chunk`
    var inuse: Int = 0                      // bytes handed out and not freed
    var zero = true                         // zero blocks on reuse
}

let fixAllocChunk = 16 << 10

extension UnsafeMutablePointer where Pointee == FixAllocData {
    func initFix(size: Int) {
        pointee = FixAllocData()
        pointee.size = (size + 7) & ~7
    }

    /// Returns a block of `size` bytes. The caller holds the owner's lock.
    func alloc(_ persistent: UnsafeMutablePointer<PersistentAllocData>, stat: SysStat) -> UnsafeMutableRawPointer {
        let size = pointee.size
        if let v = pointee.list {
            pointee.list = v.load(as: UnsafeMutableRawPointer?.self)
            pointee.inuse &+= size
            if pointee.zero { v.initializeMemory(as: UInt8.self, repeating: 0, count: size) }
            return v
        }
        if pointee.nchunk < size {
            pointee.chunk = UInt(bitPattern: persistent.alloc(fixAllocChunk, align: 64, stat: stat))
            pointee.nchunk = fixAllocChunk
        }
        let v = UnsafeMutableRawPointer(bitPattern: pointee.chunk)!
        pointee.chunk &+= UInt(size)
        pointee.nchunk &-= size
        pointee.inuse &+= size
        return v
    }

    /// Returns a block to the free list. The caller holds the owner's lock.
    func free(_ p: UnsafeMutableRawPointer) {
        pointee.inuse &-= pointee.size
        p.storeBytes(of: pointee.list, as: UnsafeMutableRawPointer?.self)
        pointee.list = p
    }
}
