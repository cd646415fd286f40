package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	maxSeen  int64
}

func (s *Stats) observe(v int64) {
	for {
		cur := atomic.LoadInt64(&s.maxSeen)
		if v <= cur || atomic.CompareAndSwapInt64(&s.maxSeen, cur, v) {
			return
		}
	}
}

func main() {
	var counter int64
	var wg sync.WaitGroup
	for i := 0; i < 64; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				atomic.AddInt64(&counter, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", atomic.LoadInt64(&counter))

	var s Stats
	for i := 0; i < 32; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				s.requests.Add(1)
				if (i+j)%10 == 0 {
					s.errors.Add(1)
				}
				s.observe(int64(i*100 + j))
			}
		}()
	}
	wg.Wait()
	fmt.Println("requests:", s.requests.Load(), "errors:", s.errors.Load(), "max:", atomic.LoadInt64(&s.maxSeen))

	var flag int64
	fmt.Println("CAS 0->1:", atomic.CompareAndSwapInt64(&flag, 0, 1))
	fmt.Println("CAS 0->2:", atomic.CompareAndSwapInt64(&flag, 0, 2))
	atomic.StoreInt64(&flag, 42)
	fmt.Println("stored:", atomic.LoadInt64(&flag))
	var x atomic.Int64
	x.Store(10)
	fmt.Println(x.Swap(20), x.Load(), x.CompareAndSwap(20, 30), x.Load())
	var b atomic.Bool
	b.Store(true)
	fmt.Println(b.Load())
}
