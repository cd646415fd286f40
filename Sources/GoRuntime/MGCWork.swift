// MGCWork.swift — grey-object queues for the collector: work buffers and the
// per-P gcWork (Go's mgcwork.go).
//
// See MGC.swift for the collector's overview. A grey object is one that is
// marked but whose pointers have not been scanned yet. Grey objects wait in
// work buffers (workbufs): 2 KiB blocks of runtime memory, never Swift
// arrays, each a header and up to 254 object addresses:
//
//     offset 0   next: the next workbuf on a global list, or nil
//     offset 8   nobj: addresses held (0 ≤ nobj ≤ workbufObjs)
//     offset 16  obj[0 ..< 254]: base addresses of grey objects
//
// Each P has a gcWork (`GCWorkData`, embedded in its mcache) holding two
// workbufs, as Go's does: puts and gets go to wbuf1; when wbuf1 is full (or
// empty) the two are swapped, and only when both are full (or empty) does the
// P touch the global lists. That hysteresis keeps a P that alternates
// between putting and getting near a buffer boundary off the global lock.
//
// Global lists (in GCStateData, under `work.lock`; Go keeps lock-free stacks):
//
//     full   workbufs with at least one object, for any P to take
//     empty  workbufs with none, for reuse
//
// Workbufs come from 64 KiB chunks of runtime memory (charged to GCSys) and
// are never returned to the OS; the empty list keeps them for the next cycle.
//
// Invariants: a workbuf is on exactly one of: the full list, the empty list,
// or one gcWork's wbuf1/wbuf2. Between cycles every gcWork is disposed (both
// buffers back on the empty list) and the full list is empty. bytesMarked and
// heapScanWork are flushed into the GC state at dispose.

import Synchronization

/// Bytes per work buffer (Go's _WorkbufSize).
let workbufSize = 2048
/// Object addresses per work buffer.
let workbufObjs = (workbufSize - 16) / 8

/// A workbuf's header; the addresses follow it (layout in the file comment).
struct WorkbufHeader {
    var next: UnsafeMutablePointer<WorkbufHeader>? = nil
    var nobj: Int = 0
}

extension UnsafeMutablePointer where Pointee == WorkbufHeader {
    /// obj[0 ..< workbufObjs].
    @inline(__always) var obj: UnsafeMutablePointer<UInt> {
        (UnsafeMutableRawPointer(self) + 16).assumingMemoryBound(to: UInt.self)
    }
}

/// The global workbuf lists (Go's work.full / work.empty).
struct WorkListsData {
    var lock = RuntimeLockStorage()
    var full: UnsafeMutablePointer<WorkbufHeader>? = nil
    var empty: UnsafeMutablePointer<WorkbufHeader>? = nil
    var nfull = 0                 // workbufs on the full list
    var nbufs = 0                 // workbufs ever made
}

/// A P's grey-object queue (Go's gcWork). Owned by the P; no lock.
public struct GCWorkData {
    var wbuf1: UnsafeMutablePointer<WorkbufHeader>? = nil
    var wbuf2: UnsafeMutablePointer<WorkbufHeader>? = nil
    /// Bytes of objects this P marked since the last dispose.
    var bytesMarked = 0
    /// Bytes of heap objects this P scanned since the last dispose (scan work).
    var heapScanWork = 0
    /// Set when this gcWork handed work to the global lists (Go's flushedWork):
    /// gcMarkDone uses it to tell whether marking is really finished.
    var flushedWork = false
    public init() {}
}

extension UnsafeMutablePointer where Pointee == WorkListsData {
    var lockPtr: UnsafeMutablePointer<RuntimeLockStorage> {
        UnsafeMutableRawPointer(self).assumingMemoryBound(to: RuntimeLockStorage.self)
    }

    /// An empty workbuf from the empty list or fresh memory (Go's getempty).
    func getempty(_ stat: SysStat) -> UnsafeMutablePointer<WorkbufHeader> {
        lockPtr.lock()
        if let b = pointee.empty {
            pointee.empty = b.pointee.next
            lockPtr.unlock()
            b.pointee.next = nil
            b.pointee.nobj = 0
            return b
        }
        // Carve a 64 KiB chunk into workbufs; keep all but one.
        let chunk = 64 << 10
        let mem = Mem.sysAlloc(UInt(chunk), stat)
        let n = chunk / workbufSize
        for i in 1..<n {
            let b = UnsafeMutableRawPointer(bitPattern: mem &+ UInt(i * workbufSize))!
                .bindMemory(to: WorkbufHeader.self, capacity: 1)
            b.initialize(to: WorkbufHeader(next: pointee.empty, nobj: 0))
            pointee.empty = b
        }
        pointee.nbufs += n
        lockPtr.unlock()
        let b = UnsafeMutableRawPointer(bitPattern: mem)!.bindMemory(to: WorkbufHeader.self, capacity: 1)
        b.initialize(to: WorkbufHeader())
        return b
    }

    func putempty(_ b: UnsafeMutablePointer<WorkbufHeader>) {
        b.pointee.nobj = 0
        lockPtr.lock()
        b.pointee.next = pointee.empty
        pointee.empty = b
        lockPtr.unlock()
    }

    func putfull(_ b: UnsafeMutablePointer<WorkbufHeader>) {
        lockPtr.lock()
        b.pointee.next = pointee.full
        pointee.full = b
        pointee.nfull += 1
        lockPtr.unlock()
    }

    /// A full workbuf, or nil if the full list is empty (Go's trygetfull).
    func trygetfull() -> UnsafeMutablePointer<WorkbufHeader>? {
        lockPtr.lock()
        defer { lockPtr.unlock() }
        guard let b = pointee.full else { return nil }
        pointee.full = b.pointee.next
        pointee.nfull -= 1
        b.pointee.next = nil
        return b
    }

    /// Whether the full list holds any work (racy read; Go's work.full != 0).
    var hasFull: Bool { pointee.full != nil }
}

/// A P's gcWork together with the global lists it spills to. A value handle.
struct GCWork {
    let raw: UnsafeMutablePointer<GCWorkData>
    let lists: UnsafeMutablePointer<WorkListsData>
    let stat: SysStat

    /// Queues grey object `obj` (Go's gcWork.put).
    @inline(__always) func put(_ obj: UInt) {
        if let w = raw.pointee.wbuf1, w.pointee.nobj < workbufObjs {
            w.obj[w.pointee.nobj] = obj
            w.pointee.nobj &+= 1
            return
        }
        putSlow(obj)
    }

    @inline(never) func putSlow(_ obj: UInt) {
        if raw.pointee.wbuf1 == nil {
            raw.pointee.wbuf1 = lists.getempty(stat)
            raw.pointee.wbuf2 = lists.getempty(stat)
        }
        var w = raw.pointee.wbuf1!
        if w.pointee.nobj == workbufObjs {
            raw.pointee.wbuf1 = raw.pointee.wbuf2
            raw.pointee.wbuf2 = w
            w = raw.pointee.wbuf1!
            if w.pointee.nobj == workbufObjs {
                lists.putfull(w)
                raw.pointee.flushedWork = true
                w = lists.getempty(stat)
                raw.pointee.wbuf1 = w
            }
        }
        w.obj[w.pointee.nobj] = obj
        w.pointee.nobj &+= 1
    }

    /// A grey object, or 0 if this P and the global full list have none
    /// (Go's gcWork.tryGet).
    @inline(__always) func tryGet() -> UInt {
        if let w = raw.pointee.wbuf1, w.pointee.nobj > 0 {
            w.pointee.nobj &-= 1
            return w.obj[w.pointee.nobj]
        }
        return tryGetSlow()
    }

    @inline(never) func tryGetSlow() -> UInt {
        guard var w = raw.pointee.wbuf1 else {
            // No buffers yet: take a full one from the global list if any.
            guard let f = lists.trygetfull() else { return 0 }
            raw.pointee.wbuf1 = f
            raw.pointee.wbuf2 = lists.getempty(stat)
            f.pointee.nobj -= 1
            return f.obj[f.pointee.nobj]
        }
        if w.pointee.nobj == 0 {
            raw.pointee.wbuf1 = raw.pointee.wbuf2
            raw.pointee.wbuf2 = w
            w = raw.pointee.wbuf1!
            if w.pointee.nobj == 0 {
                guard let f = lists.trygetfull() else { return 0 }
                lists.putempty(w)
                raw.pointee.wbuf1 = f
                w = f
            }
        }
        w.pointee.nobj -= 1
        return w.obj[w.pointee.nobj]
    }

    /// Whether this P holds no grey object.
    var isEmpty: Bool {
        (raw.pointee.wbuf1?.pointee.nobj ?? 0) == 0 && (raw.pointee.wbuf2?.pointee.nobj ?? 0) == 0
    }

    /// Moves one buffer of this P's work to the global list if the global
    /// list is empty, so idle Ps can help (Go's gcWork.balance).
    func balance() {
        if lists.hasFull { return }
        if let w = raw.pointee.wbuf2, w.pointee.nobj > 0 {
            lists.putfull(w)
            raw.pointee.wbuf2 = lists.getempty(stat)
            raw.pointee.flushedWork = true
        }
    }

    /// Returns both buffers to the global lists (Go's gcWork.dispose) and
    /// hands back the counters (bytesMarked, heapScanWork), zeroing them.
    func dispose() -> (bytesMarked: Int, heapScanWork: Int) {
        for w in [raw.pointee.wbuf1, raw.pointee.wbuf2] {
            guard let w else { continue }
            if w.pointee.nobj == 0 {
                lists.putempty(w)
            } else {
                lists.putfull(w)
                raw.pointee.flushedWork = true
            }
        }
        raw.pointee.wbuf1 = nil
        raw.pointee.wbuf2 = nil
        let r = (raw.pointee.bytesMarked, raw.pointee.heapScanWork)
        raw.pointee.bytesMarked = 0
        raw.pointee.heapScanWork = 0
        return r
    }
}
