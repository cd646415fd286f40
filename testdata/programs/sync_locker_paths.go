// sync_locker_paths: contended Mutex, RWMutex and Cond reached through every
// call path (direct, sync.Locker, method value, method expression, defer)
// must block and retry the same call, as Go's do.
package main

import (
	"fmt"
	"sync"
)

// Contended sync.Mutex, RWMutex and Cond through every call path: direct,
// sync.Locker interface, method value, method expression (func value), defer.

type counter struct {
	mu sync.Mutex
	n  int
}

func viaInterface() int {
	var mu sync.Mutex
	var l sync.Locker = &mu
	var wg sync.WaitGroup
	n := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				l.Lock()
				v := n
				for k := 0; k < 3; k++ {
					// yield while holding the lock: others must find it held
					ch := make(chan int, 1)
					ch <- k
					<-ch
				}
				runtimeYield()
				n = v + 1
				l.Unlock()
			}
		}()
	}
	wg.Wait()
	return n
}

func runtimeYield() {
	done := make(chan bool)
	go func() { done <- true }()
	<-done
}

func viaMethodValue() int {
	var c counter
	lock, unlock := c.mu.Lock, c.mu.Unlock
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				lock()
				v := c.n
				runtimeYield()
				c.n = v + 1
				unlock()
			}
		}()
	}
	wg.Wait()
	return c.n
}

func viaFuncValue() int {
	var mu sync.Mutex
	lock := (*sync.Mutex).Lock
	unlock := (*sync.Mutex).Unlock
	n := 0
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				lock(&mu)
				v := n
				runtimeYield()
				n = v + 1
				unlock(&mu)
			}
		}()
	}
	wg.Wait()
	return n
}

func viaDefer() int {
	var mu sync.Mutex
	n := 0
	var wg sync.WaitGroup
	step := func() {
		mu.Lock()
		defer mu.Unlock()
		v := n
		runtimeYield()
		n = v + 1
	}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				step()
			}
		}()
	}
	wg.Wait()
	return n
}

// deferLock: a deferred Lock on a held mutex blocks until released.
func deferLock() string {
	var mu sync.Mutex
	mu.Lock()
	out := make(chan string, 2)
	go func() {
		func() {
			defer mu.Lock() // blocks until main unlocks
			out <- "body"
		}()
		out <- "after deferred Lock"
		mu.Unlock()
	}()
	s := <-out
	runtimeYield()
	mu.Unlock()
	s += ", " + <-out
	mu.Lock()
	return s
}

// deferWait: a deferred wg.Wait blocks the function's return.
func deferWait() []string {
	var wg sync.WaitGroup
	var log []string
	var mu sync.Mutex
	f := func() {
		defer wg.Wait()
		for i := 0; i < 3; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				log = append(log, "worker")
				mu.Unlock()
			}()
		}
	}
	f()
	log = append(log, "returned")
	return log
}

func rwViaInterface() (int, int) {
	var rw sync.RWMutex
	var w sync.Locker = &rw
	n, reads := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				w.Lock()
				v := n
				runtimeYield()
				n = v + 1
				w.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				rw.RLock()
				a := n
				runtimeYield()
				if a != n {
					panic("write during read lock")
				}
				reads++
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	return n, reads
}

func condQueue() []int {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var queue []int
	var got []int
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 4; k++ {
				mu.Lock()
				for len(queue) == 0 {
					cond.Wait()
				}
				got = append(got, queue[0])
				queue = queue[1:]
				mu.Unlock()
			}
		}()
	}
	for v := 1; v <= 12; v++ {
		mu.Lock()
		queue = append(queue, v)
		cond.Signal()
		mu.Unlock()
		if v%4 == 0 {
			runtimeYield()
		}
	}
	wg.Wait()
	sum := 0
	for _, v := range got {
		sum += v
	}
	return []int{len(got), sum}
}

func condBroadcast() int {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	woke := 0
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			for !ready {
				c.Wait()
			}
			woke++
		}()
	}
	runtimeYield()
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	return woke
}

// condViaRWMutex: a Cond whose Locker is an RWMutex's write lock, waited
// on through a method value.
func condViaRWMutex() int {
	var rw sync.RWMutex
	c := sync.NewCond(&rw)
	wait := c.Wait
	n := 0
	done := make(chan bool)
	go func() {
		rw.Lock()
		for n == 0 {
			wait()
		}
		n *= 10
		rw.Unlock()
		done <- true
	}()
	runtimeYield()
	rw.Lock()
	n = 4
	signal := c.Signal
	signal()
	rw.Unlock()
	<-done
	return n
}

type lockedList struct {
	sync.Mutex
	items []string
}

func embedded() int {
	var l lockedList
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var lk sync.Locker = &l
			lk.Lock()
			k := len(l.items)
			runtimeYield()
			l.items = append(l.items[:k], fmt.Sprint(i))
			lk.Unlock()
		}(i)
	}
	wg.Wait()
	return len(l.items)
}

func main() {
	fmt.Println("interface:", viaInterface())
	fmt.Println("method value:", viaMethodValue())
	fmt.Println("func value:", viaFuncValue())
	fmt.Println("defer:", viaDefer())
	fmt.Println("defer Lock:", deferLock())
	fmt.Println("defer Wait:", deferWait())
	w, r := rwViaInterface()
	fmt.Println("rwmutex:", w, r)
	fmt.Println("cond queue:", condQueue())
	fmt.Println("cond broadcast:", condBroadcast())
	fmt.Println("cond rwmutex:", condViaRWMutex())
	fmt.Println("embedded:", embedded())
}
