// MBarrier.swift — the write barrier (Go's mbarrier.go). See MGC.swift.
//
// Go's hybrid barrier (Yuasa deletion + Dijkstra insertion), for every store
// of a pointer into the heap or a global while marking:
//
//     writePointer(slot, ptr):
//         shade(*slot)      // the old value: a deleted edge keeps its target
//         shade(ptr)        // the new value: as long as stacks may be grey
//         *slot = ptr
//
// where shade greys a white heap object. Stores to goroutine stacks take no
// barrier; stacks are scanned whole (markroot) instead. Go shades `ptr`
// only while the current stack is grey; like Go's implementation, gomem
// shades both always, which is simpler and only makes a little more floating
// garbage.
//
// The VM emits the barrier for every pointer store the compiler marks (heap
// and global destinations): it tests `writeBarrierEnabled` inline — a load
// and a branch on the P's mcache — and calls the @inline(never) slow path
// only while a cycle is marking. `typedmemmove`-style copies of values with
// pointers call `bulkBarrierPreWrite` before copying.

extension MCache {
    /// Whether the write barrier is on (Go's writeBarrier.enabled), for the
    /// VM's inline test.
    @inline(__always) public var writeBarrierEnabled: Bool {
        raw.pointee.gc.hook & GCHook.barrier != 0
    }

    /// Stores pointer `new` into the heap or global word `slot`, with the
    /// barrier when it is on (Go's gcWriteBarrier + the store).
    @inline(__always) public func writePointer(_ slot: UnsafeMutablePointer<UInt>, _ new: UInt) {
        if raw.pointee.gc.hook & GCHook.barrier != 0 { gcWriteBarrier(slot, new) }
        slot.pointee = new
    }

    /// The barrier's slow path: shades the old value of `slot` and `new`.
    /// Does not store.
    @inline(never) public func gcWriteBarrier(_ slot: UnsafeMutablePointer<UInt>, _ new: UInt) {
        let h = heap
        let mc = h.markContext(self)
        let old = slot.pointee
        if old != 0 { mc.greyIfHeap(old) }
        if new != 0 { mc.greyIfHeap(new) }
        h.gc.raw.pointee.cycleMutated = true
    }

    /// Shades one pointer value (Go's shade), e.g. for a value moved out of
    /// the heap by a runtime routine.
    public func shade(_ p: UInt) {
        guard writeBarrierEnabled, p != 0 else { return }
        heap.markContext(self).greyIfHeap(p)
    }

    /// Before copying `size` bytes of a value of type `typ` (repeated) over
    /// `dst`: shades every old pointer in dst and new pointer in src (Go's
    /// bulkBarrierPreWrite). `src` may be nil for a clear.
    public func bulkBarrierPreWrite(dst: UnsafeRawPointer, src: UnsafeRawPointer?, size: Int, type typ: GoType) {
        guard writeBarrierEnabled, typ.ptrBytes > 0, typ.size > 0 else { return }
        let mc = heap.markContext(self)
        var e = 0
        while e < size {
            for w in 0..<(typ.ptrBytes / 8) where typ.isPointerWord(w) && e + w * 8 < size {
                let old = dst.load(fromByteOffset: e + w * 8, as: UInt.self)
                if old != 0 { mc.greyIfHeap(old) }
                if let src {
                    let new = src.load(fromByteOffset: e + w * 8, as: UInt.self)
                    if new != 0 { mc.greyIfHeap(new) }
                }
            }
            e += typ.size
        }
        heap.gc.raw.pointee.cycleMutated = true
    }
}
