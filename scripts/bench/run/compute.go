// compute.go — a compute loop: integer arithmetic in nested loops
// (a linear congruential generator and a sieve-free prime count).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	n := 20000000 * runtime.NumGoroutine()
	x := uint64(12345)
	sum := 0
	for i := 0; i < n; i++ {
		x = x*6364136223846793005 + 1442695040888963407
		sum += int(x>>60) ^ (i & 7)
	}
	primes := 0
	for k := 2; k < n/30; k++ {
		p := true
		for d := 2; d*d <= k; d++ {
			if k%d == 0 {
				p = false
				break
			}
		}
		if p {
			primes++
		}
	}
	fmt.Println(sum, primes)
}
