package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Values map[string]string
}

var (
	cfg      *Config
	cfgOnce  sync.Once
	initRuns int
)

func loadConfig() *Config {
	cfgOnce.Do(func() {
		initRuns++
		cfg = &Config{Values: map[string]string{"env": "test", "level": "debug"}}
	})
	return cfg
}

type Lazy struct {
	once  sync.Once
	value int
	calls int
}

func (l *Lazy) Get() int {
	l.once.Do(func() {
		l.calls++
		for i := 1; i <= 100; i++ {
			l.value += i
		}
	})
	return l.value
}

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*Config, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ptrs[i] = loadConfig()
		}()
	}
	wg.Wait()
	same := true
	for _, p := range ptrs {
		if p != ptrs[0] {
			same = false
		}
	}
	fmt.Println("init ran:", initRuns, "all share config:", same, ptrs[0].Values["env"])

	var l Lazy
	for i := 0; i < 3; i++ {
		fmt.Println("lazy:", l.Get())
	}
	fmt.Println("computed", l.calls, "time(s)")

	// A panicking Do still counts as done.
	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("first call panics") })
	}()
	ran := false
	o.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)

	// A once-guarded value shared by concurrent callers.
	var sq struct {
		once sync.Once
		val  int
	}
	square := func() int {
		sq.once.Do(func() {
			fmt.Println("computing once")
			sq.val = 12 * 12
		})
		return sq.val
	}
	got := make([]int, 4)
	for i := range got {
		wg.Add(1)
		go func() { defer wg.Done(); got[i] = square() }()
	}
	wg.Wait()
	fmt.Println(got, square())
}
