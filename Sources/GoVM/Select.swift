// Select.swift — the select statement (Go's select.go): poll every case in
// a random order (Go's cheaprand-driven shuffle) and take the first ready
// one; with a default case, take it when none is; else enqueue a waiter on
// every channel and park until one case fires (the waker withdraws the
// others and writes the case index into the parked goroutine's result
// slot).
//
// The case table the compiler lays out at operand a: n entries of
// [direction (1 send, 2 receive), channel, value slot offset, ok slot
// offset or -1], one after another.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime

extension VM {
    /// The select instruction: a = case table, b = case count, c = result slot, w = 1 with a default case.
    @inline(never)
    func selectgo(_ ins: Instr, _ fp: inout UnsafeMutableRawPointer, _ pc: inout Int) -> SlowStatus {
        let lo = g.pointee.lo
        func off(_ p: UnsafeMutableRawPointer) -> Int { Int(UInt(bitPattern: p) &- lo) }
        func parkOrExit(_ reason: WaitReason) -> SlowStatus {
            if let st = park(&fp, &pc, reason: reason) { return afterSwitch(st) }
            return .switched
        }
        // table at a: n cases of [dir 1 send / 2 recv, chan, value slot offset, ok slot offset or -1]
        let n = Int(ins.b)
        var order = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, Int(nextRandom() % UInt64(i + 1))) }
        let table = (fp + Int(ins.a)).assumingMemoryBound(to: SelectCase.self)
        func entry(_ i: Int) -> (Int, UnsafeMutableRawPointer?, Int, Int) {
            let e = table[i]
            return (e.dir, UnsafeMutableRawPointer(bitPattern: e.chan), e.valOff, e.okOff)
        }
        for i in order {
            let (dir, ch, vo, oo) = entry(i)
            guard let c = ch else { continue }
            if dir == SelectCase.send {
                if hchan(c).pointee.closed != 0 { return raise("send on closed channel", plain: true) }
                if trySend(c, fp + vo) { fp.storeBytes(of: i, toByteOffset: Int(ins.c), as: Int.self); return .next }
            } else {
                if tryRecv(c, fp + vo, oo >= 0 ? fp + oo : nil) { fp.storeBytes(of: i, toByteOffset: Int(ins.c), as: Int.self); return .next }
            }
        }
        if ins.w == 1 { fp.storeBytes(of: -1, toByteOffset: Int(ins.c), as: Int.self); return .next }
        for i in 0..<n {
            let (dir, ch, vo, oo) = entry(i)
            guard let c = ch else { continue }
            enqueueChan(c, dir == SelectCase.send ? .send : .recv, valOff: off(fp + vo), okOff: oo >= 0 ? off(fp + oo) : -1,
                        selectCase: i, resultOff: off(fp + Int(ins.c)))
        }
        return parkOrExit(n == 0 ? .selectNoCases : .select)
    }

    func nextRandom() -> UInt64 {
        rngState ^= rngState << 13; rngState ^= rngState >> 7; rngState ^= rngState << 17
        return rngState
    }

}
