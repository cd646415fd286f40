// Chan.swift — channels and select (Go's chan.go and select.go, on one P).
//
// A channel value is the address of its header in the Go heap:
//
//     +0 qcount  +8 dataqsiz  +16 buf  +24 elemsize  +32 closed
//     +40 sendx  +48 recvx    +56 elemtype
//     +64 recvq (first, last)  +80 sendq (first, last)
//
// The closed word is 1 when closed; bit `HChan.timerFlag` marks a timer
// channel (Timers.swift: one slot, len/cap read 0, never closed or sent to
// by the program, since its type is <-chan).
// The buffer holds dataqsiz elements in memory form. The wait queues are
// Go's recvq/sendq: FIFOs of sudogs in raw memory (Sudog.swift), each
// operation O(1); a select withdraws its other sudogs in O(1) each.
//
// Invariants:
//   - if the buffer is not empty, no receiver waits; if it is not full (or
//     the channel is unbuffered), no sender waits — except waiters from a
//     select, which are withdrawn when another of its cases fires;
//   - a waiter's value slot lies in its own (parked) stack, by offset, so
//     stack growth never invalidates it;
//   - closing wakes every receiver (zero value, ok false) and every sender
//     (which then panics "send on closed channel").
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime

extension VM {
    /// The channel's header.
    @inline(__always) func hchan(_ c: UnsafeMutableRawPointer) -> UnsafeMutablePointer<HChan> { c.assumingMemoryBound(to: HChan.self) }
    func chanElem(_ c: UnsafeMutableRawPointer) -> TypeRef { TypeRef(bits: hchan(c).pointee.elemtype)! }

    func makechan(_ ct: TypeRef, size: Int) -> UnsafeMutableRawPointer? {
        let et = ct.elem!
        let c = cache.mallocgc(MemoryLayout<HChan>.size, type: gcChanType, needzero: true)
        let pin = gcPin(c)
        defer { gcUnpin(pin) }
        let buf = size > 0 ? cache.mallocgc(size * max(et.size, 1), type: et.goType, needzero: true) : nil
        let h = hchan(c)
        h.pointee.dataqsiz = size
        h.pointee.buf = UInt(bitPattern: buf)
        h.pointee.elemsize = et.size
        h.pointee.elemtype = et.bits
        return c
    }

    /// The channel's receive or send wait queue.
    @inline(__always) func chanWaitQ(_ c: UnsafeMutableRawPointer, _ kind: SudogKind) -> WaitQ {
        WaitQ(c + (kind == .recv ? HChan.recvqOffset : HChan.sendqOffset))
    }

    /// The address `off` bytes above the waiting goroutine's stack base.
    @inline(__always) func stackAddr(_ s: UnsafeMutablePointer<Sudog>, _ off: Int) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(bitPattern: s.pointee.g!.pointee.lo &+ UInt(off))!
    }

    /// Registers the running G in c's queue of `kind` (one sudog of a
    /// channel operation, or one case of a select: linked on g.waiting).
    func enqueueChan(_ c: UnsafeMutableRawPointer, _ kind: SudogKind, valOff: Int, okOff: Int,
                     selectCase: Int = -1, resultOff: Int = -1) {
        let s = acquireSudog()
        s.pointee.g = g
        s.pointee.elem = UInt(bitPattern: c)
        s.pointee.kind = kind.rawValue
        s.pointee.valOff = valOff
        s.pointee.okOff = okOff
        s.pointee.selectCase = selectCase
        s.pointee.resultOff = resultOff
        s.pointee.waitlink = UnsafeMutablePointer(bitPattern: g.pointee.waiting)
        g.pointee.waiting = UInt(bitPattern: s)
        chanWaitQ(c, kind).enqueue(s)
    }

    /// Removes the first waiter of c's queue of `kind`; a select's other
    /// sudogs are withdrawn from their queues and its result word written.
    /// The caller transfers the value, then calls `wakeSudog`.
    func dequeue(_ c: UnsafeMutableRawPointer, _ kind: SudogKind) -> UnsafeMutablePointer<Sudog>? {
        let q = chanWaitQ(c, kind)
        guard let s = q.first else { return nil }
        q.remove(s)
        let gp = s.pointee.g!
        if s.pointee.selectCase >= 0 {
            var t = UnsafeMutablePointer<Sudog>(bitPattern: gp.pointee.waiting)
            while let cur = t {
                t = cur.pointee.waitlink
                if cur == s { continue }
                chanWaitQ(UnsafeMutableRawPointer(bitPattern: cur.pointee.elem)!, SudogKind(rawValue: cur.pointee.kind)!).remove(cur)
                releaseSudog(cur)
            }
            stackAddr(s, s.pointee.resultOff).storeBytes(of: s.pointee.selectCase, as: Int.self)
        }
        gp.pointee.waiting = 0
        return s
    }

    /// Readies the G of a dequeued sudog and frees the sudog.
    func wakeSudog(_ s: UnsafeMutablePointer<Sudog>) {
        let gp = s.pointee.g!
        releaseSudog(s)
        readyG(gp)
    }

    /// Some goroutine waits to receive from c (a channel timer matters then: Timers.swift).
    func hasReceivers(_ c: UInt) -> Bool {
        guard let p = UnsafeMutableRawPointer(bitPattern: c) else { return false }
        return !chanWaitQ(p, .recv).isEmpty
    }

    func bufSlot(_ c: UnsafeMutableRawPointer, _ i: Int) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(bitPattern: hchan(c).pointee.buf)! + i * hchan(c).pointee.elemsize
    }

    /// Tries a send; returns true if done (a receiver got it or it was buffered).
    /// `src` is the value in slot form. Panics are raised by the caller on closed.
    func trySend(_ c: UnsafeMutableRawPointer, _ src: UnsafeRawPointer) -> Bool {
        let et = chanElem(c)
        if let w = dequeue(c, .recv) {
            memcpy(stackAddr(w, w.pointee.valOff), src, VM.slotBytes(et))
            if w.pointee.okOff >= 0 { stackAddr(w, w.pointee.okOff).storeBytes(of: 1, as: Int.self) }
            wakeSudog(w)
            return true
        }
        let h = hchan(c)
        if h.pointee.qcount < h.pointee.dataqsiz {
            let sx = h.pointee.sendx
            cache.bulkBarrierPreWrite(dst: bufSlot(c, sx), src: src, size: et.size, type: et.goType)
            slotToMem(et, src, bufSlot(c, sx))
            h.pointee.sendx = (sx + 1) % h.pointee.dataqsiz
            h.pointee.qcount += 1
            return true
        }
        return false
    }

    /// Tries a receive into `dst` (slot form) and `ok`; true if done.
    func tryRecv(_ c: UnsafeMutableRawPointer, _ dst: UnsafeMutableRawPointer, _ ok: UnsafeMutableRawPointer?) -> Bool {
        // a timer channel: an expired timer sends first (Go 1.23's synchronous timer channels)
        let h = hchan(c)
        if h.pointee.closed & HChan.timerFlag != 0 && !timers.isEmpty { runTimers() }
        let et = chanElem(c)
        let cap = h.pointee.dataqsiz
        if h.pointee.qcount > 0 {
            let rx = h.pointee.recvx
            memToSlot(et, bufSlot(c, rx), dst)
            if let w = dequeue(c, .send) {
                // a blocked sender's value takes the freed place
                cache.bulkBarrierPreWrite(dst: bufSlot(c, rx), src: stackAddr(w, w.pointee.valOff), size: et.size, type: et.goType)
                slotToMem(et, stackAddr(w, w.pointee.valOff), bufSlot(c, rx))
                h.pointee.recvx = (rx + 1) % cap
                h.pointee.sendx = (rx + 1) % cap
                wakeSudog(w)
            } else {
                cache.bulkBarrierPreWrite(dst: bufSlot(c, rx), src: nil, size: et.size, type: et.goType)
                memset(bufSlot(c, rx), 0, h.pointee.elemsize)
                h.pointee.recvx = (rx + 1) % cap
                h.pointee.qcount -= 1
            }
            ok?.storeBytes(of: 1, as: Int.self)
            return true
        }
        if let w = dequeue(c, .send) {
            memcpy(dst, stackAddr(w, w.pointee.valOff), VM.slotBytes(et))
            ok?.storeBytes(of: 1, as: Int.self)
            wakeSudog(w)
            return true
        }
        if h.pointee.closed & 1 != 0 {
            memset(dst, 0, VM.slotBytes(et))
            ok?.storeBytes(of: 0, as: Int.self)
            return true
        }
        return false
    }

    public func closechan(_ c: UnsafeMutableRawPointer) {
        hchan(c).pointee.closed = 1
        let et = chanElem(c)
        while let w = dequeue(c, .recv) {
            memset(stackAddr(w, w.pointee.valOff), 0, VM.slotBytes(et))
            if w.pointee.okOff >= 0 { stackAddr(w, w.pointee.okOff).storeBytes(of: 0, as: Int.self) }
            wakeSudog(w)
        }
        while let w = dequeue(c, .send) {
            w.pointee.g!.pointee.wakeStatus = 1
            wakeSudog(w)
        }
    }

    /// Channel instructions. Returns 0 done, 1 panic raised, 2 exit, 4 parked (fp/pc switched).
    @inline(never)
    func chanOp(_ ins: Instr, _ fp: inout UnsafeMutableRawPointer, _ pc: inout Int) -> SlowStatus {
        @inline(__always) func F(_ off: Int32) -> Int64 { fp.load(fromByteOffset: Int(off), as: Int64.self) }
        let lo = g.pointee.lo
        func off(_ p: UnsafeMutableRawPointer) -> Int { Int(UInt(bitPattern: p) &- lo) }
        func parkOrExit(_ reason: WaitReason) -> SlowStatus {
            if let st = park(&fp, &pc, reason: reason) { return afterSwitch(st) }
            return .switched
        }
        switch ins.op {
        case .makechan:
            let n = F(ins.b)
            if n < 0 || n > 1 << 40 { return raise("makechan: size out of range") }
            let c = makechan(typeAt(ins.c), size: Int(n))
            fp.storeBytes(of: UInt(bitPattern: c), toByteOffset: Int(ins.a), as: UInt.self)
        case .chansend:
            guard let c = UnsafeMutableRawPointer(bitPattern: Int(F(ins.a))) else { return parkOrExit(.chanSendNilChan) }
            if hchan(c).pointee.closed != 0 { return raise("send on closed channel", plain: true) }
            if trySend(c, fp + Int(ins.b)) { return .next }
            enqueueChan(c, .send, valOff: off(fp + Int(ins.b)), okOff: -1)
            return parkOrExit(.chanSend)
        case .chanrecv:
            guard let c = UnsafeMutableRawPointer(bitPattern: Int(F(ins.b))) else { return parkOrExit(.chanReceiveNilChan) }
            let et = chanElem(c)
            let okp: UnsafeMutableRawPointer? = ins.w == 1 ? fp + Int(ins.a) + VM.slotBytes(et) : nil
            if tryRecv(c, fp + Int(ins.a), okp) { return .next }
            enqueueChan(c, .recv, valOff: off(fp + Int(ins.a)), okOff: okp.map(off) ?? -1)
            return parkOrExit(.chanReceive)
        case .chanclose:
            guard let c = UnsafeMutableRawPointer(bitPattern: Int(F(ins.a))) else { return raise("close of nil channel", plain: true) }
            if hchan(c).pointee.closed != 0 { return raise("close of closed channel", plain: true) }
            closechan(c)
        case .chanlen:
            // a timer channel reports len and cap 0, as Go's do
            let h = UnsafeMutablePointer<HChan>(bitPattern: Int(F(ins.b))).flatMap { $0.pointee.closed & HChan.timerFlag != 0 ? nil : $0 }
            fp.storeBytes(of: h.map { ins.w == 1 ? $0.pointee.dataqsiz : $0.pointee.qcount } ?? 0, toByteOffset: Int(ins.a), as: Int.self)
        default: break
        }
        return .next
    }

}
