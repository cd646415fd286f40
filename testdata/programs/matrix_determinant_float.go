package main

import (
	"fmt"
	"math"
)

type Mat [][]float64

func (m Mat) Clone() Mat {
	c := make(Mat, len(m))
	for i := range m {
		c[i] = append([]float64(nil), m[i]...)
	}
	return c
}

// Det computes the determinant by Gaussian elimination with partial pivoting.
func (m Mat) Det() float64 {
	a := m.Clone()
	n := len(a)
	det := 1.0
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[piv][col]) {
				piv = r
			}
		}
		if a[piv][col] == 0 {
			return 0
		}
		if piv != col {
			a[piv], a[col] = a[col], a[piv]
			det = -det
		}
		det *= a[col][col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
		}
	}
	return det
}

func hilbert(n int) Mat {
	h := make(Mat, n)
	for i := range h {
		h[i] = make([]float64, n)
		for j := range h[i] {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	return h
}

func main() {
	ms := []Mat{
		{{2}},
		{{1, 2}, {3, 4}},
		{{6, 1, 1}, {4, -2, 5}, {2, 8, 7}},
		{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}},
		{{0, 1}, {1, 0}},
	}
	for _, m := range ms {
		fmt.Printf("%v -> %.6g\n", m, m.Det())
	}
	for n := 1; n <= 6; n++ {
		d := hilbert(n).Det()
		fmt.Printf("hilbert(%d): det=%.6e 1/det=%.4g\n", n, d, 1/d)
	}
	fmt.Printf("%8.3f\n", hilbert(3))
}
