// MapTests.swift — the map table (Map.swift): entries inserted by the
// program are found by key, absent keys are not, and growth keeps them.
import Testing
import GoABI
@testable import GoVM

@Suite struct MapTests {
    @Test func lookupsFindWhatTheProgramStored() {
        let src = "package main\nfunc main() { m := map[int]int{}; for i := 0; i < 100; i++ { m[i] = i * i }; println(\"m\", m) }\n"
        Fixture.run(src) { vm, p in
            guard let a = p["m"]?.first, let m = UnsafeMutableRawPointer(bitPattern: a) else { Issue.record("fixture printed \(p)"); return }
            let h = m.assumingMemoryBound(to: HMap.self)
            #expect(h.pointee.count == 100)
            #expect(h.pointee.cap >= 128 && h.pointee.cap & (h.pointee.cap - 1) == 0)
            for k: Int64 in [0, 7, 99] {
                var key = k
                let (slot, found, _) = vm.mapFind(m, &key, insert: false)
                #expect(found)
                #expect(slot.map { ($0 + h.pointee.elemOff).load(as: Int64.self) } == k * k)
            }
            var absent: Int64 = 100
            #expect(vm.mapFind(m, &absent, insert: false).1 == false)
        }
    }
}
