// Map keys that are not reflexive: NaN never equals itself, so every
// insert of a NaN key adds an entry that no lookup or delete can reach;
// range still yields them and clear removes them. +0 and -0 are one key.
// Struct keys ignore blank (_) fields in hashing as in ==.
package main

import (
	"fmt"
	"math"
	"sort"
)

type point struct {
	x, y float64
}

type tagged struct {
	id int32
	_  int32
	v  float32
}

func main() {
	nan := math.NaN()
	m := map[float64]string{}
	m[nan] = "first"
	m[nan] = "second"
	m[math.Copysign(0, -1)] = "minus zero"
	m[0] = "zero"
	m[2.5] = "two and a half"
	fmt.Println("len:", len(m))
	v, ok := m[nan]
	fmt.Printf("lookup NaN: %q %v\n", v, ok)
	fmt.Println("m[-0] is m[0]:", m[math.Copysign(0, -1)])
	delete(m, nan)
	fmt.Println("after delete(NaN):", len(m))
	var vals []string
	nanKeys := 0
	for k, v := range m {
		if k != k {
			nanKeys++
		}
		vals = append(vals, v)
	}
	sort.Strings(vals)
	fmt.Println("range NaN keys:", nanKeys, vals)
	clear(m)
	fmt.Println("after clear:", len(m))

	pm := map[point]int{}
	for i := 0; i < 3; i++ {
		pm[point{1, nan}] += 1
	}
	pm[point{1, 2}]++
	pm[point{1, 2}]++
	fmt.Println("struct keys:", len(pm), pm[point{1, 2}])

	am := map[[3]float32]bool{}
	f32nan := float32(nan)
	am[[3]float32{0, f32nan, 1}] = true
	am[[3]float32{0, f32nan, 1}] = true
	fmt.Println("array keys:", len(am))

	im := map[any]int{}
	im[nan] = 1
	im[nan] = 2
	im[f32nan] = 3
	im["nan"] = 4
	im["nan"] = 5
	fmt.Println("interface keys:", len(im), im["nan"])

	cm := map[complex128]int{}
	cm[complex(0, nan)]++
	cm[complex(0, nan)]++
	cm[complex(math.Copysign(0, -1), 0)]++
	cm[0]++
	fmt.Println("complex keys:", len(cm), cm[0])

	tm := map[tagged]string{}
	a := tagged{id: 1, v: 2}
	b := tagged{id: 1, v: 2}
	tm[a] = "a"
	tm[b] = "b"
	fmt.Println("blank fields:", len(tm), tm[a])

	many := map[float64]int{}
	for i := 0; i < 30000; i++ {
		many[nan] = i
	}
	sum := 0
	for _, v := range many {
		sum += v
	}
	fmt.Println("many NaNs:", len(many), sum)
}
