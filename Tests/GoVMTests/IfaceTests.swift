// IfaceTests.swift — itabs built at run time (Iface.swift): the entries
// follow the interface's method order, the cache returns the same itab, and
// a missing method is named.
import Testing
import GoABI
@testable import GoVM

@Suite struct IfaceTests {
    static let source = """
    package main

    type Shape interface { Area() int; Name() string }
    type Sq struct{ n int }

    func (s Sq) Name() string { return "sq" }
    func (s Sq) Area() int    { return s.n * s.n }

    type Bare struct{ n int }

    func main() {
        var sh Shape = Sq{3}
        var b any = Bare{1}
        println("iface", sh)
        println("bare", b)
    }
    """

    @Test func itabsFollowTheInterfaceAndAreCached() {
        Fixture.run(IfaceTests.source) { vm, p in
            guard let w = p["iface"], w.count == 2, let bare = p["bare"], bare.count == 2,
                  let compiled = ItabRef(bits: w[0]) else { Issue.record("fixture printed \(p)"); return }
            let inter = compiled.inter, sq = compiled.type
            #expect(TypeRef(bits: sq)?.name == "main.Sq")
            // Built at run time from the type's method set: same entries as the compiler's.
            let (bits, missing) = vm.getitab(type: sq, inter: inter)
            #expect(missing == nil)
            let built = ItabRef(bits: bits)!
            #expect(built.count == 2 && built.type == sq && built.inter == inter)
            for i in 0..<2 { #expect(built.entry(i).pointee.fn == compiled.entry(i).pointee.fn) }
            #expect(vm.getitab(type: sq, inter: inter).0 == bits)
            #expect(vm.dynType(bits, nonEmpty: true) == sq)
            let (none, name) = vm.getitab(type: bare[0], inter: inter)
            #expect(none == 0 && name == "Area")
        }
    }
}
