// Bytecode.swift — gomem's instruction set: compact register instructions
// whose registers are byte offsets into the current frame (Lua's lopcodes.h
// habit: one line of semantics per opcode).
//
// An instruction is 20 bytes: `op` (UInt16), `w` (a small modifier: a width
// code, a flag), and four Int32 operands a, b, c, d. Unless an opcode says
// otherwise an operand names a frame slot: `F[x]` is the 8-byte word at
// fp + x, `F(x, n)` the n bytes at fp + x. `K[x]` is the 64-bit constant
// pool, `R+x` an address in read-only data, `D+x` / `B+x` in the data and
// BSS segments, `M[p]` memory at address p. Integers live widened to 64 bits
// in slots (sign- or zero-extended from their Go width, see `ext`); floats as
// their IEEE bits (float32 in the low 32 bits); composite values (string,
// slice, interface, struct, array) in their Go memory layout.
//
// Frame layout (the goroutine stack grows upwards in gomem; see
// GoVM/ARCHITECTURE.md). A call places the callee's frame at the caller's
// fp + argbase; the caller writes the arguments, the callee the results:
//
//     fp+0   saved caller fp            ┐
//     fp+8   return pc                  │ header (FrameLayout.headerSize)
//     fp+16  function index             │
//     fp+24  closure context (func val) ┘
//     fp+32  parameters (receiver first), each aligned to 8
//     ...    results, each aligned to 8
//     ...    locals and temporaries (slots at fixed offsets)
//     fp+frameSize  next frame's header (outgoing call area)
//
// Worked example: func add(a, b int) int { s := a + b; return s }
//     fp+32 a, fp+40 b, fp+48 result, fp+56 s; frameSize 64
//     add  56 32 40       ; F[56] = F[32] + F[40]
//     mov8 48 56          ; F[48] = F[56]
//     ret
//
// Opcodes (width codes for ld/st/ext: 1 i8, 2 i16, 3 i32, 4 i64, 5 u8, 6 u16, 7 u32):
public enum Op: UInt16, Sendable {
    case nop         // nothing (a = source interface type before assert/asserti, for the panic message)
    // constants and moves
    case iconst      // F[a] = Int64(b)                       (b sign-extended immediate)
    case kconst      // F[a] = K[b]
    case mov8        // F[a] = F[b]
    case move        // F(a, c) = F(b, c)                     (memmove)
    case zero        // F(a, c) = 0
    case strlit      // F(a,16) = (R+b, c)                    (string literal)
    case roaddr      // F[a] = R+b                            (type descriptor, static closure, itab)
    case dataaddr    // F[a] = D+b
    case bssaddr     // F[a] = B+b
    case frameaddr   // F[a] = fp+b                           (a stack variable's address)
    // integer arithmetic on 64-bit words (wrapping)
    case add, sub, mul, and, or, xor, andnot   // F[a] = F[b] op F[c]
    case addi        // F[a] = F[b] &+ c                      (c immediate)
    case divs, divu, rems, remu                // F[a] = F[b] op F[c]; panics "integer divide by zero"
    case shl, shrs, shru                       // F[a] = F[b] shift F[c] (unsigned count; ≥64 gives 0 / sign); w=1: count signed, panics if < 0
    case neg, com, not                         // F[a] = -F[b], ^F[b], !F[b]
    case ext         // F[a] = extend(F[b], width w)          (Go's truncation to a narrower integer)
    case eq, ne, lts, les, ltu, leu            // F[a] = F[b] cmp F[c] ? 1 : 0
    // floating point (w = 0: float64, w = 1: float32)
    case fadd, fsub, fmul, fdiv                // F[a] = F[b] op F[c]
    case fneg                                  // F[a] = -F[b]
    case feq, fne, flt, fle                    // F[a] = F[b] cmp F[c]
    case i2f         // F[a] = float(Int64 F[b]);   w bit 2: source unsigned
    case f2i         // F[a] = int(trunc F[b]);     w bit 2: destination unsigned
    case f2f         // F[a] = float64(float32 F[b]) if w == 0, else float32(float64 F[b])
    // complex numbers (GoVM/Complex.swift): w = 0 complex128 (16 bytes), 1 complex64
    // (8 bytes), in memory form (real part first); real/imag/complex() and
    // conversions are moves of the parts (ldf/stf/mov8/f2f)
    case cadd, csub, cmul, cdiv                // F(a) = F(b) op F(c); cdiv is Go's runtime complex128div
    case cneg                                  // F(a) = -F(b)
    case ceq                                   // F[a] = F(b) == F(c)
    // control
    case jump        // pc = a                                (a back-edge counts towards preemption)
    case jumpif      // if F[b] != 0 { pc = a }
    case jumpifnot   // if F[b] == 0 { pc = a }
    case call        // call function a, callee fp = fp + b
    case callv       // call the func value F[a] (nil: panic), callee fp = fp + b; c = argument area end (for natives)
    case calli       // call method c of the interface F(a,16) via its itab, callee fp = fp + b; receiver (itab recvCopy) at callee fp + d
    case calln       // call native a with its arguments at fp + b + 32 (c = area end); status 3 parks and retries, 5 yields
    case ret         // return to the caller; return pc -1 leaves this run (entry frame), -2 ends a goroutine
    case morestack   // function entry: if fp + a > stack.hi grow the stack (copying); zero F(b ..< c) (locals)
    // memory
    case load        // F[a] = ld_w(M[F[b] + c])              (nil check on F[b])
    case store       // st_w(M[F[a] + c], F[b])               (nil check on F[a])
    case loadm       // F(a, d) = M(F[b] + c, d)
    case storem      // M(F[a] + c, d) = F(b, d)
    case storep      // M[F[a] + c] = F[b], a pointer word to the heap or a global, through the write barrier (nil check on F[a])
    case wbmem       // write barrier before a storem: shade the pointers of T = R+d at M[F[a] + c] (old) and F(b) (new); nothing if F[a] is nil
    case ldf         // F[a] = ld_w(fp + b)                   (a field or element of a frame-resident struct/array)
    case stf         // st_w(fp + a, F[b])
    case lea         // F[a] = F[b] + c                       (nil check on F[b])
    case nilchk      // if F[a] == 0 panic "invalid memory address or nil pointer dereference"
    case new         // F[a] = mallocgc(type R+b), zeroed
    case bchk        // if UInt(F[a]) >= UInt(F[b]) panic index out of range [F[a]] with length F[b]
    case elemaddr    // F[a] = F[b] + F[c] * d
    case makeslice   // F(a,24) = make([]T, F[b], F[c]), T = R+d; panics on bad len/cap
    case growslice   // F(a,24) grows by F[b] elements (len += F[b], realloc per Go's rule), elem type R+d; w&3 = 1: the first
                     //   growth from empty that fits takes the append store at c (once per frame), 2: every growth that
                     //   fits reuses the store (growsliceBuf); w&4: the store is a heap object F[c] (0 until used);
                     //   w&8: growing an empty slice into a store's size stops the program (depends on Go's inlining)
    case move2heap   // if F(a,24) points into the store at c (w&4: heap store F[c]), copy it to the heap: w&1 keeping its
                     //   cap, else cap rounded up from len to a size class (Go's move2heap); elem type R+d
    case reslice     // F(a,24|16) = F(b,24)[F[c] : F[c+8] : F[c+16]], elem size d; w=1 string, w=2 array/len message, w=4 three-index
    case copy        // F[a] = copy(F(b,24), F(c,24)), elem type R+d (through the write barrier)
    case unsafeslice // F(a,24) = unsafe.Slice(F[b], F[c]) elem size d; w=1: F(a,16) = unsafe.String(F[b], F[c]); panics as Go's
    // strings
    case concat      // F(a,16) = F(b,16) + F(c,16)
    case strcmp      // F[a] = compare(F(b,16), F(c,16)) as -1, 0, 1
    case streq       // F[a] = F(b,16) == F(c,16)
    case runestr     // F(a,16) = string(rune F[b])
    case bytes2str   // F(a,16) = string(F(b,24))
    case str2bytes   // F(a,24) = []byte(F(b,16)); w: 0 copy (cap to a size class), 1 32-byte buffer when it fits, 2 Go's zero-copy (cap = len), 3 cap = len
    case runes2str   // F(a,16) = string(F(b,24) as []rune)
    case str2runes   // F(a,24) = []rune(F(b,16)); w: 0 copy (cap to a size class), 1 32-rune buffer when it fits, 2 cap = len
    case decoderune  // F[a] = rune at F(b,16)[F[c]], F[a+8] = index after it
    // interfaces
    case mkiface     // F(a,16) = (R+c (type or itab), w==1 ? F[b] : heap copy of F(b) as type R+d)
    case iface2e     // F(a,16) = (itab(F[b]).type or nil, F[b+8])   (non-empty to empty interface)
    case assert      // F(a) = F(b,16).(T), T = R+c concrete; ok to F[d]; w: 1 comma-ok, 2 direct, 8 source non-empty, w>>4 scalar width
    case asserti     // F(a,16) = F(b,16).(I), I = R+c interface; ok to F[d]; w: 1 comma-ok, 2 source non-empty, 4 I empty, 8 a conversion (nil gives nil)
    case ifaceeq     // F[a] = F(b,16) == F(c,16); w=1 non-empty (panics on uncomparable dynamic types)
    case valeq       // F[a] = F(b,size(T)) == F(c,size(T)), T = R+d
    case typeof      // F[a] = dynamic type descriptor of F(b,16) or 0; w=1 non-empty interface
    // defer, panic, recover
    case deferproc   // push a defer record: func value F[a], c bytes of arguments at fp + b
    case rundefers   // run this frame's pending defers (one at a time, re-executing this instruction)
    case panic       // panic(F(a,16))
    case recover     // F(a,16) = recover(); w=1: on behalf of the caller (`defer recover()`'s thunk)
    case panicstub   // (in the runtime stub) continue a panic after a deferred call returns
    case fatal       // runtime failure with message K-string a (unsupported construct reached)
    case mkclosure   // F[a] = new closure of function b with c captured words from fp + d
    // maps (GoVM/Map.swift); keys and values in slot form, T = map type R+..
    case makemap     // F[a] = make(map, hint F[b]), type R+c
    case maplen      // F[a] = len(map F[b])
    case mapaccess   // F(a) = F[b][F(c)], type R+d; w=1: F[a + slot(elem)] = ok
    case mapassign   // F[a][F(b)] = F(c); panics on a nil map
    case mapdelete   // delete(F[a], F(b))
    case mapclear    // clear(F[a])
    case mapnext     // next entry at or after index F[a] of map F[b]: key to F(c), value after it; F[a+8] = found
    // goroutines and channels (GoVM/Proc.swift, GoVM/Chan.swift)
    case gostart     // go: start a goroutine running func value F[a] with c argument bytes from fp + b
    case makechan    // F[a] = make(chan, size F[b]), chan type R+c
    case chansend    // F[a] <- F(b)                          (may park)
    case chanrecv    // F(a) = <-F[b]; w=1: F[a + slot(elem)] = ok   (may park)
    case chanclose   // close(F[a])
    case chanlen     // F[a] = len (w=0) or cap (w=1) of channel F[b]
    case selectgo    // select over b cases described at fp + a (4 words each); F[c] = chosen case, -1 default (w=1)
    case slice2arr   // F[a] = F(b,24).ptr after checking len >= c (w=1: pointer result; else F(a, c*d) = elements)
    case sliceclear  // clear(F(a,24)): zero its len elements of type R+d (through the write barrier)
    case printv      // print builtin: F(a, ..) as w (1 int, 2 uint, 3 float64, 4 bool, 5 string, 6 pointer, 7 newline, 8 space, 9 eface, 10 iface, 11 float32, 12 slice, 13 complex128, 14 complex64)
    case exit        // leave the interpreter loop (entry sentinel)
    case rangepanic  // a range-over-func loop's run-time check failed: panic with the runtime error for state F[a] (RangeFuncState)
}

/// One instruction (20 bytes).
public struct Instr: Sendable {
    public var op: Op
    public var w: UInt16
    public var a: Int32
    public var b: Int32
    public var c: Int32
    public var d: Int32
    public init(_ op: Op, _ a: Int32 = 0, _ b: Int32 = 0, _ c: Int32 = 0, _ d: Int32 = 0, w: UInt16 = 0) {
        self.op = op; self.w = w; self.a = a; self.b = b; self.c = c; self.d = d
    }
}

/// Frame header layout (see the diagram above).
public enum FrameLayout {
    public static let savedFP: Int = 0
    public static let retPC: Int = 8
    public static let funcIndex: Int = 16
    public static let context: Int = 24
    public static let headerSize: Int = 32
    /// Bytes kept free above the frame for the outgoing call header and a
    /// native call's arguments before morestack must run again.
    public static let stackGuard: Int = 256
    /// Bytes zeroed above a native's argument area (the collector may scan
    /// them conservatively) and counted as its used stack.
    public static let nativeSlack: Int = 64
    /// Alignment of a frame placed above a native's arguments.
    public static let frameAlign: Int = 16
}

/// Bytes of an append's stack backing store: Go's VariableMakeThreshold
/// (GoEscape decides which appends get one; the frame slot holds them).
public let appendStoreBytes = 32
/// An append store's frame slot: a word (in the frame: 1 once used; on the
/// heap: the store's address), then the store's bytes.
public let appendStoreDataOffset = 8

/// Width codes for load/store/ext.
public enum Width: UInt16 {
    case i8 = 1, i16 = 2, i32 = 3, i64 = 4, u8 = 5, u16 = 6, u32 = 7
}

/// The state of one execution of a range-over-func loop (Go's abi.RF_State):
/// a heap cell the loop and its synthesized body closure share. The body
/// checks `ready` on entry and sets `panicking` while it runs; it leaves
/// `ready` (continue) or `done` (break, return); after the iterator returns
/// the loop checks for `panicking` and sets `exhausted`.
public enum RangeFuncState: Int64, Sendable {
    case done = 0, ready = 1, panicking = 2, exhausted = 3, missingPanic = 4

    /// Go's run-time error (without "runtime error: ") for a body entered,
    /// or a loop left, in this state.
    public var message: String {
        switch self {
        case .done: return "range function continued iteration after function for loop body returned false"
        case .panicking: return "range function continued iteration after loop body panic"
        case .exhausted: return "range function continued iteration after whole loop exit"
        case .missingPanic: return "range function recovered a loop body panic and did not resume panicking"
        case .ready: return "range function state ready"
        }
    }
}
