// Generics.swift — type parameters (types2 typeparam.go, typeset.go,
// union.go, subst.go, instantiate.go, infer.go, unify.go): declaring type
// parameter lists, constraints as type sets, substitution, instantiation of
// generic types, functions and methods, inference of type arguments from
// call arguments (typed, then constraint core types, then untyped
// constants), and the constraint satisfaction check.
//
// Invariants:
// - A GoTypeParam's `underlying` is the core type of its constraint's type
//   set when all its terms share one underlying type (so indexing, ranging,
//   len, composite literals work through it), and the type parameter itself
//   otherwise; predicates (isNumeric...) ask every term of the set.
// - A generic GoNamed (`type List[T any]`) holds its type parameters; an
//   instance (`List[int]`) holds origin + typeArgs, and its underlying type
//   and methods are substituted on first use. Instances are made once per
//   distinct (identical) argument list, and `List[T]` inside its own
//   declaration is the generic type itself.
// - Every instantiation the checker performs is recorded in Info.instances
//   (keyed by the Name of the generic function or type), which is what a
//   stenciling compiler needs: the type arguments after inference.
import GoSyntax

/// One term of a type set: T, or ~T (every type whose underlying type is T).
public struct Term {
    public var tilde: Bool
    public var type: GoType
}

public final class GoTypeParam: GoType, @unchecked Sendable {
    public let obj: TypeName
    /// Position in its list.
    public let index: Int
    /// The constraint (an interface; implicit for `[T ~int | string]`).
    public internal(set) var constraint: GoType = Typ.invalid
    init(obj: TypeName, index: Int) { self.obj = obj; self.index = index }

    public var iface: GoInterface? { constraint.underlying as? GoInterface }
    /// The terms of the type set; nil: all types.
    public var typeSetTerms: [Term]? { iface.flatMap { GoTypes.typeSetTerms(of: $0) } }
    /// The single underlying type of every type in the set, if there is one.
    public var coreType: GoType? {
        guard let terms = typeSetTerms, let f = terms.first else { return nil }
        if f.type is GoTypeParam { return nil }
        let u = f.type.underlying
        for t in terms.dropFirst() where !identical(t.type.underlying, u) { return nil }
        return u
    }
    public override var underlying: GoType { coreType ?? self }
    /// Values of the type parameter support == (comparable, or only comparable terms).
    var isComparableSet: Bool {
        guard let i = iface else { return false }
        _ = i.allMethods
        if i.isComparableConstraint { return true }
        guard let terms = typeSetTerms, !terms.isEmpty else { return false }
        return terms.allSatisfy { comparableType($0.type) }
    }
}

/// An instance recorded for the compiler: the generic object and its type
/// arguments (after inference), and the instantiated type.
public struct Instance {
    public var typeArgs: [GoType]
    public var type: GoType
}

// MARK: - type sets

/// The terms of an interface's type set (nil: all types): the intersection
/// of its unions and of its embedded interfaces' sets.
func typeSetTerms(of i: GoInterface, depth: Int = 0) -> [Term]? {
    if depth > 50 { return nil }
    var r: [Term]? = nil
    for e in i.embeddeds {
        if e is GoTypeParam { continue }
        if let ei = e.underlying as? GoInterface {
            if let t = typeSetTerms(of: ei, depth: depth + 1) { r = intersectTerms(r, t) }
        } else if isValid(e.underlying) {
            r = intersectTerms(r, [Term(tilde: false, type: e)])
        }
    }
    for u in i.unions {
        var all = false
        var ts: [Term] = []
        for term in u {
            if term.type is GoTypeParam { continue }
            if !term.tilde, let ti = term.type.underlying as? GoInterface {
                if let x = typeSetTerms(of: ti, depth: depth + 1) { ts += x } else { all = true }
            } else {
                ts.append(term)
            }
        }
        if !all { r = intersectTerms(r, ts) }
    }
    return r
}

func intersectTerms(_ a: [Term]?, _ b: [Term]) -> [Term] {
    guard let a else { return b }
    var r: [Term] = []
    for x in a {
        for y in b {
            switch (x.tilde, y.tilde) {
            case (true, true): if identical(x.type, y.type) { r.append(x) }
            case (true, false): if identical(y.type.underlying, x.type) { r.append(y) }
            case (false, true): if identical(x.type.underlying, y.type) { r.append(x) }
            case (false, false): if identical(x.type, y.type) { r.append(x) }
            }
        }
    }
    return r
}

func termIncludes(_ t: Term, _ V: GoType) -> Bool {
    t.tilde ? identical(V.underlying, t.type) : identical(V, t.type)
}

// MARK: - substitution

typealias SubstMap = [ObjectIdentifier: GoType]

func substMap(_ tparams: [GoTypeParam], _ targs: [GoType]) -> SubstMap {
    var m: SubstMap = [:]
    for (i, p) in tparams.enumerated() where i < targs.count { m[ObjectIdentifier(p)] = targs[i] }
    return m
}

/// t with the type parameters of m replaced (t itself if nothing changed).
func subst(_ t: GoType, _ m: SubstMap, depth: Int = 0) -> GoType {
    if m.isEmpty || depth > 200 { return t }
    func s(_ x: GoType) -> GoType { subst(x, m, depth: depth + 1) }
    func vars(_ vs: [Var]) -> ([Var], Bool) {
        var changed = false
        let r = vs.map { v -> Var in
            guard let vt = v.type else { return v }
            let nt = s(vt)
            if nt === vt { return v }
            changed = true
            let nv = Var(name: v.name, type: nt, pkg: v.pkg, pos: v.pos, isField: v.isField, embedded: v.embedded)
            nv.isParam = v.isParam
            return nv
        }
        return (r, changed)
    }
    switch t {
    case let p as GoTypeParam: return m[ObjectIdentifier(p)] ?? p
    case let p as GoPointer: let e = s(p.elem); return e === p.elem ? t : GoPointer(e)
    case let x as GoSlice: let e = s(x.elem); return e === x.elem ? t : GoSlice(e)
    case let a as GoArray: let e = s(a.elem); return e === a.elem ? t : GoArray(len: a.len, elem: e)
    case let x as GoMap:
        let k = s(x.key), e = s(x.elem)
        return k === x.key && e === x.elem ? t : GoMap(key: k, elem: e)
    case let c as GoChan: let e = s(c.elem); return e === c.elem ? t : GoChan(dir: c.dir, elem: e)
    case let st as GoStruct:
        let (f, ch) = vars(st.fields)
        return ch ? GoStruct(fields: f, tags: st.tags) : t
    case let tu as GoTuple:
        let (v, ch) = vars(tu.vars)
        return ch ? GoTuple(v) : t
    case let sig as GoSignature:
        let p = s(sig.params), r = s(sig.results)
        if p === sig.params && r === sig.results { return t }
        let n = GoSignature(recv: sig.recv, params: p as! GoTuple, results: r as! GoTuple, variadic: sig.variadic)
        return n
    case let i as GoInterface:
        var changed = false
        let ms = i.methods.map { f -> Func in
            guard let ft = f.type else { return f }
            let nt = s(ft)
            if nt === ft { return f }
            changed = true
            let nf = Func(name: f.name, type: nt, pkg: f.pkg, pos: f.pos)
            nf.isInterfaceMethod = true
            return nf
        }
        let es = i.embeddeds.map { e -> GoType in let n = s(e); if n !== e { changed = true }; return n }
        let us = i.unions.map { u in u.map { term -> Term in
            let n = s(term.type); if n !== term.type { changed = true }
            return Term(tilde: term.tilde, type: n)
        } }
        if !changed { return t }
        let ni = GoInterface(methods: ms, embeddeds: es)
        ni.unions = us
        ni.isComparableConstraint = i.isComparableConstraint
        ni.hasTypeTerms = i.hasTypeTerms
        return ni
    case let n as GoNamed:
        if let o = n.origin {
            var changed = false
            let args = n.typeArgs.map { a -> GoType in let x = s(a); if x !== a { changed = true }; return x }
            return changed ? instantiateNamed(o, args) : t
        }
        if n.isGeneric {
            let args = n.typeParams.map { s($0) }
            return instantiateNamed(n, args)
        }
        return t
    default: return t
    }
}

/// The instance of a generic type for these arguments (made once).
func instantiateNamed(_ orig: GoNamed, _ args: [GoType]) -> GoNamed {
    if args.count == orig.typeParams.count && zip(args, orig.typeParams).allSatisfy({ $0.0 === $0.1 }) { return orig }
    if let i = orig.instances.first(where: { $0.typeArgs.count == args.count && zip($0.typeArgs, args).allSatisfy { identical($0.0, $0.1) } }) {
        return i
    }
    let n = GoNamed(obj: orig.obj, underlying: nil)
    n.origin = orig
    n.typeArgs = args
    orig.instances.append(n)
    return n
}

/// Fills an instance's underlying type once its generic type is resolved.
func instantiateUnderlying(_ n: GoNamed, _ o: GoNamed) {
    guard let r = o.resolved else { return }
    n.resolved = Typ.invalid   // a self-reference while substituting reads as invalid
    n.resolved = subst(r, substMap(o.typeParams, n.typeArgs)).underlying
}

/// The methods of a named type; for an instance, the generic type's methods
/// with the receiver's type parameters replaced by the type arguments.
func namedMethods(_ n: GoNamed, resolve: (Func) -> Void = { _ in }) -> [Func] {
    guard let o = n.origin else { return n.methods }
    return o.methods.map { m in
        if let f = n.instanceMethods[m.name] { return f }
        if m.type == nil { resolve(m) }
        guard let sig = m.signature else { return m }
        let map = substMap(sig.recvTypeParams, n.typeArgs)
        let ns = subst(sig, map) as! GoSignature
        let s2 = GoSignature(recv: sig.recv, params: ns.params, results: ns.results, variadic: sig.variadic)
        if let r = sig.recv, let rt = r.type {
            s2.recv = Var(name: r.name, type: subst(rt, map), pkg: r.pkg, pos: r.pos)
        }
        s2.typeParams = sig.typeParams
        let f = Func(name: m.name, type: s2, pkg: m.pkg, pos: m.pos)
        f.hasPtrRecv = m.hasPtrRecv
        f.decl = m.decl
        n.instanceMethods[m.name] = f
        return f
    }
}

// MARK: - for the compiler (one body per instance)

/// A substitution of type arguments for type parameters (keyed by the GoTypeParam).
public typealias TypeSubstitution = [ObjectIdentifier: GoType]

/// The substitution of targs for tparams.
public func typeSubstitution(_ tparams: [GoTypeParam], _ targs: [GoType]) -> TypeSubstitution {
    substMap(tparams, targs)
}

/// t with the type parameters of m replaced (t itself if nothing changed).
public func substitute(_ t: GoType, _ m: TypeSubstitution) -> GoType { subst(t, m) }

/// The methods of a named type as its values have them: for an instance,
/// the generic type's methods with the type arguments substituted (made once).
public func instanceMethods(_ n: GoNamed) -> [Func] { namedMethods(n) }

// MARK: - checker

extension Checker {
    /// Declares the type parameters of a list in the current scope and
    /// evaluates their constraints (which may mention any of them).
    func declareTypeParams(_ list: [Field], declared: ([GoTypeParam]) -> Void = { _ in }) -> [GoTypeParam] {
        var tparams: [GoTypeParam] = []
        for (i, f) in list.enumerated() {
            guard let name = f.name else { continue }
            let tn = TypeName(name: name.value, type: nil, pkg: pkg, pos: name.pos)
            let tp = GoTypeParam(obj: tn, index: i)
            tn.type = tp
            if let s = ctx.scope { declare(s, name, tn) } else { recordDef(name, tn) }
            tparams.append(tp)
        }
        declared(tparams)   // a generic type's constraints may instantiate the type itself
        var i = 0
        var last: Expr? = nil
        var lastBound: GoType = Typ.invalid
        for f in list where f.name != nil {
            if f.type !== last {
                lastBound = boundType(f.type)
                last = f.type
            }
            tparams[i].constraint = lastBound
            i += 1
        }
        return tparams
    }

    /// A constraint: an interface, or a type-term element standing for an
    /// implicit interface (`[T ~int | string]`).
    func boundType(_ e: Expr) -> GoType {
        var x: Expr = e
        while let p = x as? ParenExpr { x = p.x }
        if let op = x as? Operation, op.op == .or || op.op == .tilde {
            let i = GoInterface(methods: [], embeddeds: [])
            i.hasTypeTerms = true
            i.implicit = true
            i.unions = [unionTerms(op)]
            return i
        }
        let t = typExpr(e)
        if !isValid(t) { return t }
        if t.underlying is GoInterface && !(t is GoTypeParam) { return t }
        if t is GoTypeParam {
            error(e, "cannot use a type parameter as constraint")
            return Typ.invalid
        }
        let i = GoInterface(methods: [], embeddeds: [])
        i.hasTypeTerms = true
        i.implicit = true
        i.unions = [[Term(tilde: false, type: t)]]
        return i
    }

    /// The terms of a union expression, its types resolved.
    func unionTerms(_ e: Expr) -> [Term] {
        var out: [Term] = []
        var stack: [Expr] = [e]
        while let t = stack.popLast() {
            if let o = t as? Operation, o.op == .or, let y = o.y { stack.append(y); stack.append(o.x); continue }
            if let o = t as? Operation, o.op == .tilde, o.y == nil {
                let tt = typExpr(o.x)
                if isValid(tt) {
                    if !identical(tt, tt.underlying) && !(tt is GoTypeParam) {
                        error(t, "invalid use of ~ (underlying type of \(typeStr(tt)) is \(typeStr(tt.underlying)))")
                        continue
                    }
                    out.append(Term(tilde: true, type: tt))
                }
                continue
            }
            let tt = typExpr(t)
            if isValid(tt) {
                if tt is GoTypeParam { error(t, "term cannot be a type parameter"); continue }
                out.append(Term(tilde: false, type: tt))
            }
        }
        return out
    }

    /// How a constraint prints: an implicit interface as its terms.
    func constraintStr(_ t: GoType) -> String {
        if let i = t as? GoInterface, i.implicit, i.methods.isEmpty, i.unions.count == 1 {
            return termsStr(i.unions[0])
        }
        return typeStr(t)
    }

    func termsStr(_ terms: [Term]) -> String {
        terms.map { ($0.tilde ? "~" : "") + typeStr($0.type) }.joined(separator: " | ")
    }

    /// A generic type as messages print it: `List[T any]`.
    func genericTypeStr(_ n: GoNamed) -> String {
        typeStr(n) + "[" + n.typeParams.map { "\($0.obj.name) \(constraintStr($0.constraint))" }.joined(separator: ", ") + "]"
    }

    /// The type arguments of an index expression (`X[A, B]`).
    func typeArgs(_ index: Expr) -> [(GoType, Expr)] {
        unpackList(index).map { (varType($0), $0) }
    }

    /// Reports a wrong number of type arguments; true if the count is right
    /// (or fewer are allowed, for functions whose rest may be inferred).
    func checkTypeArgCount(_ at: Node, name: String, what: String, got: Int, want: Int, allowFewer: Bool) -> Bool {
        if got == want || (allowFewer && got < want) { return true }
        let qual = got < want ? "not enough" : "too many"
        error(at, "\(qual) type arguments for \(what) \(name): have \(got), want \(want)")
        return false
    }

    /// Instantiates a generic type with explicit arguments (`List[int]`).
    func instantiateType(_ e: IndexExpr, _ orig: GoNamed) -> GoType {
        let args = typeArgs(e.index)
        if args.contains(where: { !isValid($0.0) }) { return Typ.invalid }
        guard checkTypeArgCount(e.x, name: typeStr(orig), what: "type", got: args.count, want: orig.typeParams.count, allowFewer: false) else {
            return Typ.invalid
        }
        if orig.isGenericAlias {
            let t = subst(orig.resolved ?? Typ.invalid, substMap(orig.typeParams, args.map { $0.0 }))
            recordInstance(e.x, Instance(typeArgs: args.map { $0.0 }, type: t))
            later { [self] in verify(orig.typeParams, args.map { $0.0 }, positions: args.map { startPos($0.1) }) }
            return t
        }
        let inst = instantiateNamed(orig, args.map { $0.0 })
        recordInstance(e.x, Instance(typeArgs: inst.typeArgs, type: inst))
        // constraints are checked once the declarations they mention are complete
        later { [self] in
            verify(orig.typeParams, args.map { $0.0 }, positions: args.map { startPos($0.1) })
        }
        return inst
    }

    func recordInstance(_ e: Expr, _ inst: Instance) {
        var x = e
        while let p = x as? ParenExpr { x = p.x }
        if let s = x as? SelectorExpr { x = s.sel }
        info.instances[ObjectIdentifier(x)] = inst
    }

    /// Checks type arguments against their constraints; reports the first failure.
    @discardableResult
    func verify(_ tparams: [GoTypeParam], _ targs: [GoType], positions: [Pos]) -> Bool {
        let m = substMap(tparams, targs)
        for (i, p) in tparams.enumerated() where i < targs.count {
            let bound = subst(p.constraint, m)
            var cause = ""
            if !satisfies(targs[i], bound, cause: &cause) {
                errorAt(positions[min(i, positions.count - 1)], cause)
                return false
            }
        }
        return true
    }

    /// Constraint satisfaction (types2 implements with constraint == true).
    func satisfies(_ V: GoType, _ T: GoType, cause: inout String) -> Bool {
        if !isValid(V) || !isValid(T) || !isValid(V.underlying) { return true }
        guard let Ti = T.underlying as? GoInterface else {
            cause = "\(typeStr(V)) does not satisfy \(typeStr(T)) (\(typeStr(T)) is not an interface)"
            return false
        }
        _ = Ti.allMethods
        if Ti.isEmpty { return true }
        let Tname = constraintStr(T)
        let terms = typeSetTerms(of: Ti)
        if let terms, terms.isEmpty {
            cause = "cannot satisfy \(Tname) (empty type set)"
            return false
        }
        if let m = missingMethodCause(V, Ti, T, isStatic: true) {
            cause = "\(typeStr(V)) does not satisfy \(Tname) \(m)"
            return false
        }
        func checkComparable() -> Bool {
            if !Ti.isComparableConstraint { return true }
            if comparableType(V) { return true }
            cause = "\(typeStr(V)) does not satisfy comparable"
            return false
        }
        guard let terms else { return checkComparable() }
        if let vp = V as? GoTypeParam {
            guard let vterms = vp.typeSetTerms,
                  vterms.allSatisfy({ vt in terms.contains { t in
                      t.tilde ? identical(vt.type.underlying, t.type) : (!vt.tilde && identical(vt.type, t.type)) } }) else {
                cause = "\(typeStr(V)) does not satisfy \(Tname)"
                return false
            }
            return checkComparable()
        }
        if V.underlying is GoInterface {
            cause = "\(typeStr(V)) does not satisfy \(Tname)"
            return false
        }
        if !terms.contains(where: { termIncludes($0, V) }) {
            var alt: GoType? = nil
            for t in terms where !t.tilde && identical(t.type, t.type.underlying) && identical(V.underlying, t.type) {
                alt = t.type; break
            }
            let detail: String
            if let alt {
                detail = "possibly missing ~ for \(typeStr(alt)) in \(Tname)"
            } else {
                detail = "\(typeStr(V)) missing in \(termsStr(terms))"
            }
            cause = "\(typeStr(V)) does not satisfy \(Tname) (\(detail))"
            return false
        }
        return checkComparable()
    }

    /// The signature of a generic function for these type arguments.
    func instantiateSignature(_ sig: GoSignature, _ targs: [GoType]) -> GoSignature {
        let m = substMap(sig.typeParams, targs)
        let s = subst(GoSignature(recv: nil, params: sig.params, results: sig.results, variadic: sig.variadic), m) as! GoSignature
        let r = GoSignature(recv: sig.recv, params: s.params, results: s.results, variadic: sig.variadic)
        return r
    }

    /// Records the instantiated signature as the type of a generic call's
    /// function expression (f, pkg.F, f[int]).
    func updateExprTypeAfterInference(_ e: Expr, _ sig: GoSignature) {
        var x: Expr? = e
        while let cur = x {
            info.types[ObjectIdentifier(cur)] = TypeAndValue(mode: .value, type: sig, value: nil)
            switch cur {
            case let p as ParenExpr: x = p.x
            case let i as IndexExpr: x = i.x
            default: x = nil
            }
        }
    }

    /// Instantiates a generic function value from the function type it is
    /// assigned to (reverse inference); nil if that does not determine it.
    func inferFromTarget(_ e: Expr, _ s: GoSignature, _ target: GoSignature) -> GoSignature? {
        let tparams = s.typeParams
        let isTP: (GoTypeParam) -> Bool = { p in tparams.contains { $0 === p } }
        var m: SubstMap = [:]
        var fun: Expr = e
        while let p = fun as? ParenExpr { fun = p.x }
        for (i, t) in (partialInstances[ObjectIdentifier(fun)] ?? []).enumerated() where i < tparams.count {
            m[ObjectIdentifier(tparams[i])] = t
        }
        let plain = GoSignature(recv: nil, params: s.params, results: s.results, variadic: s.variadic)
        let tplain = GoSignature(recv: nil, params: target.params, results: target.results, variadic: target.variadic)
        guard unify(plain, tplain, &m, isTP, depth: 0) else { return nil }
        var targs: [GoType] = []
        for p in tparams {
            guard let t = m[ObjectIdentifier(p)] else { return nil }
            targs.append(subst(t, m))
        }
        if !verify(tparams, targs, positions: [argCallPos ?? startPos(e)]) {
            reportedGenericValue = true
            return nil
        }
        let inst = instantiateSignature(s, targs)
        var nameExpr: Expr = fun
        if let ix = fun as? IndexExpr { nameExpr = ix.x }
        recordInstance(nameExpr, Instance(typeArgs: targs, type: inst))
        updateExprTypeAfterInference(e, inst)
        return inst
    }

    /// A generic function used as a value that nothing instantiates.
    func genericValueError(_ e: Expr, _ s: GoSignature) {
        if reportedGenericValue { reportedGenericValue = false; return }
        var fun: Expr = e
        while let p = fun as? ParenExpr { fun = p.x }
        if let ix = fun as? IndexExpr, let given = partialInstances[ObjectIdentifier(ix)], given.count < s.typeParams.count {
            let p = s.typeParams[given.count]
            errorAt(ix.pos, "cannot infer \(p.obj.name) (declared at \(fileSet.format(p.obj.pos)))")
            return
        }
        error(e, "cannot use generic function \(exprText(e)) without instantiation")
    }

    // MARK: inference

    /// Infers the missing type arguments of a call (types2 infer): explicit
    /// ones first, then unification of parameter and typed argument types,
    /// constraint core types, and default types of untyped constants.
    /// nil after an error.
    func infer(_ call: CallExpr, _ sig: GoSignature, explicit: [GoType], _ args: [Operand], funcName: String) -> [GoType]? {
        let tparams = sig.typeParams
        var m: SubstMap = [:]
        for (i, t) in explicit.enumerated() where i < tparams.count { m[ObjectIdentifier(tparams[i])] = t }
        let isTP: (GoTypeParam) -> Bool = { p in tparams.contains { $0 === p } }
        var params = sig.params.vars.map { $0.type ?? Typ.invalid }
        if sig.variadic && !call.hasDots, let last = params.last as? GoSlice {
            params.removeLast()
            while params.count < args.count { params.append(last.elem) }
        }
        func tpList() -> String { tparams.map { $0.obj.name }.joined(separator: ", ") }
        var untypedArgs: [(Int, GoTypeParam)] = []
        for (i, a) in args.enumerated() where i < params.count {
            let pt = params[i]
            if !mentions(pt, isTP) { continue }
            if a.mode == .invalid { return nil }
            if isUntyped(a.type) {
                if let p = pt as? GoTypeParam, isTP(p) { untypedArgs.append((i, p)) }
                continue
            }
            if !unify(pt, a.type, &m, isTP, depth: 0) {
                let at = a.expr.map { exprText($0) } ?? "argument"
                if let p = pt as? GoTypeParam, let b = m[ObjectIdentifier(p)] {
                    error(a.expr ?? call, "in call to \(funcName), type \(typeStr(a.type)) of \(at) does not match inferred type \(typeStr(b)) for \(typeStr(pt))")
                } else {
                    error(a.expr ?? call, "in call to \(funcName), type \(typeStr(a.type)) of \(at) does not match \(typeStr(subst(pt, m))) (cannot infer \(tpList()))")
                }
                return nil
            }
        }
        var failed = false
        func coreInference() {
            for _ in 0..<tparams.count + 1 {
                var progress = false
                for p in tparams where !failed {
                    // a known type argument must have the constraint's methods
                    if let tx = m[ObjectIdentifier(p)], !mentions(tx, isTP), let ci0 = p.iface, !ci0.allMethods.isEmpty {
                        let bound = subst(p.constraint, m)
                        if !mentions(bound, isTP), let ci = bound.underlying as? GoInterface,
                           let cause = missingMethodCause(tx, ci, bound, isStatic: true) {
                            errorAt(call.pos, "in call to \(funcName), \(p.obj.name) (type \(typeStr(tx))) does not satisfy \(constraintStr(bound)) \(cause)")
                            failed = true
                            return
                        }
                    }
                    guard let terms = p.typeSetTerms, terms.count == 1, !(terms[0].type is GoTypeParam) else { continue }
                    let term = terms[0]
                    if var b = m[ObjectIdentifier(p)] {
                        let before = m.count
                        // A type argument that is itself a type parameter (of
                        // the enclosing function) unifies through its core type.
                        if let bp = b as? GoTypeParam, !isTP(bp), let core = bp.coreType { b = core }
                        _ = unify(term.type, term.tilde ? b.underlying : b, &m, isTP, depth: 0)
                        if m.count > before { progress = true }
                    } else if !term.tilde {
                        let t = subst(term.type, m)
                        if !mentions(t, isTP) {
                            m[ObjectIdentifier(p)] = t
                            progress = true
                        }
                    } else if mentions(term.type, isTP) {
                        let core = subst(term.type, m)
                        if !mentions(core, isTP) {
                            m[ObjectIdentifier(p)] = core
                            progress = true
                        }
                    }
                }
                if !progress { break }
            }
        }
        coreInference()
        if failed { return nil }
        // untyped constants: the largest default kind per type parameter
        var byParam: [ObjectIdentifier: (GoTypeParam, GoBasic, Operand)] = [:]
        var order: [ObjectIdentifier] = []
        for (i, p) in untypedArgs where m[ObjectIdentifier(p)] == nil {
            let a = args[i]
            guard let b = a.type as? GoBasic else { continue }
            if b.kind == .untypedNil { continue }
            let k = ObjectIdentifier(p)
            if let (_, old, _) = byParam[k] {
                if let mx = maxType(old, b) as? GoBasic { byParam[k] = (p, mx, a) } else {
                    error(a.expr ?? call, "in call to \(funcName), mismatched types \(old.name) and \(b.name) (cannot infer \(p.obj.name))")
                    return nil
                }
            } else {
                byParam[k] = (p, b, a); order.append(k)
            }
        }
        for k in order { if let (_, b, _) = byParam[k] { m[k] = defaultType(b) } }
        coreInference()
        if failed { return nil }
        var targs: [GoType] = []
        for p in tparams {
            guard let t = m[ObjectIdentifier(p)] else {
                errorAt(call.pos, "in call to \(funcName), cannot infer \(p.obj.name) (declared at \(fileSet.format(p.obj.pos)))")
                return nil
            }
            targs.append(subst(t, m))
        }
        return targs
    }

    /// Whether t mentions one of the type parameters being inferred.
    func mentions(_ t: GoType, _ isTP: (GoTypeParam) -> Bool, depth: Int = 0) -> Bool {
        if depth > 100 { return false }
        func r(_ x: GoType?) -> Bool { x.map { mentions($0, isTP, depth: depth + 1) } ?? false }
        switch t {
        case let p as GoTypeParam: return isTP(p)
        case let p as GoPointer: return r(p.elem)
        case let s as GoSlice: return r(s.elem)
        case let a as GoArray: return r(a.elem)
        case let m as GoMap: return r(m.key) || r(m.elem)
        case let c as GoChan: return r(c.elem)
        case let s as GoStruct: return s.fields.contains { r($0.type) }
        case let tu as GoTuple: return tu.vars.contains { r($0.type) }
        case let s as GoSignature: return r(s.params) || r(s.results)
        case let n as GoNamed: return n.typeArgs.contains { r($0) }
        case let i as GoInterface: return i.methods.contains { r($0.type) }
        default: return false
        }
    }

    /// Unifies a parameter type x (mentioning type parameters) with an
    /// argument type y, binding type parameters in m (inexactly: a defined
    /// argument type matches a type literal through its underlying type).
    func unify(_ x: GoType, _ y: GoType, _ m: inout SubstMap, _ isTP: (GoTypeParam) -> Bool, depth: Int) -> Bool {
        if depth > 100 { return true }
        if let p = x as? GoTypeParam, isTP(p) {
            if let b = m[ObjectIdentifier(p)] {
                if identical(b, y) { return true }
                if mentions(b, isTP) { return unify(b, y, &m, isTP, depth: depth + 1) }
                // inexact: a named and an unnamed type with identical underlying types
                if !(b is GoNamed) && !(y is GoNamed) { return false }
                if b is GoNamed && y is GoNamed { return false }
                if identical(b.underlying, y.underlying) {
                    if y is GoNamed { m[ObjectIdentifier(p)] = y }
                    return true
                }
                return false
            }
            m[ObjectIdentifier(p)] = y
            return true
        }
        if !mentions(x, isTP) { return true }   // checked when arguments are assigned
        let y0 = unalias(y)
        var yv = y0
        if let yn = y0 as? GoNamed {
            if let xn = x as? GoNamed {
                guard let xo = xn.origin ?? (xn.isGeneric ? xn : nil), let yo = yn.origin, xo === yo else { return false }
                let xargs = xn.origin == nil ? xn.typeParams.map { $0 as GoType } : xn.typeArgs
                for (i, a) in xargs.enumerated() where i < yn.typeArgs.count {
                    if !unify(a, yn.typeArgs[i], &m, isTP, depth: depth + 1) { return false }
                }
                return true
            }
            yv = yn.underlying
        }
        func u(_ a: GoType?, _ b: GoType?) -> Bool {
            guard let a, let b else { return true }
            return unify(a, b, &m, isTP, depth: depth + 1)
        }
        // Inexact unification: a defined type (an instance mentioning the
        // type parameters) against a type literal unifies its underlying type.
        var xv = x
        if let xn = x as? GoNamed, !(y0 is GoNamed) { xv = xn.underlying }
        switch (xv, yv) {
        case let (a as GoPointer, b as GoPointer): return u(a.elem, b.elem)
        case let (a as GoSlice, b as GoSlice): return u(a.elem, b.elem)
        case let (a as GoArray, b as GoArray): return a.len == b.len && u(a.elem, b.elem)
        case let (a as GoMap, b as GoMap): return u(a.key, b.key) && u(a.elem, b.elem)
        case let (a as GoChan, b as GoChan): return (a.dir == b.dir || b.dir == .both) && u(a.elem, b.elem)
        case let (a as GoStruct, b as GoStruct):
            guard a.fields.count == b.fields.count else { return false }
            for (i, f) in a.fields.enumerated() where !u(f.type, b.fields[i].type) { return false }
            return true
        case let (a as GoTuple, b as GoTuple):
            guard a.count == b.count else { return false }
            for (i, v) in a.vars.enumerated() where !u(v.type, b.vars[i].type) { return false }
            return true
        case let (a as GoSignature, b as GoSignature):
            return a.variadic == b.variadic && u(a.params, b.params) && u(a.results, b.results)
        case (is GoInterface, _):
            return true
        default:
            return false
        }
    }
}
