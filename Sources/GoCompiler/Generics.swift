// Generics.swift — generic code, compiled one body per instantiation
// (monomorphization; ARCHITECTURE.md says why). GoTypes checks generic
// functions, types and methods and records every use in Info.instances; a
// generic declaration gets no code of its own: each distinct (declaration,
// type arguments) pair met while compiling — at a call, a function value, a
// method call, or a method table of an instance type — becomes a function of
// its own (its FuncInfo, frame layout, stack map), compiled by a
// FunctionCompiler whose `tmap` substitutes the type arguments for the
// declaration's type parameters. Every type the body reads from Info goes
// through `ty`, so layouts, descriptors and stack maps are those of the
// instance; a type that still mentions a type parameter after substitution
// is refused, never laid out.
//
// Names follow Go: main.Map[...], main.(*List[...]).Push, and closures
// inside them main.Map[...].func1; %T prints main.List[int] (TypeTable.rname).
//
// Methods with type parameters of their own (Go 1.27) are called as
// instances taking the receiver type's arguments then their own; they are
// in no method table. Still refused, with "not supported yet" at the
// construct: generic types declared inside functions, method values of
// methods with type parameters.
// `refuseGenerics` (any generic declaration) stays for `gomem build -m`,
// since escape analysis of generic code is a later step; `gomem run` runs
// a program with generic code under the conservative placement.
import GoSyntax
import GoTypes

extension Compiler {
    /// The first generic declaration of the files, as an Unsupported; nil if none.
    public static func refuseGenerics(files: [File]) -> Unsupported? {
        for f in files {
            for d in f.declList {
                switch d {
                case let t as TypeDecl where t.tParamList != nil && !t.alias:
                    return Unsupported(t.name.pos, "generic types")
                case let fd as FuncDecl:
                    if fd.tParamList != nil {
                        return Unsupported(fd.name.pos, fd.recv == nil ? "generic functions" : "generic methods")
                    }
                    if let r = fd.recv, receiverIsGeneric(r) { return Unsupported(fd.name.pos, "generic methods") }
                default: break
                }
            }
        }
        return localGenericType(files)
    }

    /// The generic constructs the compiler does not compile: generic
    /// types declared in functions.
    public static func refuseUnsupportedGenerics(files: [File]) -> Unsupported? {
        localGenericType(files)
    }

    static func receiverIsGeneric(_ r: Field) -> Bool {
        var rt: Expr = r.type
        while true {
            if let p = rt as? ParenExpr { rt = p.x; continue }
            if let op = rt as? Operation, op.op == .mul, op.y == nil { rt = op.x; continue }
            break
        }
        return rt is IndexExpr
    }

    /// Generic types declared inside functions (allowed in Go 1.27).
    static func localGenericType(_ files: [File]) -> Unsupported? {
        var local: Unsupported? = nil
        let w = NodeWalker(intoLits: true) { n in
            if local != nil { return false }
            if let ds = n as? DeclStmt {
                for d in ds.declList {
                    if let t = d as? TypeDecl, t.tParamList != nil, !t.alias {
                        local = Unsupported(t.name.pos, "generic types declared in functions")
                        return false
                    }
                }
            }
            return true
        }
        for f in files { w.walkFile(f) }
        return local
    }
}

/// Whether t still mentions a type parameter (or an uninstantiated generic type).
func mentionsTypeParam(_ t: GoType?, depth: Int = 0) -> Bool {
    guard let t, depth < 100 else { return false }
    func r(_ x: GoType?) -> Bool { mentionsTypeParam(x, depth: depth + 1) }
    switch t {
    case is GoTypeParam: return true
    case let n as GoNamed: return n.isGeneric || n.typeArgs.contains { r($0) }
    case let p as GoPointer: return r(p.elem)
    case let s as GoSlice: return r(s.elem)
    case let a as GoArray: return r(a.elem)
    case let m as GoMap: return r(m.key) || r(m.elem)
    case let c as GoChan: return r(c.elem)
    case let s as GoStruct: return s.fields.contains { r($0.type) }
    case let tu as GoTuple: return tu.vars.contains { r($0.type) }
    case let sig as GoSignature: return r(sig.params) || r(sig.results)
    case let i as GoInterface: return i.methods.contains { r($0.type) } || i.embeddeds.contains { r($0) }
    default: return false
    }
}

/// How deeply t nests type constructors and type arguments (capped).
func typeDepth(_ t: GoType, depth: Int = 0) -> Int {
    if depth > 100 { return depth }
    func d(_ x: GoType) -> Int { typeDepth(x, depth: depth + 1) }
    switch t {
    case let n as GoNamed: return n.typeArgs.map(d).max() ?? depth
    case let p as GoPointer: return d(p.elem)
    case let s as GoSlice: return d(s.elem)
    case let a as GoArray: return d(a.elem)
    case let m as GoMap: return max(d(m.key), d(m.elem))
    case let c as GoChan: return d(c.elem)
    case let s as GoStruct: return s.fields.compactMap { $0.type.map(d) }.max() ?? depth
    default: return depth
    }
}

extension FunctionCompiler {
    /// A type read from Info, with this instance's type arguments substituted.
    func ty(_ t: GoType?) -> GoType {
        let t = t ?? Typ.int
        return tmap.isEmpty ? t : substitute(t, tmap)
    }

    /// A signature with the type arguments substituted (receiver included).
    func tySig(_ s: GoSignature) -> GoSignature {
        if tmap.isEmpty { return s }
        let n = substitute(s, tmap) as? GoSignature ?? s
        let r = GoSignature(recv: s.recv.map { Var.synthetic($0.name, ty($0.type)) }, params: n.params,
                            results: n.results, variadic: s.variadic)
        return r
    }

    /// The Name of a generic function in a call's function expression: F or F[int, string].
    func genericFuncName(_ fun: Expr) -> Name? {
        if let n = fun as? Name { return n }
        if let i = fun as? IndexExpr, let n = unparen(i.x) as? Name { return n }
        return nil
    }

    /// The function index of the instance of generic function f that the
    /// use n denotes (its type arguments substituted by this instance's).
    func genericInstance(_ f: Func, _ n: Name) throws -> Int {
        guard let inst = info.instances[ObjectIdentifier(n)] else { throw Unsupported(n.pos, "generic function \(f.name) without instance") }
        return try pc.instanceFunction(f, typeArgs: inst.typeArgs.map { ty($0) }, at: n.pos)
    }

    /// The method a method selection x.M denotes in this instance, and its
    /// path: inside a generic body, M of a type parameter's constraint or
    /// of List[T] is looked up again on the substituted receiver type.
    func concreteSelection(_ s: SelectorExpr, _ m: Func, _ index: [Int]) throws -> (Func, [Int]) {
        guard !tmap.isEmpty, let raw = info.typeOf(s.x), mentionsTypeParam(raw) else { return (m, index) }
        let r = lookupFieldOrMethod(ty(raw), addressable: true, pkg: m.pkg, name: m.name)
        guard let f = r.obj as? Func, let idx = r.index else { throw Unsupported(s.pos, "method \(m.name) of a type parameter") }
        return (f, idx)
    }

    /// unsafe.Sizeof, Alignof or Offsetof of an operand whose type mentions
    /// a type parameter, computed for this instance (the checker's constant
    /// is that of the generic body); nil if e holds no such call. Such a
    /// call folded into a larger constant expression is refused.
    func unsafeSizeInInstance(_ e: Expr) throws -> Int64? {
        func unsafeCall(_ n: Node) -> (CallExpr, String)? {
            guard let c = n as? CallExpr, let s = unparen(c.fun) as? SelectorExpr, let x = s.x as? Name,
                  let pn = info.objectOf(x) as? PkgName, pn.imported.path == "unsafe",
                  ["Sizeof", "Alignof", "Offsetof"].contains(s.sel.value), let a = c.argList.first,
                  mentionsTypeParam(info.typeOf(a)) || (s.sel.value == "Offsetof" && offsetBaseMentionsTP(a)) else { return nil }
            return (c, s.sel.value)
        }
        if let (c, what) = unsafeCall(unparen(e)) {
            let a = c.argList[0]
            switch what {
            case "Sizeof": return Sizes.sizeof(try typeOf(a))
            case "Alignof": return Sizes.alignof(try typeOf(a))
            default:
                guard let s = unparen(a) as? SelectorExpr, let sel = info.selections[ObjectIdentifier(s)], sel.index.count == 1 else {
                    throw Unsupported(c.pos, "unsafe.Offsetof in generic code")
                }
                var t = try typeOf(s.x)
                if let p = t.underlying as? GoPointer { t = p.elem }
                guard let st = t.underlying as? GoStruct else { throw Unsupported(c.pos, "unsafe.Offsetof in generic code") }
                return Sizes.offsetsof(st.fields)[sel.index[0]]
            }
        }
        var found = false
        NodeWalker(intoLits: false) { n in
            if found { return false }
            if unsafeCall(n) != nil { found = true; return false }
            return true
        }.walk(e)
        if found { throw Unsupported(e.pos, "unsafe size of a type parameter in a constant expression") }
        return nil
    }

    func offsetBaseMentionsTP(_ a: Expr) -> Bool {
        guard let s = unparen(a) as? SelectorExpr else { return false }
        return mentionsTypeParam(info.typeOf(s.x))
    }

    /// A call of a method with type parameters of its own (Go 1.27):
    /// x.M[int](...) or x.M(...) with inferred arguments; its instance
    /// takes the receiver type's arguments, then the method's.
    func genericMethodCallee(_ s: SelectorExpr, _ m: Func, _ msig: GoSignature, _ xt: GoType, _ path: [Int]) throws -> Callee {
        guard let inst = info.instances[ObjectIdentifier(s.sel)], let isig = ty(inst.type) as? GoSignature else {
            throw Unsupported(s.pos, "method \(m.name) without instance")
        }
        var origin = m
        var recvArgs: [GoType] = []
        var rt = msig.recv?.type ?? Typ.invalid
        if let p = rt as? GoPointer { rt = p.elem }
        if let n = rt as? GoNamed, let o = n.origin {
            guard let om = o.methods.first(where: { $0.name == m.name }) else { throw Unsupported(s.pos, "method \(m.name)") }
            origin = om
            recvArgs = n.typeArgs
        }
        let fi = try pc.instanceFunction(origin, typeArgs: recvArgs + inst.typeArgs.map { ty($0) }, at: s.pos)
        let csig = GoSignature(recv: msig.recv, params: isig.params, results: isig.results, variadic: isig.variadic)
        return .staticFn(fi, csig, recv: s.x, recvType: xt, method: m, path: path)
    }

    /// A method as the receiver's instance type has it: inside a generic
    /// body, a method of List[T] becomes the method of List[int].
    func concreteMethod(_ m: Func) -> Func {
        guard !tmap.isEmpty, let rt0 = m.signature?.recv?.type else { return m }
        var rt = ty(rt0)
        if let p = rt as? GoPointer { rt = p.elem }
        guard let n = rt as? GoNamed, n.origin != nil else { return m }
        return instanceMethods(n).first { $0.name == m.name } ?? m
    }
}

extension ProgramCompiler {
    /// The function index of generic function (or method of a generic
    /// type) `origin` for these type arguments; queues its body on first use.
    func instanceFunction(_ origin: Func, typeArgs: [GoType], at pos: Pos) throws -> Int {
        guard let fd = genericDecls[ObjectIdentifier(origin)], let sig = origin.signature else {
            throw Unsupported(pos, "generic function \(origin.name)")
        }
        if typeArgs.contains(where: { mentionsTypeParam($0) }) { throw Unsupported(pos, "generic instance of \(origin.name)") }
        // An instantiation cycle the checker let through (F[P] calling F[[]P]) must not queue instances forever.
        if typeArgs.contains(where: { typeDepth($0) > 64 }) { throw Unsupported(pos, "instantiation cycle of \(origin.name)") }
        let key = "\(UInt(bitPattern: ObjectIdentifier(origin).hashValue))[" + typeArgs.map { TypeTable.key($0) }.joined(separator: ",") + "]"
        if let i = instanceIndex[key] { return i }
        let tps = sig.recvTypeParams + sig.typeParams
        guard tps.count == typeArgs.count else { throw Unsupported(pos, "generic instance of \(origin.name)") }
        let idx = newFunction(instanceName(origin))
        instanceIndex[key] = idx
        pendingInstances.append((fd, origin, typeSubstitution(tps, typeArgs), idx))
        return idx
    }

    /// Go's name of an instance in tracebacks: main.Map[...],
    /// main.(*List[...]).Push, main.(*Cell).As[...].
    func instanceName(_ f: Func) -> String {
        if let sig = f.signature, let r = sig.recv?.type {
            let targs = sig.recvTypeParams.isEmpty ? "" : "[...]"
            let margs = sig.typeParams.isEmpty ? "" : "[...]"
            if let p = r as? GoPointer, let n = p.elem as? GoNamed { return "main.(*\(n.obj.name)\(targs)).\(f.name)\(margs)" }
            if let n = r as? GoNamed { return "main.\(n.obj.name)\(targs).\(f.name)\(margs)" }
        }
        return "main.\(f.name)[...]"
    }

    /// The function index of method m of an instance type (List[int].Push),
    /// nil if m is not a method of an instance.
    func instanceMethodIndex(_ m: Func, _ pos: Pos) throws -> Int? {
        guard var rt = m.signature?.recv?.type else { return nil }
        if let p = rt as? GoPointer { rt = p.elem }
        guard let n = rt as? GoNamed, let o = n.origin, o.obj.pkg === pkg else { return nil }
        guard let om = o.methods.first(where: { $0.name == m.name }) else { return nil }
        return try instanceFunction(om, typeArgs: n.typeArgs, at: pos)
    }

    /// Compiles the queued instance bodies (and the literals inside them).
    func drainInstances() throws {
        while !pendingInstances.isEmpty {
            let (fd, origin, tmap, idx) = pendingInstances.removeFirst()
            guard let body = fd.body, let sig = origin.signature else { throw Unsupported(fd.pos, "function without body") }
            let fc = FunctionCompiler(pc: self, index: idx, sig: sig, recv: sig.recv, captures: [], pos: fd.pos)
            fc.tmap = tmap
            try fc.compileBody(body, paramNodes: fd.type, recvNode: fd.recv)
            try drainLiterals()
        }
    }
}

/// The allocation plan of a program with generic code (escape analysis
/// does not run over it yet): every append grows on the heap, every
/// string conversion copies; where Go could have used a frame store, a
/// program reading cap() stops as for an inlining-dependent decision.
public final class HeapAllocationPlan: AllocationPlan {
    public init() {}
    public func appendBuffer(_ call: CallExpr) -> AppendBuffer { .none }
    public func moves(before node: Node) -> [SliceMove] { [] }
    public func stores(in body: BlockStmt) -> [(id: Int, elem: GoType)] { [] }
    public func stringToSlice(_ conv: CallExpr) -> StringToSlice { .copy }
    public func inliningDependence(_ call: CallExpr) -> String? { "a program with generic code (escape analysis not run)" }
    public var storesInFrame: Bool { false }
}
