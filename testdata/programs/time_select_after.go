// time.After in a select as a timeout, timers (NewTimer, Stop, Reset) with
// Go 1.23's synchronous timer channels, tickers, Tick and AfterFunc.
package main

import (
	"fmt"
	"time"
)

func main() {
	// Nothing arrives: the timeout fires.
	ch := make(chan int)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timeout")
	}

	// The value arrives long before the timeout.
	go func() {
		time.Sleep(5 * time.Millisecond)
		ch <- 42
	}()
	select {
	case v := <-ch:
		fmt.Println("got", v)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}

	// Loop with a per-iteration timeout and a producer that stops.
	results := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			results <- i * i
		}
	}()
	for {
		select {
		case r := <-results:
			fmt.Println("result", r)
			continue
		case <-time.After(20 * time.Millisecond):
			fmt.Println("no more results")
		}
		break
	}

	// A timer's channel reports len and cap 0; Stop on a pending timer is true, then false.
	t := time.NewTimer(time.Hour)
	fmt.Println("len/cap:", len(t.C), cap(t.C))
	fmt.Println("stop pending:", t.Stop(), "stop again:", t.Stop())

	// Reset a stopped timer; the value arrives; Stop after receiving is false.
	fmt.Println("reset stopped:", t.Reset(10*time.Millisecond))
	sent := <-t.C
	fmt.Println("fired, value not zero:", !sent.IsZero(), "stop after receive:", t.Stop())

	// An expired timer whose value nobody received: Stop reports true and
	// drains it, so a later poll sees nothing.
	t.Reset(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("stop expired unreceived:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value after Stop")
	}

	// A polling select sees an expired timer.
	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	select {
	case <-t2.C:
		fmt.Println("poll: fired")
	default:
		fmt.Println("poll: not yet")
	}

	// Reset of a pending timer reports true; the new deadline counts.
	t3 := time.NewTimer(time.Hour)
	fmt.Println("reset pending:", t3.Reset(5*time.Millisecond))
	<-t3.C
	fmt.Println("t3 fired")

	// Timers started in order fire in deadline order.
	a := time.NewTimer(30 * time.Millisecond)
	b := time.NewTimer(10 * time.Millisecond)
	for i := 0; i < 2; i++ {
		select {
		case <-a.C:
			fmt.Println("a")
		case <-b.C:
			fmt.Println("b")
		}
	}

	// A ticker ticks repeatedly until stopped.
	tk := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks:", n)
	tk.Reset(2 * time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("tick after Reset")

	// time.Tick and a nil Tick for a non-positive duration.
	tc := time.Tick(3 * time.Millisecond)
	<-tc
	<-tc
	fmt.Println("Tick twice; Tick(0) is nil:", time.Tick(0) == nil)

	// AfterFunc runs its function in a new goroutine; a stopped one never runs.
	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { done <- "after func ran" })
	stopped := time.AfterFunc(5*time.Millisecond, func() { done <- "stopped func ran" })
	fmt.Println("stop AfterFunc:", stopped.Stop())
	fmt.Println(<-done)
	time.Sleep(10 * time.Millisecond)
	select {
	case s := <-done:
		fmt.Println(s)
	default:
		fmt.Println("stopped func did not run")
	}

	// A NewTicker with a non-positive interval panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
