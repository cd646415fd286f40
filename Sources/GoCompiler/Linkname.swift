// Linkname.swift — body-less functions bound with `//go:linkname local
// runtime.name` to a runtime function: gomem provides the runtime functions
// such programs use as natives of the same name ("runtime.memmove"), and the
// declared function simply becomes that native (its calls are `calln`, its
// value a static closure over the native's index).
//
// Invariants:
//   - Only the targets in `linkable` bind, and only when the declaration's
//     signature is identical to the runtime function's: a native reads its
//     arguments by that layout, so any other signature is refused.
//   - A body-less function with no linkname never gets here (the checker
//     reports Go's "missing function body"); one linked to anything else is
//     `not supported yet` at the declaration.
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
            for d in f.declList {
                if let t = d.pragma.linkname(of: name) { return t }
            }
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
              zip(sig.params.vars, want.params).allSatisfy({ identical($0.type?.underlying, $1) }),
              zip(sig.results.vars, want.results).allSatisfy({ identical($0.type?.underlying, $1) }),
              let fi = native(target) else {
            throw Unsupported(fd.pos, "function linked to \(target)")
        }
        return fi
    }
}
