// StdlibTags.swift — parameter tags for the standard packages gomem
// provides. Their surfaces (GoTypes/StdlibSurface) declare functions without
// bodies, so escape analysis cannot compute their tags; this table gives the
// tags Go computes for its real standard library, read from
// `go build -gcflags='PKG=-m' PKG` with Go 1.27 (for example
// fmt/print.go:306:14: leaking param content: a).
//
// Keys are "pkg.Func" or "pkg.Type.Method"; values give one entry per
// parameter, the receiver first for methods, as parts joined by "+":
//   "-"      does not escape          "heap"  leaking param (heap, level 0)
//   "content" leaking param content (heap, level 1)
//   "rN" / "rN:L"  leaks to result N with level 0 / L
//   "m"      the callee writes through it (mutator, level 0)
//   "c"      the callee calls it (callee, level 0)
// The mutator and callee parts are read from
// `go build -gcflags='PKG=-m -d=escapemutationscalls=1' PKG`.
// A function missing from the table is treated as Go treats a function
// without a body: each pointer parameter leaks to the heap.
import GoTypes

let stdlibTagTable: [String: [String]] = [
    // fmt
    "fmt.Println": ["content"], "fmt.Print": ["content"], "fmt.Sprint": ["content"], "fmt.Sprintln": ["content"],
    "fmt.Printf": ["-", "content"], "fmt.Sprintf": ["-", "content"],
    "fmt.Fprintln": ["heap", "content"], "fmt.Fprint": ["heap", "content"], "fmt.Fprintf": ["heap", "-", "content"],
    "fmt.Errorf": ["heap", "content"],
    "fmt.Sscanf": ["-", "-", "content"], "fmt.Sscan": ["-", "content"],
    // errors
    "errors.New": ["heap"], "errors.Is": ["heap", "heap"], "errors.As": ["heap", "heap"],
    "errors.Unwrap": ["heap"], "errors.Join": ["content"],
    // strings
    "strings.Split": ["heap", "-"], "strings.SplitN": ["heap", "-", "-"], "strings.Fields": ["heap"],
    "strings.Join": ["r0:1", "-"], "strings.Repeat": ["-", "-"],
    "strings.ToUpper": ["r0"], "strings.ToLower": ["r0"], "strings.TrimSpace": ["r0"],
    "strings.Trim": ["r0", "-"], "strings.TrimLeft": ["r0", "-"], "strings.TrimRight": ["r0", "-"],
    "strings.TrimPrefix": ["r0", "-"], "strings.TrimSuffix": ["r0", "-"],
    "strings.Contains": ["-", "-"], "strings.ContainsRune": ["-", "-"], "strings.ContainsAny": ["-", "-"],
    "strings.HasPrefix": ["-", "-"], "strings.HasSuffix": ["-", "-"], "strings.Index": ["-", "-"],
    "strings.IndexByte": ["-", "-"], "strings.IndexRune": ["-", "-"], "strings.LastIndex": ["-", "-"],
    "strings.Count": ["-", "-"], "strings.EqualFold": ["-", "-"], "strings.Compare": ["-", "-"],
    "strings.Replace": ["heap", "-", "-", "-"], "strings.ReplaceAll": ["heap", "-", "-"],
    "strings.Title": ["heap"], "strings.Cut": ["r0", "-"], "strings.NewReader": ["heap"],
    "strings.Builder.WriteString": ["content+m", "-"], "strings.Builder.WriteByte": ["content+m", "-"],
    "strings.Builder.WriteRune": ["content+m", "-"], "strings.Builder.Write": ["content+m", "-"],
    "strings.Builder.String": ["r0:1"], "strings.Builder.Grow": ["-", "-"], "strings.Builder.Len": ["-"],
    "strings.Builder.Cap": ["-"], "strings.Builder.Reset": ["-"],
    // strconv
    "strconv.Itoa": ["-"], "strconv.Atoi": ["-"], "strconv.FormatInt": ["-", "-"], "strconv.FormatUint": ["-", "-"],
    "strconv.FormatFloat": ["-", "-", "-", "-"], "strconv.FormatBool": ["-"],
    "strconv.ParseInt": ["-", "-", "-"], "strconv.ParseUint": ["-", "-", "-"], "strconv.ParseFloat": ["-", "-"],
    "strconv.ParseBool": ["-"], "strconv.Quote": ["-"],
    "strconv.AppendInt": ["r0+m", "-", "-"], "strconv.AppendQuote": ["r0+m", "-"], "strconv.AppendUint": ["r0+m", "-", "-"],
    // sort
    "sort.Sort": ["heap"], "sort.Stable": ["heap"], "sort.IsSorted": ["heap"],
    "sort.Ints": ["m"], "sort.Strings": ["m"], "sort.Float64s": ["m"],
    "sort.Slice": ["heap", "-"], "sort.SliceStable": ["heap", "-"], "sort.SliceIsSorted": ["heap", "-"],
    "sort.Search": ["-", "-"], "sort.SearchInts": ["-", "-"], "sort.SearchStrings": ["-", "-"],
    // sync
    "sync.Mutex.Lock": ["heap"], "sync.Mutex.Unlock": ["heap"], "sync.Mutex.TryLock": ["heap"],
    "sync.RWMutex.Lock": ["heap"], "sync.RWMutex.Unlock": ["heap"], "sync.RWMutex.RLock": ["heap"],
    "sync.RWMutex.RUnlock": ["heap"],
    "sync.WaitGroup.Add": ["heap", "-"], "sync.WaitGroup.Done": ["heap"], "sync.WaitGroup.Wait": ["heap"],
    "sync.Once.Do": ["heap", "-"],
    // unicode/utf8
    "unicode/utf8.RuneCountInString": ["-"], "unicode/utf8.RuneCount": ["-"], "unicode/utf8.DecodeRuneInString": ["-"],
    "unicode/utf8.DecodeRune": ["-"], "unicode/utf8.DecodeLastRuneInString": ["-"], "unicode/utf8.DecodeLastRune": ["-"],
    "unicode/utf8.ValidString": ["-"], "unicode/utf8.Valid": ["-"], "unicode/utf8.EncodeRune": ["m", "-"],
    "unicode/utf8.AppendRune": ["r0+m", "-"], "unicode/utf8.FullRune": ["-"], "unicode/utf8.FullRuneInString": ["-"],
    // sync/atomic: pointers never escape
    "sync/atomic.AddInt32": ["-", "-"], "sync/atomic.AddInt64": ["-", "-"], "sync/atomic.AddUint32": ["-", "-"],
    "sync/atomic.AddUint64": ["-", "-"], "sync/atomic.LoadInt32": ["-"], "sync/atomic.LoadInt64": ["-"],
    "sync/atomic.LoadUint32": ["-"], "sync/atomic.LoadUint64": ["-"], "sync/atomic.StoreInt32": ["-", "-"],
    "sync/atomic.StoreInt64": ["-", "-"], "sync/atomic.StoreUint32": ["-", "-"], "sync/atomic.StoreUint64": ["-", "-"],
    "sync/atomic.CompareAndSwapInt32": ["-", "-", "-"], "sync/atomic.CompareAndSwapInt64": ["-", "-", "-"],
    "sync/atomic.SwapInt32": ["-", "-"], "sync/atomic.SwapInt64": ["-", "-"],
    "sync/atomic.Int32.Add": ["-", "-"], "sync/atomic.Int32.Load": ["-"], "sync/atomic.Int32.Store": ["-", "-"],
    "sync/atomic.Int32.CompareAndSwap": ["-", "-", "-"], "sync/atomic.Int32.Swap": ["-", "-"],
    "sync/atomic.Int64.Add": ["-", "-"], "sync/atomic.Int64.Load": ["-"], "sync/atomic.Int64.Store": ["-", "-"],
    "sync/atomic.Int64.CompareAndSwap": ["-", "-", "-"], "sync/atomic.Int64.Swap": ["-", "-"],
    "sync/atomic.Uint32.Add": ["-", "-"], "sync/atomic.Uint32.Load": ["-"], "sync/atomic.Uint32.Store": ["-", "-"],
    "sync/atomic.Uint64.Add": ["-", "-"], "sync/atomic.Uint64.Load": ["-"], "sync/atomic.Uint64.Store": ["-", "-"],
    "sync/atomic.Bool.Load": ["-"], "sync/atomic.Bool.Store": ["-", "-"], "sync/atomic.Bool.CompareAndSwap": ["-", "-", "-"],
    "sync/atomic.LoadUintptr": ["-"], "sync/atomic.StoreUintptr": ["-", "-"], "sync/atomic.SwapUint32": ["-", "-"],
    "sync/atomic.SwapUint64": ["-", "-"], "sync/atomic.SwapUintptr": ["-", "-"],
    "sync/atomic.CompareAndSwapUint32": ["-", "-", "-"], "sync/atomic.CompareAndSwapUint64": ["-", "-", "-"],
    "sync/atomic.CompareAndSwapUintptr": ["-", "-", "-"], "sync/atomic.AddUintptr": ["-", "-"],
    "sync/atomic.AndInt32": ["-", "-"], "sync/atomic.AndInt64": ["-", "-"], "sync/atomic.AndUint32": ["-", "-"],
    "sync/atomic.AndUint64": ["-", "-"], "sync/atomic.AndUintptr": ["-", "-"], "sync/atomic.OrInt32": ["-", "-"],
    "sync/atomic.OrInt64": ["-", "-"], "sync/atomic.OrUint32": ["-", "-"], "sync/atomic.OrUint64": ["-", "-"],
    "sync/atomic.OrUintptr": ["-", "-"], "sync/atomic.Int32.And": ["-", "-"], "sync/atomic.Int32.Or": ["-", "-"],
    "sync/atomic.Int64.And": ["-", "-"], "sync/atomic.Int64.Or": ["-", "-"], "sync/atomic.Uint32.Swap": ["-", "-"],
    "sync/atomic.Uint32.CompareAndSwap": ["-", "-", "-"], "sync/atomic.Uint32.And": ["-", "-"],
    "sync/atomic.Uint32.Or": ["-", "-"], "sync/atomic.Uint64.Swap": ["-", "-"],
    "sync/atomic.Uint64.CompareAndSwap": ["-", "-", "-"], "sync/atomic.Uint64.And": ["-", "-"],
    "sync/atomic.Uint64.Or": ["-", "-"], "sync/atomic.Uintptr.Load": ["-"], "sync/atomic.Uintptr.Store": ["-", "-"],
    "sync/atomic.Uintptr.Swap": ["-", "-"], "sync/atomic.Uintptr.CompareAndSwap": ["-", "-", "-"],
    "sync/atomic.Uintptr.Add": ["-", "-"], "sync/atomic.Uintptr.And": ["-", "-"],
    "sync/atomic.Uintptr.Or": ["-", "-"], "sync/atomic.Bool.Swap": ["-", "-"],
    // os
    "os.Exit": ["-"], "os.File.Write": ["content", "m"], "os.File.WriteString": ["content", "m"],
]

extension Batch {
    /// The tag of parameter `paramIndex` (-1: receiver) of a standard function.
    func stdlibTag(_ f: Func, _ paramIndex: Int) -> Leaks { stdlibParamTag(f, paramIndex) }
}

/// The tag of parameter `paramIndex` (-1: receiver) of a standard function.
func stdlibParamTag(_ f: Func, _ paramIndex: Int) -> Leaks {
    let sig = f.signature
    var key = "\(f.pkg?.path ?? "").\(f.name)"
    var isMethod = false
    if let r = sig?.recv, let rt = r.type {
        var t = rt
        if let p = t as? GoPointer { t = p.elem }
        if let n = t as? GoNamed { key = "\(f.pkg?.path ?? "").\(n.obj.name).\(f.name)" }
        isMethod = true
    }
    let idx = paramIndex + (isMethod ? 1 : 0)
    let ptype: GoType?
    if paramIndex < 0 { ptype = sig?.recv?.type } else if let s = sig, paramIndex < s.params.count { ptype = s.params.vars[paramIndex].type } else { ptype = nil }
    if let spec = stdlibTagTable[key], idx >= 0, idx < spec.count {
        var l = Leaks()
        for s in spec[idx].split(separator: "+") {
            switch s {
            case "-": break
            case "heap": l.addHeap(0)
            case "content": l.addHeap(1)
            case "m": l.addMutator(0)
            case "c": l.addCallee(0)
            default:
                if s.hasPrefix("r") {
                    let parts = s.dropFirst().split(separator: ":")
                    let ri = Int(parts.first ?? "0") ?? 0
                    let lvl = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
                    l.addResult(ri, lvl)
                } else {
                    l.addHeap(0)
                }
            }
        }
        return l
    }
    // no table entry: Go's rule for a function without a body
    if isUintptr(ptype) || !hasPointers(ptype) { return Leaks() }
    return Leaks.heapLeak
}
