package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// sync/atomic's typed values and Value, sync.Pool (emptied by two
// collections: the victim cache), and sync.WaitGroup.Go.

type config struct {
	name    string
	retries int
}

type buffer struct{ id int }

func main() {
	var i32 atomic.Int32
	var u32 atomic.Uint32
	var i64 atomic.Int64
	var u64 atomic.Uint64
	var flag atomic.Bool
	fmt.Println(i32.Add(-5), i32.Swap(7), i32.CompareAndSwap(7, 9), i32.CompareAndSwap(7, 11), i32.Load())
	fmt.Println(u32.Add(3), u32.Add(^uint32(0)), u32.Or(0xF0), u32.And(0x3C), u32.Load())
	fmt.Println(i64.Add(1<<40), i64.Swap(-1), i64.Load(), u64.Add(10), u64.CompareAndSwap(10, 1<<63), u64.Load())
	fmt.Println(flag.Swap(true), flag.Load(), flag.CompareAndSwap(true, false), flag.Load())

	var n int32
	var addr uint64 = 5
	atomic.AddInt32(&n, 4)
	fmt.Println(atomic.SwapInt32(&n, 1), atomic.LoadInt32(&n), atomic.AddUint64(&addr, 2), atomic.OrUint64(&addr, 8), atomic.AndUint64(&addr, 6), addr)

	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(config{"primary", 3})
	old := v.Swap(config{"backup", 5})
	fmt.Printf("%+v %+v\n", old, v.Load())
	fmt.Println(v.CompareAndSwap(config{"backup", 5}, config{"final", 1}), v.CompareAndSwap(config{"x", 0}, config{"y", 0}), v.Load().(config).name)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store("a string")
	}()

	var counter atomic.Int64
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Go(func() { counter.Add(int64(i)) })
	}
	wg.Wait()
	fmt.Println("sum:", counter.Load())

	made := 0
	pool := sync.Pool{New: func() any { made++; return &buffer{made} }}
	a, b, c := pool.Get().(*buffer), pool.Get().(*buffer), pool.Get().(*buffer)
	pool.Put(a)
	pool.Put(b)
	pool.Put(c)
	fmt.Println(pool.Get().(*buffer).id, pool.Get().(*buffer).id, pool.Get().(*buffer).id, pool.Get().(*buffer).id)
	pool.Put(a)
	runtime.GC() // the pooled object moves to the victim cache...
	runtime.GC() // ...and the second collection drops it
	fmt.Println(pool.Get().(*buffer).id, "made", made)
	var empty sync.Pool
	empty.Put(nil)
	fmt.Println(empty.Get())
}
