// off.go — GOGC=off and no memory limit (off.env): the collector never
// runs on its own. The program allocates 256 MiB of short-lived 64 KiB
// buffers and checks that no cycle ran (NumGC == 0), that nothing was
// freed (HeapAlloc covers every byte allocated) and that the heap goal is
// unbounded; then runtime.GC still collects when asked. Prints only these
// verdicts, so Go's output is the golden.
package main

import (
	"fmt"
	"runtime"
)

const (
	bufSize = 64 << 10
	total   = 256 << 20
)

func main() {
	var m runtime.MemStats
	var sink []byte
	for i := 0; i < total/bufSize; i++ {
		sink = make([]byte, bufSize)
		sink[i%bufSize] = byte(i)
	}
	runtime.ReadMemStats(&m)
	fmt.Println("no gc ran:", m.NumGC == 0)
	fmt.Println("nothing freed:", m.HeapAlloc >= total)
	fmt.Println("heap grew past the GOGC=100 goal:", m.HeapInuse >= total)
	fmt.Println("gc enabled:", m.EnableGC)
	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("runtime.GC still collects:", m.NumGC == 1 && m.NumForcedGC == 1)
	fmt.Println("heap freed by it:", m.HeapAlloc < total/4)
	fmt.Println("sink:", len(sink))
}
