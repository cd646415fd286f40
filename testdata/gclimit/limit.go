// limit.go — GOGC=off with GOMEMLIMIT=64MiB (limit.env): the memory limit
// alone paces the collector. The program first builds a 16 MiB live set
// (far below the limit: no collection may run yet), then churns through
// 1 GiB of short-lived 64 KiB buffers (sixteen times the limit) beside it,
// reading runtime.MemStats every 16 allocations. It checks that the heap
// (HeapAlloc, HeapInuse) and the memory held from the OS (Sys −
// HeapReleased) stay under the limit plus the slack Go itself needs, that
// collections ran only once the heap neared the limit, and that the live
// set survived. It prints only these verdicts, so Go's output is the golden.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

const (
	limit    = 64 << 20
	liveSize = 16 << 20
	bufSize  = 64 << 10
	total    = 1 << 30
	// Go's limit is soft: its concurrent mark lets the heap overshoot while
	// a cycle runs (by up to ~12 MiB on a loaded 2-core machine), and the
	// runtime's own metadata comes on top.
	heapSlack = 16 << 20
	sysSlack  = 16 << 20
)

func main() {
	var m runtime.MemStats
	fmt.Println("GOMEMLIMIT read:", debug.SetMemoryLimit(-1) == limit)
	fmt.Println("GOGC read as off:", debug.SetGCPercent(-1) == -1)

	// 1. The live set, far below the limit.
	live := make([][]byte, liveSize/bufSize)
	for i := range live {
		live[i] = make([]byte, bufSize)
		live[i][0] = byte(i)
	}
	runtime.ReadMemStats(&m)
	fmt.Println("no gc below the limit:", m.NumGC == 0)
	gcBefore := m.NumGC

	// 2. Churn: 1 GiB in total, 64 KiB at a time, each dropped at once
	// (kept for one step in sink so the allocation is not optimised away).
	var sink []byte
	underHeap, underSys := true, true
	var maxHeapAlloc, maxHeapInuse, maxHeld uint64
	for i := 0; i < total/bufSize; i++ {
		sink = make([]byte, bufSize)
		sink[i%bufSize] = byte(i)
		if i%16 == 0 {
			runtime.ReadMemStats(&m)
			held := m.Sys - m.HeapReleased
			maxHeapAlloc = max(maxHeapAlloc, m.HeapAlloc)
			maxHeapInuse = max(maxHeapInuse, m.HeapInuse)
			maxHeld = max(maxHeld, held)
			if m.HeapAlloc > limit+heapSlack || m.HeapInuse > limit+heapSlack {
				underHeap = false
			}
			if held > limit+sysSlack {
				underSys = false
			}
		}
	}
	runtime.ReadMemStats(&m)
	fmt.Println("heap stayed under limit:", underHeap)
	fmt.Println("memory held from the OS stayed under limit:", underSys)
	fmt.Println("gc ran:", m.NumGC > gcBefore)
	// 1 GiB through a heap of at most ~64 MiB with 16 MiB live needs at
	// least one cycle per ~48 MiB allocated.
	fmt.Println("gc ran often enough:", m.NumGC-gcBefore >= (total/(limit-liveSize))/2)
	ok := true
	for i := range live {
		if live[i][0] != byte(i) || len(live[i]) != bufSize {
			ok = false
		}
	}
	fmt.Println("live set intact:", ok)
	fmt.Println("sink:", len(sink))
	if !underHeap || !underSys {
		println("max HeapAlloc", maxHeapAlloc, "max HeapInuse", maxHeapInuse, "max Sys-HeapReleased", maxHeld)
	}
}
