// Constant+Ops.swift — arithmetic on exact constants (go/constant BinaryOp,
// UnaryOp, Shift, Compare) and representability of a constant in a basic
// type with rounding (types2 const.go representableConst).
import GoSyntax

extension Constant {
    /// Promote two numeric values to the same kind (int < float < complex).
    static func match(_ x: Constant, _ y: Constant) -> (Constant, Constant) {
        func rank(_ c: Constant) -> Int {
            switch c { case .int: return 1; case .rat: return 2; case .float: return 3; case .complex: return 4; default: return 0 }
        }
        let rx = rank(x), ry = rank(y)
        if rx == ry { return (x, y) }
        if rx == 4 || ry == 4 { return (x.toComplex(), y.toComplex()) }
        if rx == 3 || ry == 3 { return (.float(x.bigFloat), .float(y.bigFloat)) }
        return (x.toFloat(), y.toFloat())
    }

    var ratParts: (BigInt, BigInt)? {
        switch self {
        case .int(let i): return (i, 1)
        case .rat(let n, let d): return (n, d)
        default: return nil
        }
    }

    /// x op y. `intDiv` requests truncated integer division for `/`.
    public static func binaryOp(_ x: Constant, _ op: Operator, _ y: Constant, intDiv: Bool = false) -> Constant {
        switch (x, y) {
        case (.bool(let a), .bool(let b)):
            switch op { case .andAnd: return .bool(a && b); case .orOr: return .bool(a || b); default: return .unknown }
        case (.string(let a), .string(let b)):
            return op == .add ? .string(a + b) : .unknown
        default: break
        }
        let (a, b) = match(x, y)
        if case .int(let i) = a, case .int(let j) = b {
            switch op {
            case .add: return .int(i + j)
            case .sub: return .int(i - j)
            case .mul: return .int(i * j)
            case .div:
                if j.isZero { return .unknown }
                if intDiv { return .int(i / j) }
                return makeRat(i, j)
            case .rem: return j.isZero ? .unknown : .int(i % j)
            case .and: return .int(bitOp(i, j) { $0 & $1 })
            case .or: return .int(bitOp(i, j) { $0 | $1 })
            case .xor: return .int(bitOp(i, j) { $0 ^ $1 })
            case .andNot: return .int(bitOp(i, j) { $0 & ~$1 })
            default: return .unknown
            }
        }
        if let (n1, d1) = a.ratParts, let (n2, d2) = b.ratParts {
            switch op {
            case .add: return makeRat(n1 * d2 + n2 * d1, d1 * d2)
            case .sub: return makeRat(n1 * d2 - n2 * d1, d1 * d2)
            case .mul: return makeRat(n1 * n2, d1 * d2)
            case .div: return n2.isZero ? .unknown : makeRat(n1 * d2, d1 * n2)
            default: return .unknown
            }
        }
        if case .float(let f) = a, case .float(let g) = b {
            if f.isInfinite || g.isInfinite { return .unknown }
            let r: BigFloat
            switch op {
            case .add: r = f + g
            case .sub: r = f - g
            case .mul: r = f * g
            case .div: guard let q = f / g else { return .unknown }; r = q
            default: return .unknown
            }
            return fromBig(r)
        }
        if case .complex(let ar, let ai) = a, case .complex(let br, let bi) = b {
            switch op {
            case .add: return .complex(binaryOp(ar, .add, br), binaryOp(ai, .add, bi))
            case .sub: return .complex(binaryOp(ar, .sub, br), binaryOp(ai, .sub, bi))
            case .mul:
                let re = binaryOp(binaryOp(ar, .mul, br), .sub, binaryOp(ai, .mul, bi))
                let im = binaryOp(binaryOp(ar, .mul, bi), .add, binaryOp(ai, .mul, br))
                return .complex(re, im)
            case .div:
                let s = binaryOp(binaryOp(br, .mul, br), .add, binaryOp(bi, .mul, bi))
                if s.sign == 0 { return .unknown }
                let re = binaryOp(binaryOp(ar, .mul, br), .add, binaryOp(ai, .mul, bi))
                let im = binaryOp(binaryOp(ai, .mul, br), .sub, binaryOp(ar, .mul, bi))
                return .complex(binaryOp(re, .div, s), binaryOp(im, .div, s))
            default: return .unknown
            }
        }
        return .unknown
    }

    /// Two's-complement bitwise operation on arbitrary-precision integers
    /// (f on each word of their infinite two's-complement forms).
    static func bitOp(_ x: BigInt, _ y: BigInt, _ f: (UInt, UInt) -> UInt) -> BigInt {
        BigInt.bitwise(x, y, f)
    }

    /// op x; `prec` is the size in bits of an unsigned typed operand of ^ (0 otherwise).
    public static func unaryOp(_ op: Operator, _ x: Constant, prec: Int = 0) -> Constant {
        switch op {
        case .add:
            return x.isNumeric ? x : .unknown
        case .sub:
            switch x {
            case .int(let i): return .int(-i)
            case .rat(let n, let d): return .rat(-n, d)
            case .float(let f): return .float(-f)
            case .complex(let r, let i): return .complex(unaryOp(.sub, r), unaryOp(.sub, i))
            default: return .unknown
            }
        case .xor:
            guard case .int(let i) = x else { return .unknown }
            if prec > 0 {
                let mask = (BigInt(1) << prec) - 1
                return .int(bitOp(i, mask) { $0 ^ $1 })
            }
            return .int(-i - 1)
        case .not:
            if case .bool(let b) = x { return .bool(!b) }
            return .unknown
        default: return .unknown
        }
    }

    public static func shift(_ x: Constant, _ op: Operator, _ s: UInt) -> Constant {
        guard case .int(let i) = x else { return .unknown }
        if op == .shl {
            if s > 100_000 { return .unknown }
            return .int(i << Int(s))
        }
        if s > UInt(i.bitWidth) + 1 { return .int(i.sign == .minus && !i.isZero ? -1 : 0) }
        let p = BigInt(1) << Int(s)
        var q = i / p
        if i.sign == .minus && !(i % p).isZero { q -= 1 }
        return .int(q)
    }

    public static func compare(_ x: Constant, _ op: Operator, _ y: Constant) -> Bool {
        switch (x, y) {
        case (.bool(let a), .bool(let b)):
            switch op { case .eql: return a == b; case .neq: return a != b; default: return false }
        case (.string(let a), .string(let b)):
            let c = a.lexicographicallyPrecedes(b) ? -1 : (a == b ? 0 : 1)
            return cmpResult(c, op)
        default: break
        }
        let (a, b) = match(x, y)
        if let (n1, d1) = a.ratParts, let (n2, d2) = b.ratParts {
            let l = n1 * d2, r = n2 * d1
            return cmpResult(l < r ? -1 : (l == r ? 0 : 1), op)
        }
        if case .float(let f) = a, case .float(let g) = b { return cmpResult(BigFloat.compare(f, g), op) }
        if case .complex(let ar, let ai) = a, case .complex(let br, let bi) = b {
            let eq = compare(ar, .eql, br) && compare(ai, .eql, bi)
            switch op { case .eql: return eq; case .neq: return !eq; default: return false }
        }
        return false
    }

    private static func cmpResult(_ c: Int, _ op: Operator) -> Bool {
        switch op {
        case .eql: return c == 0
        case .neq: return c != 0
        case .lss: return c < 0
        case .leq: return c <= 0
        case .gtr: return c > 0
        case .geq: return c >= 0
        default: return false
        }
    }

    public var bitLen: Int { if case .int(let i) = self { return i.magnitude.bitWidth }; return 0 }
}

// MARK: - Representability

/// Reports whether x is representable as a value of basic type t; if so
/// and `rounded` is wanted, returns the value rounded to t (for floats).
func representableConst(_ x: Constant, _ t: GoBasic) -> (ok: Bool, rounded: Constant) {
    if case .unknown = x { return (true, x) }
    let info = t.info
    if info.contains(.isInteger) {
        let v = x.toInt()
        guard case .int(let i) = v else { return (false, x) }
        let ok: Bool
        switch t.kind {
        case .int, .int64: ok = i >= BigInt(Int64.min) && i <= BigInt(Int64.max)
        case .int8: ok = i >= -128 && i <= 127
        case .int16: ok = i >= -32768 && i <= 32767
        case .int32: ok = i >= BigInt(Int32.min) && i <= BigInt(Int32.max)
        case .uint, .uintptr, .uint64: ok = i.sign != .minus || i.isZero ? i.magnitude.bitWidth <= 64 : false
        case .uint8: ok = i >= 0 && i <= 255
        case .uint16: ok = i >= 0 && i <= 65535
        case .uint32: ok = i >= 0 && i <= BigInt(UInt32.max)
        case .untypedInt, .untypedRune: ok = true
        default: ok = false
        }
        return (ok, v)
    }
    if info.contains(.isFloat) {
        let v = x.toFloat()
        guard v.kind == .float || v.kind == .int else { return (false, x) }
        switch t.kind {
        case .float32:
            let f = v.floatValue32
            if f.isInfinite { return (false, x) }
            return (true, Constant.makeFloat64(Double(f)))
        case .float64:
            let f = v.doubleValue
            if f.isInfinite { return (false, x) }
            return (true, Constant.makeFloat64(f))
        case .untypedFloat: return (true, v)
        default: return (false, x)
        }
    }
    if info.contains(.isComplex) {
        let v = x.toComplex()
        guard case .complex(let re, let im) = v else { return (false, x) }
        switch t.kind {
        case .complex64:
            let r = re.floatValue32, i = im.floatValue32
            if r.isInfinite || i.isInfinite { return (false, x) }
            return (true, .complex(Constant.makeFloat64(Double(r)), Constant.makeFloat64(Double(i))))
        case .complex128:
            let r = re.doubleValue, i = im.doubleValue
            if r.isInfinite || i.isInfinite { return (false, x) }
            return (true, .complex(Constant.makeFloat64(r), Constant.makeFloat64(i)))
        case .untypedComplex: return (true, v)
        default: return (false, x)
        }
    }
    if info.contains(.isString) { return (x.kind == .string, x) }
    if info.contains(.isBoolean) { return (x.kind == .bool, x) }
    return (false, x)
}
