// Runtime2Tests.swift — the shared runtime layouts (GoABI/Runtime2.swift)
// have the sizes their diagrams give, and the VM's G starts as Go's does.
import Testing
import GoABI
@testable import GoVM

@Suite struct Runtime2Tests {
    @Test func layoutsMatchTheirDiagrams() {
        #expect(MemoryLayout<SliceHeader>.size == 24)
        #expect(MemoryLayout<EFace>.size == 16 && MemoryLayout<IFace>.size == 16)
        #expect(MemoryLayout<GoString>.size == 16)
        #expect(MemoryLayout<DeferRecord>.size == 32)
        #expect(MemoryLayout<HChan>.size == 96 && HChan.recvqOffset == 64 && HChan.sendqOffset == 80)
        #expect(MemoryLayout<SelectCase>.size == 32)
        #expect(MemoryLayout<HMap>.size == 56)
        #expect(MemoryLayout<ItabHeader>.size == 24 && MemoryLayout<ItabEntry>.stride == 16)
        #expect(ItabRef.size(methods: 2) == 24 + 2 * 16)
        #expect(DeferRef.size(argSize: 12) == 48)
        #expect(FuncVal.size(captured: 3) == 32)
    }

    @Test func waitReasonsReadAsGos() {
        #expect(WaitReason.chanReceive.description == "chan receive")
        #expect(WaitReason.chanSendNilChan.description == "chan send (nil chan)")
        #expect(WaitReason.selectNoCases.description == "select (no cases)")
        #expect(WaitReason.syncWaitGroupWait.description == "sync.WaitGroup.Wait")
        #expect(WaitReason.zero.description == "")
    }

    @Test func mainGoroutineRunsOnAFixedSizeStack() {
        Fixture.run("package main\nfunc main() {}\n") { vm, _ in
            #expect(vm.g.pointee.id == 1)
            #expect(vm.g.pointee.hi - vm.g.pointee.lo >= 2048)
            #expect(vm.g.pointee.deferTop == 0)
        }
    }
}
