// TypeString.swift — printing types as types2's typestring.go does, which is
// what appears in error messages: `[]int`, `map[string]int`,
// `func(x int) string`, `struct{a int; b string}`, `interface{M()}`, and
// named types qualified by their package name when they come from another
// package (`time.Duration`).
import GoSyntax

/// Maps a package to its printed qualifier ("" for no qualification).
public typealias Qualifier = (Package) -> String

public func typeString(_ t: GoType?, qualifier: Qualifier?) -> String {
    var w = TypeWriter(qf: qualifier)
    w.write(t)
    return w.out
}

struct TypeWriter {
    var out = ""
    let qf: Qualifier?
    var depth = 0
    /// Print parameter names in signatures (types2 typeWriter.paramNames).
    var paramNames = true

    init(qf: Qualifier?) { self.qf = qf }

    mutating func typeName(_ obj: TypeName) {
        if let p = obj.pkg {
            let q = qf.map { $0(p) } ?? p.name
            if !q.isEmpty { out += q + "." }
        }
        out += obj.name
    }

    mutating func write(_ t: GoType?) {
        guard let t else { out += "<nil>"; return }
        depth += 1
        defer { depth -= 1 }
        if depth > 64 { out += "…"; return }
        if let a = t.alias { typeName(a); return }
        switch t {
        case let b as GoBasic:
            if b.kind == .unsafePointer {
                if let q = qf?(Universe.unsafePackage), q.isEmpty { out += "Pointer" } else { out += "unsafe.Pointer" }
            } else {
                out += b.name
            }
        case let a as GoArray:
            out += "[\(a.len)]"; write(a.elem)
        case let s as GoSlice:
            out += "[]"; write(s.elem)
        case let s as GoStruct:
            out += "struct{"
            for (i, f) in s.fields.enumerated() {
                if i > 0 { out += "; " }
                if !f.embedded { out += f.name + " " }
                write(f.type)
                let tag = s.tag(i)
                if !tag.isEmpty { out += " " + goQuote(Array(tag.utf8)) }
            }
            out += "}"
        case let p as GoPointer:
            out += "*"; write(p.elem)
        case let tup as GoTuple:
            tuple(tup, variadic: false)
        case let sig as GoSignature:
            out += "func"; signature(sig)
        case let i as GoInterface:
            if i.isComparableConstraint && i.methods.isEmpty && i.embeddeds.isEmpty { out += "comparable"; return }
            out += "interface{"
            var first = true
            for m in i.methods {
                if !first { out += "; " }
                first = false
                out += m.name
                if let s = m.signature { signature(s) }
            }
            for e in i.embeddeds {
                if !first { out += "; " }
                first = false
                write(e)
            }
            out += "}"
        case let m as GoMap:
            out += "map["; write(m.key); out += "]"; write(m.elem)
        case let c as GoChan:
            var parens = false
            switch c.dir {
            case .both:
                out += "chan "
                if let e = c.elem as? GoChan, e.dir == .recvOnly { parens = true }
            case .sendOnly: out += "chan<- "
            case .recvOnly: out += "<-chan "
            }
            if parens { out += "(" }
            write(c.elem)
            if parens { out += ")" }
        case let n as GoNamed:
            typeName(n.obj)
            if !n.typeArgs.isEmpty {
                out += "["
                for (i, a) in n.typeArgs.enumerated() { if i > 0 { out += "," }; write(a) }
                out += "]"
            }
        case let p as GoTypeParam:
            out += p.obj.name
        default:
            out += "?"
        }
    }

    mutating func tuple(_ t: GoTuple, variadic: Bool) {
        out += "("
        for (i, v) in t.vars.enumerated() {
            if i > 0 { out += ", " }
            if paramNames && !v.name.isEmpty { out += v.name + " " }
            if variadic && i == t.vars.count - 1, let s = v.type as? GoSlice {
                out += "..."
                write(s.elem)
            } else {
                write(v.type)
            }
        }
        out += ")"
    }

    mutating func signature(_ s: GoSignature) {
        tuple(s.params, variadic: s.variadic)
        let n = s.results.count
        if n == 0 { return }
        out += " "
        if n == 1 && s.results.vars[0].name.isEmpty {
            write(s.results.vars[0].type)
            return
        }
        tuple(s.results, variadic: false)
    }
}
