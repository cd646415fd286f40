// Timers.swift — the clock and timers on the one P (Go's runtime/time.go,
// much reduced): time.Sleep parks a goroutine until its timer fires;
// time.NewTimer/After/NewTicker/Tick timers send the current time on their
// channel; time.AfterFunc timers start a goroutine. Also Go's encoding of a
// time.Time (wall, ext) from the clocks, which natives and timer sends share.
//
// Records live in Swift memory (`VM.timers`, an unsorted array: timers are
// few and this is no hot path; `timerNext` caches the earliest `when`).
// Timers run at scheduling points (`schedule`), at the preemption check
// (`yield`, so a sleeper wakes while others compute) and before a receive
// from a timer channel (`tryRecv`, so a polling select sees an expired
// timer, as Go 1.23's synchronous timer channels do). When nothing is
// runnable, `waitForTimers` sleeps the thread until the earliest timer that
// can wake someone; with none, the scheduler reports Go's deadlock.
//
// Timer channels (Go 1.23+ semantics): a 1-slot hchan whose closed word
// carries `HChan.timerFlag`; len and cap report 0; a fire drops its value
// when the slot is full (a ticker nobody reads); Stop and Reset drain the
// slot, so no receive after them sees a value from before, and report
// "pending" when the timer had not fired or its value had not been received.
// A channel timer only keeps the program out of deadlock while a goroutine
// waits on its channel (Go heaps such a timer only then).
//
// Invariants: a record's `key`, `ch` and `fn` are GC roots (scanRoots) for
// as long as the record exists; a one-shot record is removed when it fires;
// at most one record per key; `timerNext` ≤ every record's `when`.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoABI
import GoRuntime

/// One pending timer (Go's runtime timer).
struct TimerRec {
    /// Monotonic nanoseconds (`VM.nanotime`) when it fires.
    var when: Int64
    /// Ticker period, or 0 for a one-shot timer.
    var period: Int64 = 0
    /// time.Sleep: the sleeping goroutine; 0 otherwise.
    var gid: Int = 0
    /// Channel and func timers: the *time.Timer (*Ticker) object, or the
    /// channel itself for time.After/Tick; Stop and Reset find the record by it.
    var key: UInt = 0
    /// The channel the time is sent on, or 0.
    var ch: UInt = 0
    /// time.AfterFunc's func value, or 0.
    var fn: UInt = 0
}

/// A timer object's pointer words: C at +0, the AfterFunc func at +16.
let gcTimerType = makeGoType(size: 24, pointerWords: [0, 2])

/// Go's time.Time constants: seconds from year 1 to 1970 and to 1885.
let unixToInternal: Int64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400
let wallToInternal: Int64 = (1884 * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * 86400
let hasMonotonic: UInt64 = 1 << 63
let nsecMask: UInt64 = 1 << 30 - 1

/// A time.Time value in memory form: wall, ext, loc.
public struct GoTime {
    public var wall: UInt64
    public var ext: Int64
    public var loc: UInt
    public init(wall: UInt64, ext: Int64, loc: UInt) { self.wall = wall; self.ext = ext; self.loc = loc }

    public var nsec: Int64 { Int64(wall & nsecMask) }
    /// Seconds since Jan 1 year 1.
    public var sec: Int64 { wall & hasMonotonic != 0 ? wallToInternal + Int64((wall << 1) >> 31) : ext }
    public var unixSec: Int64 { sec &- unixToInternal }

    public mutating func stripMono() {
        if wall & hasMonotonic != 0 { ext = sec; wall &= nsecMask }
    }

    mutating func addSec(_ d: Int64) {
        if wall & hasMonotonic != 0 {
            let s = Int64((wall << 1) >> 31)
            let ds = s &+ d
            if 0 <= ds && ds <= 1 << 33 - 1 {
                wall = wall & nsecMask | UInt64(ds) << 30 | hasMonotonic
                return
            }
            stripMono()
        }
        let sum = ext &+ d
        if (sum > ext) == (d > 0) { ext = sum } else if d > 0 { ext = Int64.max } else { ext = -Int64.max }
    }

    /// Go's Time.Add.
    public func adding(_ d: Int64) -> GoTime {
        var t = self
        var dsec = d / 1_000_000_000
        var ns = t.nsec + d % 1_000_000_000
        if ns >= 1_000_000_000 { dsec += 1; ns -= 1_000_000_000 } else if ns < 0 { dsec -= 1; ns += 1_000_000_000 }
        t.wall = t.wall & ~nsecMask | UInt64(ns)
        t.addSec(dsec)
        if t.wall & hasMonotonic != 0 {
            let te = t.ext &+ d
            if d < 0 && te > t.ext || d > 0 && te < t.ext { t.stripMono() } else { t.ext = te }
        }
        return t
    }
}

extension VM {
    /// The monotonic clock in nanoseconds (Go's nanotime).
    public func nanotime() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) &* 1_000_000_000 &+ Int64(ts.tv_nsec)
    }

    /// Go's time.Now(): wall clock with a monotonic reading (nanoseconds
    /// since the run started, never 0), location Local (`timeLocal`).
    public func timeNow() -> GoTime {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        let mono = nanotime() &- monoStart
        let nsec = UInt64(ts.tv_nsec)
        let sec = Int64(ts.tv_sec) + unixToInternal - wallToInternal
        if UInt64(bitPattern: sec) >> 33 != 0 {
            return GoTime(wall: nsec, ext: sec + wallToInternal, loc: timeLocal)
        }
        return GoTime(wall: hasMonotonic | UInt64(sec) << 30 | nsec, ext: mono, loc: timeLocal)
    }

    /// The monotonic reading Now() would carry (Since/Until's fast path).
    public func monoNow() -> Int64 { nanotime() &- monoStart }

    /// Go's when(d): the monotonic time d from now, saturated.
    public func whenAfter(_ d: Int64) -> Int64 {
        let now = nanotime()
        if d <= 0 { return now }
        let w = now &+ d
        return w < 0 ? Int64.max : w
    }

    /// A *time.Timer or *time.Ticker object: Go's Timer/Ticker {C, init}
    /// (16 bytes) followed, as Go's runtime timer follows it, by the
    /// AfterFunc func value at +16 (for Reset after it fired).
    public func newTimerObject() -> UnsafeMutableRawPointer {
        cache.mallocgc(24, type: gcTimerType, needzero: true)
    }

    /// Whether a func value runs Go code (a goroutine can start on it).
    public func isGoFunc(_ fv: UInt) -> Bool {
        guard let p = UnsafeRawPointer(bitPattern: fv) else { return false }
        return program.funcs[p.load(as: Int.self)].entry >= 0
    }

    // MARK: Records

    func addTimerRec(_ t: TimerRec) {
        timers.append(t)
        if t.when < timerNext { timerNext = t.when }
    }

    func recomputeTimerNext() {
        timerNext = timers.reduce(Int64.max) { min($0, $1.when) }
    }

    /// time.Sleep(d), d > 0: the running goroutine's wake-up timer. The
    /// native then returns 6 and the loop parks the goroutine ("sleep").
    public func sleepTimer(_ d: Int64) {
        addTimerRec(TimerRec(when: whenAfter(d), gid: g.pointee.id))
    }

    /// A timer channel of type `chanType` (chan time.Time): one slot, flagged.
    public func makeTimerChan(_ chanType: TypeRef) -> UnsafeMutableRawPointer {
        let c = makechan(chanType, size: 1)!
        hchan(c).pointee.closed = HChan.timerFlag
        return c
    }

    /// Starts (or restarts) the timer named by key: at `when`, send the time
    /// on `ch` (if not 0) or start a goroutine running `fn`; again every
    /// `period` if > 0. Returns Go's "pending" (see `stopTimer`).
    @discardableResult
    public func startTimer(key: UInt, ch: UInt, fn: UInt, when: Int64, period: Int64) -> Bool {
        let pending = stopTimer(key: key, ch: ch)
        addTimerRec(TimerRec(when: when, period: period, key: key, ch: ch, fn: fn))
        return pending
    }

    /// Stops the timer named by key; drains its channel's slot. True if it
    /// had not fired, or had fired but its value was not received.
    public func stopTimer(key: UInt, ch: UInt) -> Bool {
        var pending = false
        if let i = timers.firstIndex(where: { $0.key == key && $0.gid == 0 }) {
            // Expired but not yet run: the value it would have sent is drained below anyway.
            timers.remove(at: i)
            recomputeTimerNext()
            pending = true
        }
        if let c = UnsafeMutableRawPointer(bitPattern: ch), hchan(c).pointee.qcount > 0 {
            let et = chanElem(c)
            cache.bulkBarrierPreWrite(dst: bufSlot(c, 0), src: nil, size: et.size, type: et.goType)
            memset(bufSlot(c, 0), 0, et.size)
            let h = hchan(c)
            h.pointee.qcount = 0
            h.pointee.sendx = 0
            h.pointee.recvx = 0
            pending = true
        }
        return pending
    }

    // MARK: Running timers

    /// Runs every timer whose time has come, earliest first: readies
    /// sleepers, sends the time on channels (dropped if the slot is full),
    /// starts AfterFunc goroutines; tickers are rescheduled past now.
    func runTimers() {
        let now = nanotime()
        guard now >= timerNext else { return }
        var due: [TimerRec] = []
        var i = 0
        while i < timers.count {
            if timers[i].when <= now {
                due.append(timers[i])
                if timers[i].period > 0 {
                    let p = timers[i].period
                    var w = timers[i].when &+ p &* (1 + (now - timers[i].when) / p)
                    if w < 0 { w = Int64.max }
                    timers[i].when = w
                    i += 1
                } else {
                    timers.remove(at: i)
                }
            } else {
                i += 1
            }
        }
        recomputeTimerNext()
        due.sort { $0.when < $1.when }
        for t in due {
            if t.gid != 0 {
                ready(t.gid)
            } else if let c = UnsafeMutableRawPointer(bitPattern: t.ch) {
                // Go sends Now().Add(-delta): the time the timer was due.
                var v = timeNow().adding(-(now - t.when))
                _ = withUnsafeMutableBytes(of: &v) { trySend(c, UnsafeRawPointer($0.baseAddress!)) }
            } else if t.fn != 0 {
                _ = spawn(t.fn, exitHook: nil, arg: 0)
            }
        }
    }

    /// Nothing is runnable: sleeps the thread until the earliest timer that
    /// can wake a goroutine (a sleeper, an AfterFunc, a channel timer some
    /// goroutine waits on) and runs the timers, until something is runnable.
    /// False when no such timer is pending (a deadlock) or the run's time
    /// limit passed (`timedOut` set).
    func waitForTimers() -> Bool {
        while sched.runqHead >= sched.runq.count {
            let live = timers.filter { $0.gid != 0 || $0.fn != 0 || hasReceivers($0.ch) }
            guard let next = live.map(\.when).min() else { return false }
            var until = next
            if deadline > 0 && UInt64(max(until, 0)) > deadline { until = Int64(deadline) + 1 }
            let now = nanotime()
            if until > now {
                var ts = timespec(tv_sec: Int((until - now) / 1_000_000_000), tv_nsec: Int((until - now) % 1_000_000_000))
                var rem = timespec()
                while nanosleep(&ts, &rem) != 0 && errno == EINTR { ts = rem }
            }
            if outOfTime() { return false }
            runTimers()
        }
        return true
    }
}
