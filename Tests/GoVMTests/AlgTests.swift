// AlgTests.swift — Go's == by type descriptor (Alg.swift): NaN is unequal
// to itself, +0 equals -0, strings compare by bytes, and equal values hash
// alike.
import Testing
import GoABI
@testable import GoVM

@Suite struct AlgTests {
    @Test func floatsAndStringsCompareAsGo() {
        Fixture.run("package main\nfunc main() { var x any = 1.5; var s any = \"a\"; println(\"f\", x); println(\"s\", s) }\n") { vm, p in
            guard let f = p["f"], f.count == 2, let s = p["s"], s.count == 2,
                  let ft = TypeRef(bits: f[0]), let st = TypeRef(bits: s[0]) else {
                Issue.record("fixture printed \(p)"); return
            }
            #expect(ft.kind == .float64 && st.kind == .string)
            var a = Double.nan, b = Double.nan
            #expect(vm.valuesEqual(ft, &a, &b) == false)
            var z = 0.0, nz = -0.0
            #expect(vm.valuesEqual(ft, &z, &nz) == true)
            #expect(vm.hashValue(ft, &z) == vm.hashValue(ft, &nz))
            var x = vm.newString("gomem"), y = vm.newString("gomem"), w = vm.newString("gomen")
            #expect(vm.valuesEqual(st, &x, &y) == true)
            #expect(vm.valuesEqual(st, &x, &w) == false)
            #expect(vm.hashValue(st, &x) == vm.hashValue(st, &y))
        }
    }
}
