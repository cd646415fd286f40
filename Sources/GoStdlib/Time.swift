// Time.swift — package time's clock, Time arithmetic and timers as natives:
// Now, Since, Until, Unix/UnixMilli/UnixMicro, Time's Sub, Add, Before,
// After, Equal, Compare, IsZero, Unix*, UTC, Local, In, Location,
// Nanosecond; Sleep; NewTimer, After, AfterFunc, Timer.Stop/Reset,
// NewTicker, Tick, Ticker.Stop/Reset; the variables Local and UTC.
//
// A Time is Go's {wall uint64, ext int64, loc *Location} (24 bytes) with
// Go's encoding (GoVM's `GoTime`: the monotonic flag, 33-bit seconds since
// 1885 and nanoseconds in wall, the monotonic reading in ext; or seconds
// since year 1 in ext). loc nil means UTC; Now and Unix give Local, a
// *Location made once per run (`vm.timeLocal`, rooted as a singleton).
// What needs a time zone (String, Format, Date, Clock, Zone, ...) is left
// out: its natives are missing, so the program is refused ("not supported
// yet") rather than printed differently from Go.
//
// Timers are GoVM's (Timers.swift): Sleep registers the goroutine's timer
// and returns 6 (park; the call is not repeated). A *Timer / *Ticker is a
// GoVM timer object (C at 0, init flag at 8, AfterFunc's func at 16) naming
// its timer record; time.After and Tick name theirs by the channel.
//
// Layouts (receiver last): Now → result 0. Since/Until(t) → t 0, result 24.
// Unix(sec, nsec) → 0, 8, result 16. Time methods: (u Time) → u 0, result
// 24, receiver 32; (d) Time → d 0, result 8, receiver 32; () int64/bool →
// result 0, receiver 8; () Time → result 0, receiver 24.
import GoABI
import GoRuntime
import GoVM

private let nsPerSec: Int64 = 1_000_000_000

@inline(__always) private func loadTime(_ a: UnsafeMutableRawPointer, _ off: Int) -> GoTime {
    GoTime(wall: a.load(fromByteOffset: off, as: UInt64.self), ext: a.load(fromByteOffset: off + 8, as: Int64.self),
           loc: a.load(fromByteOffset: off + 16, as: UInt.self))
}

@inline(__always) private func storeTime(_ a: UnsafeMutableRawPointer, _ off: Int, _ t: GoTime) {
    a.storeBytes(of: t.wall, toByteOffset: off, as: UInt64.self)
    a.storeBytes(of: t.ext, toByteOffset: off + 8, as: Int64.self)
    a.storeBytes(of: t.loc, toByteOffset: off + 16, as: UInt.self)
}

private func bothMono(_ t: GoTime, _ u: GoTime) -> Bool { t.wall & u.wall & (1 << 63) != 0 }

private func timeBefore(_ t: GoTime, _ u: GoTime) -> Bool {
    if bothMono(t, u) { return t.ext < u.ext }
    let ts = t.sec, us = u.sec
    return ts < us || ts == us && t.nsec < u.nsec
}

private func timeEqual(_ t: GoTime, _ u: GoTime) -> Bool {
    if bothMono(t, u) { return t.ext == u.ext }
    return t.sec == u.sec && t.nsec == u.nsec
}

private func timeCompare(_ t: GoTime, _ u: GoTime) -> Int {
    var tc: Int64, uc: Int64
    if bothMono(t, u) { tc = t.ext; uc = u.ext } else {
        tc = t.sec; uc = u.sec
        if tc == uc { tc = t.nsec; uc = u.nsec }
    }
    return tc < uc ? -1 : tc > uc ? 1 : 0
}

private func subMono(_ t: Int64, _ u: Int64) -> Int64 {
    let d = t &- u
    if d < 0 && t > u { return Int64.max }
    if d > 0 && t < u { return Int64.min }
    return d
}

/// Go's Time.Sub.
private func timeSub(_ t: GoTime, _ u: GoTime) -> Int64 {
    if bothMono(t, u) { return subMono(t.ext, u.ext) }
    let d = (t.sec &- u.sec) &* nsPerSec &+ (t.nsec &- u.nsec)
    if timeEqual(u.adding(d), t) { return d }
    return timeBefore(t, u) ? Int64.min : Int64.max
}

extension VM {
    /// time.Local's *Location, made on first use (name "Local", no zones).
    var timeLocalLoc: UInt {
        if timeLocal == 0 { timeLocal = timeLocation("time.Local", "Local") }
        return timeLocal
    }

    /// A *time.Location singleton with the given name.
    func timeLocation(_ key: String, _ name: String) -> UInt {
        singleton(key) {
            guard let pt = program.namedType("*time.Location"), let lt = pt.elem else { return (0, 0) }
            heap.gcHoldCollections(true)
            defer { heap.gcHoldCollections(false) }
            let l = mallocgc(lt.size, type: lt)
            l.storeBytes(of: newString(name), as: GoString.self)
            return (pt.bits, UInt(bitPattern: l))
        }.1
    }

    /// Go's unixTime(sec, nsec): a Local time without monotonic reading.
    func unixTime(_ sec: Int64, _ nsec: Int64) -> GoTime {
        var s = sec, n = nsec
        if n < 0 || n >= nsPerSec {
            let q = n / nsPerSec
            s = s &+ q
            n -= q * nsPerSec
            if n < 0 { n += nsPerSec; s = s &- 1 }
        }
        return GoTime(wall: UInt64(n), ext: s &+ (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400, loc: timeLocalLoc)
    }

    /// The nil-pointer panic a method on a nil *Timer gets.
    func nilTimer() -> Int32 { raiseRuntimeError("invalid memory address or nil pointer dereference") }

    /// A new timer object (NewTimer, NewTicker, AfterFunc) with its channel (or none).
    func newTimerWithChan(_ withChan: Bool) -> (UnsafeMutableRawPointer, UInt)? {
        _ = timeLocalLoc
        guard let ct = program.namedType("chan time.Time") else { return nil }
        let c = withChan ? UInt(bitPattern: makeTimerChan(ct)) : 0
        let t = newTimerObject()
        t.storeBytes(of: c, as: UInt.self)
        t.storeBytes(of: 1, toByteOffset: 8, as: UInt8.self)
        return (t, c)
    }
}

private func timeMethod(_ name: String, _ f: @escaping @convention(c) (UnsafeMutableRawPointer, UnsafeMutableRawPointer) -> Int32) -> (String, NativeFn) {
    ("time.Time." + name, f)
}

let timeClockNatives: [(String, NativeFn)] = [
    ("time.Now", { vm, a in
        let v = VM.from(vm)
        _ = v.timeLocalLoc
        storeTime(a, 0, v.timeNow())
        return 0
    }),
    ("time.Local", { vm, a in a.storeBytes(of: VM.from(vm).timeLocalLoc, as: UInt.self); return 0 }),
    ("time.UTC", { vm, a in a.storeBytes(of: VM.from(vm).timeLocation("time.UTC", "UTC"), as: UInt.self); return 0 }),
    ("time.Since", { vm, a in
        let v = VM.from(vm), t = loadTime(a, 0)
        let d = t.wall & (1 << 63) != 0 ? subMono(v.monoNow(), t.ext) : timeSub(v.timeNow(), t)
        a.storeBytes(of: d, toByteOffset: 24, as: Int64.self)
        return 0
    }),
    ("time.Until", { vm, a in
        let v = VM.from(vm), t = loadTime(a, 0)
        let d = t.wall & (1 << 63) != 0 ? subMono(t.ext, v.monoNow()) : timeSub(t, v.timeNow())
        a.storeBytes(of: d, toByteOffset: 24, as: Int64.self)
        return 0
    }),
    ("time.Unix", { vm, a in
        storeTime(a, 16, VM.from(vm).unixTime(a.load(as: Int64.self), a.load(fromByteOffset: 8, as: Int64.self)))
        return 0
    }),
    ("time.UnixMilli", { vm, a in
        let ms = a.load(as: Int64.self)
        storeTime(a, 8, VM.from(vm).unixTime(ms / 1_000, (ms % 1_000) * 1_000_000))
        return 0
    }),
    ("time.UnixMicro", { vm, a in
        let us = a.load(as: Int64.self)
        storeTime(a, 8, VM.from(vm).unixTime(us / 1_000_000, (us % 1_000_000) * 1_000))
        return 0
    }),
    timeMethod("Sub", { _, a in a.storeBytes(of: timeSub(loadTime(a, 32), loadTime(a, 0)), toByteOffset: 24, as: Int64.self); return 0 }),
    timeMethod("Add", { _, a in storeTime(a, 8, loadTime(a, 32).adding(a.load(as: Int64.self))); return 0 }),
    timeMethod("Before", { _, a in a.storeBytes(of: timeBefore(loadTime(a, 32), loadTime(a, 0)) ? 1 : 0, toByteOffset: 24, as: Int.self); return 0 }),
    timeMethod("After", { _, a in a.storeBytes(of: timeBefore(loadTime(a, 0), loadTime(a, 32)) ? 1 : 0, toByteOffset: 24, as: Int.self); return 0 }),
    timeMethod("Equal", { _, a in a.storeBytes(of: timeEqual(loadTime(a, 32), loadTime(a, 0)) ? 1 : 0, toByteOffset: 24, as: Int.self); return 0 }),
    timeMethod("Compare", { _, a in a.storeBytes(of: timeCompare(loadTime(a, 32), loadTime(a, 0)), toByteOffset: 24, as: Int.self); return 0 }),
    timeMethod("IsZero", { _, a in
        let t = loadTime(a, 8)
        a.storeBytes(of: t.wall == 0 && t.ext == 0 ? 1 : 0, as: Int.self)
        return 0
    }),
    timeMethod("Unix", { _, a in a.storeBytes(of: loadTime(a, 8).unixSec, as: Int64.self); return 0 }),
    timeMethod("UnixMilli", { _, a in
        let t = loadTime(a, 8)
        a.storeBytes(of: t.unixSec &* 1_000 &+ t.nsec / 1_000_000, as: Int64.self)
        return 0
    }),
    timeMethod("UnixMicro", { _, a in
        let t = loadTime(a, 8)
        a.storeBytes(of: t.unixSec &* 1_000_000 &+ t.nsec / 1_000, as: Int64.self)
        return 0
    }),
    timeMethod("UnixNano", { _, a in
        let t = loadTime(a, 8)
        a.storeBytes(of: t.unixSec &* nsPerSec &+ t.nsec, as: Int64.self)
        return 0
    }),
    timeMethod("Nanosecond", { _, a in a.storeBytes(of: Int(loadTime(a, 8).nsec), as: Int.self); return 0 }),
    timeMethod("UTC", { _, a in
        var t = loadTime(a, 24)
        t.stripMono(); t.loc = 0
        storeTime(a, 0, t)
        return 0
    }),
    timeMethod("Local", { vm, a in
        let l = VM.from(vm).timeLocalLoc
        var t = loadTime(a, 24)
        t.stripMono(); t.loc = l
        storeTime(a, 0, t)
        return 0
    }),
    // In(loc): loc 0, result 8, receiver 32.
    timeMethod("In", { vm, a in
        let v = VM.from(vm), loc = a.load(as: UInt.self)
        if loc == 0 { return v.raisePanicString("time: missing Location in call to Time.In") }
        var t = loadTime(a, 32)
        t.stripMono(); t.loc = loc == v.timeLocation("time.UTC", "UTC") ? 0 : loc
        storeTime(a, 8, t)
        return 0
    }),
    timeMethod("Location", { vm, a in
        let l = loadTime(a, 8).loc
        a.storeBytes(of: l != 0 ? l : VM.from(vm).timeLocation("time.UTC", "UTC"), as: UInt.self)
        return 0
    }),
]

private let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"]
private let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

/// Month.String / Weekday.String: the name, or Go's "%!Month(n)" (n as unsigned).
private func nameOr(_ names: [String], _ first: Int, _ v: Int, _ type: String) -> String {
    v >= first && v < first + names.count ? names[v - first] : "%!" + type + "(" + String(UInt(bitPattern: v)) + ")"
}

// Printing a Time or Location needs a time zone's rules, which gomem lacks:
// their String/GoString/Format natives stop the run ("not supported yet"),
// so fmt never prints the bare struct where Go prints a date.
let timeTextNatives: [(String, NativeFn)] = [
    // String() → result 0, receiver 16.
    ("time.Month.String", { vm, a in
        let s = VM.from(vm).newString(nameOr(monthNames, 1, a.load(fromByteOffset: 16, as: Int.self), "Month"))
        a.storeBytes(of: s, as: GoString.self)
        return 0
    }),
    ("time.Weekday.String", { vm, a in
        let s = VM.from(vm).newString(nameOr(dayNames, 0, a.load(fromByteOffset: 16, as: Int.self), "Weekday"))
        a.storeBytes(of: s, as: GoString.self)
        return 0
    }),
    ("time.Time.String", { vm, _ in VM.from(vm).unsupported("printing a time.Time (String)") }),
    ("time.Time.GoString", { vm, _ in VM.from(vm).unsupported("printing a time.Time (GoString)") }),
    ("time.Time.Format", { vm, _ in VM.from(vm).unsupported("time.Time.Format") }),
    ("time.Location.String", { vm, _ in VM.from(vm).unsupported("printing a time.Location (String)") }),
]

let timeTimerNatives: [(String, NativeFn)] = [
    ("time.Sleep", { vm, a in
        let d = a.load(as: Int64.self)
        if d <= 0 { return 0 }
        VM.from(vm).sleepTimer(d)
        return 6
    }),
    // NewTimer(d) → d 0, result 8.
    ("time.NewTimer", { vm, a in
        let v = VM.from(vm), d = a.load(as: Int64.self)
        guard let (t, c) = v.newTimerWithChan(true) else { return v.unsupported("time.NewTimer") }
        v.startTimer(key: UInt(bitPattern: t), ch: c, fn: 0, when: v.whenAfter(d), period: 0)
        a.storeBytes(of: UInt(bitPattern: t), toByteOffset: 8, as: UInt.self)
        return 0
    }),
    // After(d) → d 0, result 8: the timer is named by its channel.
    ("time.After", { vm, a in
        let v = VM.from(vm), d = a.load(as: Int64.self)
        guard let (_, c) = v.newTimerWithChan(true) else { return v.unsupported("time.After") }
        v.startTimer(key: c, ch: c, fn: 0, when: v.whenAfter(d), period: 0)
        a.storeBytes(of: c, toByteOffset: 8, as: UInt.self)
        return 0
    }),
    // AfterFunc(d, f) → d 0, f 8, result 16.
    ("time.AfterFunc", { vm, a in
        let v = VM.from(vm), d = a.load(as: Int64.self), f = a.load(fromByteOffset: 8, as: UInt.self)
        if !v.isGoFunc(f) { return v.unsupported("time.AfterFunc with a nil or standard library func") }
        guard let (t, _) = v.newTimerWithChan(false) else { return v.unsupported("time.AfterFunc") }
        t.storeBytes(of: f, toByteOffset: 16, as: UInt.self)
        v.startTimer(key: UInt(bitPattern: t), ch: 0, fn: f, when: v.whenAfter(d), period: 0)
        a.storeBytes(of: UInt(bitPattern: t), toByteOffset: 16, as: UInt.self)
        return 0
    }),
    // Stop() → result 0, receiver 8.
    ("time.Timer.Stop", { vm, a in
        let v = VM.from(vm)
        guard let t = UnsafeMutableRawPointer(bitPattern: a.load(fromByteOffset: 8, as: UInt.self)) else { return v.nilTimer() }
        if t.load(fromByteOffset: 8, as: UInt8.self) == 0 { return v.raisePanicString("time: Stop called on uninitialized Timer") }
        let pending = v.stopTimer(key: UInt(bitPattern: t), ch: t.load(as: UInt.self))
        a.storeBytes(of: pending ? 1 : 0, as: Int.self)
        return 0
    }),
    // Reset(d) → d 0, result 8, receiver 16.
    ("time.Timer.Reset", { vm, a in
        let v = VM.from(vm), d = a.load(as: Int64.self)
        guard let t = UnsafeMutableRawPointer(bitPattern: a.load(fromByteOffset: 16, as: UInt.self)) else { return v.nilTimer() }
        if t.load(fromByteOffset: 8, as: UInt8.self) == 0 { return v.raisePanicString("time: Reset called on uninitialized Timer") }
        let c = t.load(as: UInt.self)
        let pending = v.startTimer(key: UInt(bitPattern: t), ch: c, fn: c == 0 ? t.load(fromByteOffset: 16, as: UInt.self) : 0,
                                   when: v.whenAfter(d), period: 0)
        a.storeBytes(of: pending ? 1 : 0, toByteOffset: 8, as: Int.self)
        return 0
    }),
    // NewTicker(d) → d 0, result 8.
    ("time.NewTicker", { vm, a in
        let v = VM.from(vm), d = a.load(as: Int64.self)
        if d <= 0 { return v.raisePanicString("non-positive interval for NewTicker") }
        guard let (t, c) = v.newTimerWithChan(true) else { return v.unsupported("time.NewTicker") }
        v.startTimer(key: UInt(bitPattern: t), ch: c, fn: 0, when: v.whenAfter(d), period: d)
        a.storeBytes(of: UInt(bitPattern: t), toByteOffset: 8, as: UInt.self)
        return 0
    }),
    // Tick(d) → d 0, result 8 (nil for d <= 0).
    ("time.Tick", { vm, a in
        let v = VM.from(vm), d = a.load(as: Int64.self)
        if d <= 0 { a.storeBytes(of: 0, toByteOffset: 8, as: UInt.self); return 0 }
        guard let (_, c) = v.newTimerWithChan(true) else { return v.unsupported("time.Tick") }
        v.startTimer(key: c, ch: c, fn: 0, when: v.whenAfter(d), period: d)
        a.storeBytes(of: c, toByteOffset: 8, as: UInt.self)
        return 0
    }),
    // Ticker.Stop() → receiver 0.
    ("time.Ticker.Stop", { vm, a in
        let v = VM.from(vm)
        guard let t = UnsafeMutableRawPointer(bitPattern: a.load(as: UInt.self)) else { return v.nilTimer() }
        if t.load(fromByteOffset: 8, as: UInt8.self) == 0 { return 0 }   // Go keeps this misuse silent
        _ = v.stopTimer(key: UInt(bitPattern: t), ch: t.load(as: UInt.self))
        return 0
    }),
    // Ticker.Reset(d) → d 0, receiver 8.
    ("time.Ticker.Reset", { vm, a in
        let v = VM.from(vm), d = a.load(as: Int64.self)
        if d <= 0 { return v.raisePanicString("non-positive interval for Ticker.Reset") }
        guard let t = UnsafeMutableRawPointer(bitPattern: a.load(fromByteOffset: 8, as: UInt.self)) else { return v.nilTimer() }
        if t.load(fromByteOffset: 8, as: UInt8.self) == 0 { return v.raisePanicString("time: Reset called on uninitialized Ticker") }
        v.startTimer(key: UInt(bitPattern: t), ch: t.load(as: UInt.self), fn: 0, when: v.whenAfter(d), period: d)
        return 0
    }),
]
