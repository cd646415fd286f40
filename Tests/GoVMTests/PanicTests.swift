// PanicTests.swift — run-time errors carry Go's type and message
// (Panic.swift), and panic values print as Go's printpanicval.
import Testing
import GoABI
@testable import GoVM

@Suite struct PanicTests {
    @Test func runtimeErrorsHaveGosTypesAndMessages() {
        Fixture.run("package main\nfunc main() {}\n") { vm, _ in
            _ = vm.raiseRuntimeError("index out of range [5] with length 3")
            guard let (t, d) = vm.takePanic() else { Issue.record("no panic recorded"); return }
            #expect(TypeRef(bits: t)?.name == "runtime.boundsError")
            #expect(vm.panicValueString(type: t, data: d) == "runtime error: index out of range [5] with length 3")
            _ = vm.raiseRuntimeError("send on closed channel", plain: true)
            guard let (t2, d2) = vm.takePanic() else { Issue.record("no panic recorded"); return }
            #expect(vm.panicValueString(type: t2, data: d2) == "send on closed channel")
            #expect(vm.takePanic() == nil)
        }
    }
}
