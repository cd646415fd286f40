// Generics.swift — the compiler's refusal of generic code. GoTypes checks
// generic functions, types and methods (and records every instance in
// Info.instances), but the compiler does not yet produce code for them: a
// package that declares one stops here, at the first such declaration in
// source order (package level first, then types declared in function
// bodies), with `generic functions|methods|types not supported yet`,
// before escape analysis or code generation looks at a type parameter.
import GoSyntax

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
                    if let r = fd.recv {
                        var rt: Expr = r.type
                        while true {
                            if let p = rt as? ParenExpr { rt = p.x; continue }
                            if let op = rt as? Operation, op.op == .mul, op.y == nil { rt = op.x; continue }
                            break
                        }
                        if rt is IndexExpr { return Unsupported(fd.name.pos, "generic methods") }
                    }
                default: break
                }
            }
        }
        // generic types declared inside functions (allowed in Go 1.27)
        var local: Unsupported? = nil
        let w = NodeWalker(intoLits: true) { n in
            if local != nil { return false }
            if let ds = n as? DeclStmt {
                for d in ds.declList {
                    if let t = d as? TypeDecl, t.tParamList != nil, !t.alias {
                        local = Unsupported(t.name.pos, "generic types")
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
