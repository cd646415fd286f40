// limitgogc.go — GOGC=200 with GOMEMLIMIT=48MiB (limitgogc.env) below the
// GOGC goal: with a 32 MiB live set, GOGC=200 alone would let the heap
// grow to ~96 MiB, so the memory limit is the binding goal. The program
// builds the live set, churns 512 MiB of 64 KiB buffers beside it and
// checks, every 16 allocations, that the heap (HeapAlloc, HeapInuse) and
// the memory held from the OS (Sys − HeapReleased) stay under the limit
// plus Go's slack, that collections ran, and that the live set survived.
// Prints only these verdicts, so Go's output is the golden.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

const (
	limit     = 48 << 20
	liveSize  = 32 << 20
	bufSize   = 64 << 10
	total     = 512 << 20
	heapSlack = 16 << 20 // Go's overshoot while a concurrent cycle runs (see limit.go)
	sysSlack  = 16 << 20
)

func main() {
	var m runtime.MemStats
	fmt.Println("GOMEMLIMIT read:", debug.SetMemoryLimit(-1) == limit)
	fmt.Println("GOGC read:", debug.SetGCPercent(200) == 200)
	live := make([][]byte, liveSize/bufSize)
	for i := range live {
		live[i] = make([]byte, bufSize)
		live[i][1] = byte(i)
	}
	runtime.ReadMemStats(&m)
	gcBefore := m.NumGC
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
	// 512 MiB through at most ~16 MiB of headroom: dozens of cycles.
	fmt.Println("gc ran often enough:", m.NumGC-gcBefore >= total/(limit-liveSize)/2)
	ok := true
	for i := range live {
		if live[i][1] != byte(i) || len(live[i]) != bufSize {
			ok = false
		}
	}
	fmt.Println("live set intact:", ok)
	fmt.Println("sink:", len(sink))
	if !underHeap || !underSys {
		println("max HeapAlloc", maxHeapAlloc, "max HeapInuse", maxHeapInuse, "max Sys-HeapReleased", maxHeld)
	}
}
