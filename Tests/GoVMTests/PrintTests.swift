// PrintTests.swift — the print builtins' formats (Print.swift) and the
// output sink.
import Testing
import GoABI
@testable import GoVM

@Suite struct PrintTests {
    @Test func printBuiltinFormatsAsGosRuntime() {
        Fixture.run("package main\nfunc main() {}\n") { vm, _ in
            let before = vm.out.stderr.count
            var i: Int64 = -42, f = 1e21, b: Int64 = 1
            vm.printBuiltin(&i, 1)
            vm.printBuiltin(&f, 3)
            vm.printBuiltin(&b, 4)
            let text = String(decoding: vm.out.stderr[before...], as: UTF8.self)
            // Go 1.27's print builtin writes floats in their shortest form.
            #expect(text == "-421e+21true")
        }
    }
}
