// Linkname.swift — body-less functions bound with `//go:linkname local
// runtime.name` to a runtime function: gomem provides the runtime functions
// such programs use as natives of the same name ("runtime.memmove"), and the
// declared function simply becomes that native (its calls are `calln`, its
// value a static closure over the native's index).
//
// Invariants:
//   - Only the targets in `linkable` bind, and only when the declaration's
//     signature has the runtime function's layout (a native reads its
//     arguments by it): each parameter and result a pointer where the
//     runtime's is (any *T or unsafe.Pointer), else an integer of the same
//     size and signedness. Any other signature is refused.
//   - A body-less function with no linkname never gets here (the checker
//     reports Go's "missing function body"); one linked to anything else is
//     `not supported yet` at the declaration, and so is a package-level
//     variable linked to another package's, or a function with a body
//     pushed under another package's name (Go's linker sees a duplicate).
import GoABI
import GoSyntax
import GoTypes

extension ProgramCompiler {
    /// The runtime functions a body-less function may be linked to, with
    /// their parameter and result types.
    static let linkable: [String: (params: [GoType], results: [GoType])] = [
        "runtime.memmove": ([Typ.unsafePointer, Typ.unsafePointer, Typ.uintptr], []),
        "runtime.memclrNoHeapPointers": ([Typ.unsafePointer, Typ.uintptr], []),
        "runtime.nanotime": ([], [Typ.int64]),
        "runtime.cheaprand": ([], [Typ.uint32]),
        "runtime.fastrand": ([], [Typ.uint32]),
    ]

    /// The `//go:linkname` target named for function `name` anywhere in the
    /// program's files (Go accepts the directive anywhere in the file).
    func linknameTarget(_ name: String) -> String? {
        for f in files {
            for l in f.linknames where l.local == name { return l.target }
        }
        return nil
    }

    /// The function index (a native) that the body-less declaration `fd` is
    /// bound to.
    func linkedFunction(_ fd: FuncDecl, _ obj: Func?) throws -> Int {
        guard let target = linknameTarget(fd.name.value) else {
            throw Unsupported(fd.pos, "function without body")
        }
        guard fd.recv == nil, let sig = obj?.signature, !sig.variadic, let want = ProgramCompiler.linkable[target],
              sig.params.count == want.params.count, sig.results.count == want.results.count,
              zip(sig.params.vars, want.params).allSatisfy({ sameLayout($0.type, $1) }),
              zip(sig.results.vars, want.results).allSatisfy({ sameLayout($0.type, $1) }),
              let fi = native(target) else {
            throw Unsupported(fd.pos, "function linked to \(target)")
        }
        return fi
    }

    /// A package-level variable bound to another package's variable by
    /// //go:linkname would read that variable's value: gomem has none to
    /// give, so such a program is refused at the variable.
    func checkLinkedVariables() throws {
        for f in files {
            for l in f.linknames where l.target != nil {
                if let v = pkg.scope.lookup(l.local) as? Var {
                    throw Unsupported(v.pos, "variable linked to \(l.target!)")
                }
            }
        }
    }

    /// Whether a declared parameter type is passed as the runtime's is.
    func sameLayout(_ t: GoType?, _ want: GoType) -> Bool {
        guard let u = t?.underlying else { return false }
        let isPtr = { (x: GoType) in x is GoPointer || (x as? GoBasic)?.kind == .unsafePointer }
        if isPtr(want) { return isPtr(u) }
        guard let b = u as? GoBasic, b.info.contains(.isInteger) else { return false }
        // Same size and signedness: a result is widened in its slot by it.
        let wantUnsigned = (want as? GoBasic)?.info.contains(.isUnsigned) == true
        return TypeTable.size(b) == TypeTable.size(want) && b.info.contains(.isUnsigned) == wantUnsigned
    }
}
