package main

import "fmt"

type Matrix struct {
	rows, cols int
	data       []float64
}

func New(r, c int) *Matrix { return &Matrix{r, c, make([]float64, r*c)} }

func (m *Matrix) Mul(o *Matrix) *Matrix {
	if m.cols != o.rows {
		panic(fmt.Sprintf("dimension mismatch: %dx%d * %dx%d", m.rows, m.cols, o.rows, o.cols))
	}
	out := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			for k := 0; k < m.cols; k++ {
				out.data[i*o.cols+j] += m.data[i*m.cols+k] * o.data[k*o.cols+j]
			}
		}
	}
	return out
}

func main() {
	a, b := New(2, 3), New(3, 4)
	c := a.Mul(b)
	fmt.Println("result", c.rows, "x", c.cols)
	a.Mul(a)
}
