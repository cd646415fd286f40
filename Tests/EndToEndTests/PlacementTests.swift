// PlacementTests.swift — values live where escape analysis put them.
//
// `gomem run` places each local through escape analysis
// (GomemDriver/Placement.swift): a non-escaping local whose address is taken
// is a frame slot, so pointers into goroutine stacks exist and stack growth
// must adjust them. These tests run Go programs in-process and look at the
// VM afterwards (Driver.run's `inspect` hook, called when main has returned,
// before the VM is released):
//   - a non-escaping local's address (printed with the builtin println,
//     which does not make it escape) lies inside the main goroutine's stack
//     bounds and in no heap object; an escaping one's lies in a heap span of
//     the size class of its type (GoRuntime's findObject);
//   - recursion 1,000,000 deep, each frame holding a struct that points at
//     itself and at its caller's, with a pointer to main's local passed all
//     the way down: the stack grows by copying (many times) and the program
//     walks every frame's pointers at the bottom and again on the way up.
import Foundation
import Testing
import GoVM
import GoRuntime
@testable import GomemDriver

@Suite struct PlacementTests {
    /// Writes `source` to a fresh directory and runs it in-process.
    static func run(_ source: String, mode: String? = nil,
                    inspect: ((VM) -> Void)? = nil) -> CommandResult {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("gomem-placement-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("prog.go")
        try? source.write(to: file, atomically: true, encoding: .utf8)
        return Driver.run("prog.go", args: [], cwd: dir.path, timeLimit: 60, placementMode: mode, inspect: inspect)
    }

    /// The hex address printed after `label ` on its own stderr line.
    static func address(_ label: String, in stderr: String) -> UInt? {
        for line in stderr.split(separator: "\n") where line.hasPrefix(label + " 0x") {
            return UInt(line.dropFirst(label.count + 3), radix: 16)
        }
        return nil
    }

    static let whereProgram = """
        package main

        type Big struct{ a [5]int }

        var sink *Big

        func bump(p *int) { *p += 1 }

        func main() {
        \tx := 7
        \tbump(&x)
        \ty := Big{}
        \ty.a[2] = x
        \tsink = &y
        \tprintln("stack", &x)
        \tprintln("heap", &y)
        \tprintln(x, sink.a[2])
        }

        """

    @Test func nonEscapingLocalIsOnTheStackEscapingOneInTheHeap() {
        // Escape analysis agrees with Go: x stays, y moves.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gomem-placement-m-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try? Self.whereProgram.write(to: dir.appendingPathComponent("prog.go"), atomically: true, encoding: .utf8)
        let m = Driver.buildEscape(["prog.go"], verbose: 1, cwd: dir.path)
        #expect(m.stderr.contains("moved to heap: y"))
        #expect(!m.stderr.contains("moved to heap: x"))

        var lo: UInt = 0, hi: UInt = 0
        var stackObject = true, heapElemSize = -1, heapStart: UInt = 0, heapNoscan = false
        var stackAddr: UInt = 0, heapAddr: UInt = 0, stackSpanManual = false
        let r = Self.run(Self.whereProgram) { vm in
            lo = vm.g.pointee.lo
            hi = vm.g.pointee.hi
            let err = String(decoding: vm.out.stderr, as: UTF8.self)
            stackAddr = Self.address("stack", in: err) ?? 0
            heapAddr = Self.address("heap", in: err) ?? 0
            stackObject = vm.heap.findObject(stackAddr) != nil
            stackSpanManual = vm.heap.spanOf(stackAddr)?.state == .manual
            if let o = vm.heap.findObject(heapAddr) {
                heapElemSize = o.span.elemsize
                heapNoscan = o.span.spanclass.noscan
                heapStart = o.base
            }
        }
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(r.stderr.hasSuffix("8 8\n"), "\(r.stderr)")
        #expect(stackAddr != 0 && heapAddr != 0, "\(r.stderr)")
        #expect(stackAddr >= lo && stackAddr < hi, "x at \(stackAddr) outside the stack [\(lo), \(hi))")
        #expect(!stackObject, "x is inside a heap object")
        #expect(stackSpanManual, "x's span is not a stack (manual) span")
        #expect(!(heapAddr >= lo && heapAddr < hi), "y is on the stack")
        // Big is 40 bytes: size class 48, and y is that object's base.
        #expect(heapElemSize == 48, "y's span has elemsize \(heapElemSize)")
        #expect(heapStart == heapAddr)
        #expect(heapNoscan, "Big holds no pointers: a noscan span class")
    }

    @Test func conservativeRuleStillSelectable() {
        // The conservative rule (GOMEM_PLACEMENT=conservative) gives the
        // same answer, with x in the heap.
        var xInHeap = false
        let r = Self.run(Self.whereProgram, mode: "conservative") { vm in
            let a = Self.address("stack", in: String(decoding: vm.out.stderr, as: UTF8.self)) ?? 0
            xInHeap = vm.heap.findObject(a) != nil
        }
        #expect(xInHeap, "under the conservative rule x is a heap cell")
        #expect(r.exitCode == 0)
        #expect(r.stderr.hasSuffix("8 8\n"), "\(r.stderr)")
    }

    static let deepProgram = """
        package main

        import "fmt"

        type frame struct {
        \tdepth int
        \tup    *frame
        \tself  *frame
        }

        // walk follows every frame's up pointer from the deepest frame to
        // main's, checking each frame's pointer to itself.
        func walk(f *frame) (n, sum int) {
        \tfor ; f != nil; f = f.up {
        \t\tif f.self != f {
        \t\t\treturn -1, -1
        \t\t}
        \t\tn++
        \t\tsum += f.depth
        \t}
        \treturn
        }

        func rec(n int, up *frame, counter *int) (int, int) {
        \tvar f frame
        \tf.depth = n
        \tf.up = up
        \tf.self = &f
        \ta, b, c := n, n*2, n*3
        \t*counter += 1
        \tif n == 0 {
        \t\treturn walk(&f)
        \t}
        \tx, y := rec(n-1, &f, counter)
        \tif f.self != &f || f.up != up || f.depth != n || a+b+c != 6*n {
        \t\treturn -2, -2
        \t}
        \treturn x, y
        }

        func main() {
        \tcalls := 0
        \troot := frame{depth: -1}
        \troot.self = &root
        \tn, sum := rec(1000000, &root, &calls)
        \tfmt.Println(n, sum, calls, root.self == &root)
        }

        """

    @Test func deepRecursionGrowsTheStackWithPointersIntoIt() {
        var stackBytes: UInt = 0
        let r = Self.run(Self.deepProgram) { vm in stackBytes = vm.g.pointee.hi &- vm.g.pointee.lo }
        #expect(r.exitCode == 0, "\(r.stderr)")
        // 1,000,002 frames walked (root included), depths summing to
        // 1e6·(1e6+1)/2 − 1, every self pointer right on the way down and up.
        #expect(r.stdout == "1000002 500000499999 1000001 true\n", "\(r.stdout)\(r.stderr)")
        // The 2 KiB first stack grew by copying to hold a million frames.
        #expect(stackBytes >= 64 << 20, "stack is \(stackBytes) bytes")
    }

    static let methodAndSliceProgram = """
        package main

        import "fmt"

        type Counter struct{ n, hist [4]int }

        func (c *Counter) Add(k int) { c.n[k%4] += k; c.hist[0]++ }

        func sum(s []int) int {
        \tt := 0
        \tfor _, v := range s {
        \t\tt += v
        \t}
        \treturn t
        }

        func deep(n int, c *Counter, s []int) int {
        \tvar pad [8]int
        \tpad[n%8] = n
        \tif n == 0 {
        \t\tc.Add(3)
        \t\ts[1] = 99
        \t\treturn sum(s) + pad[0]
        \t}
        \treturn deep(n-1, c, s) + pad[n%8] - n
        }

        func main() {
        \tvar c Counter
        \tc.Add(5)
        \tvar arr [4]int
        \ts := arr[:]
        \ts[0] = 1
        \tr := deep(100000, &c, s)
        \tc.Add(2)
        \tfmt.Println(r, c.n[1], c.n[2], c.n[3], c.hist[0], arr[0], arr[1], sum(arr[:]))
        }

        """

    @Test func pointerMethodAndSliceOfStackArraySurviveGrowth() {
        // c (pointer-receiver methods) and arr (sliced) stay on main's
        // stack; the pointer and the slice passed 100,000 frames down are
        // adjusted each time the stack is copied. Go prints the same line.
        let r = Self.run(Self.methodAndSliceProgram)
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(r.stdout == "100 5 2 3 3 1 99 100\n", "\(r.stdout)")
    }
}
