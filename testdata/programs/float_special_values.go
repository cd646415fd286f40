package main

import (
	"fmt"
	"math"
)

func safeDiv(a, b float64) float64 { return a / b }

func main() {
	posInf := math.Inf(1)
	negInf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(posInf, negInf, nan)
	fmt.Println("1/0 =", safeDiv(1, 0), "-1/0 =", safeDiv(-1, 0), "0/0 =", safeDiv(0, 0))
	fmt.Println("NaN == NaN:", nan == nan, "NaN != NaN:", nan != nan)
	fmt.Println("IsNaN:", math.IsNaN(nan), math.IsNaN(posInf))
	fmt.Println("Inf > MaxFloat64:", posInf > math.MaxFloat64)
	fmt.Println("Inf - Inf =", posInf-posInf, "Inf * 0 =", posInf*0)
	fmt.Println("Inf + 1 =", posInf+1, "-Inf < -1e308:", negInf < -1e308)

	zero := 0.0
	negZero := -zero
	fmt.Println("neg zero:", negZero, "equal:", negZero == zero, "1/negZero:", 1/negZero)
	fmt.Println("math.Max(3, NaN) =", math.Max(3, nan), "math.Min(-0, 0) =", math.Min(negZero, zero))
	fmt.Println("Sqrt(-1) =", math.Sqrt(-1))
	fmt.Println("Floor(-2.5) =", math.Floor(-2.5), "Ceil(-2.5) =", math.Ceil(-2.5))
	fmt.Println("Abs(-3.25) =", math.Abs(-3.25), "Pow(2, 0.5) =", math.Pow(2, 0.5))
	fmt.Println("Mod(7.5, 2) =", math.Mod(7.5, 2), "Mod(-7.5, 2) =", math.Mod(-7.5, 2))

	// NaN in a map key is never found again.
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	_, ok := m[nan]
	fmt.Println("len with two NaN keys:", len(m), "found:", ok)

	// Sorting out NaN values by hand.
	data := []float64{3, nan, 1, posInf, -2, negInf}
	var clean []float64
	for _, v := range data {
		if !math.IsNaN(v) {
			clean = append(clean, v)
		}
	}
	fmt.Println("clean:", clean)
	fmt.Printf("%f %e %g %v\n", posInf, negInf, nan, float32(nan))
	fmt.Printf("%8.2f|%-8.2f|%+.1f\n", posInf, nan, negInf)
	fmt.Println(int64(math.Floor(1e10+0.5)), math.Floor(1e20))
}
