package main

import "fmt"

const N = 4

type Matrix [N][N]int

func identity() Matrix {
	var m Matrix
	for i := 0; i < N; i++ {
		m[i][i] = 1
	}
	return m
}

func mul(a, b Matrix) Matrix {
	var c Matrix
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			for k := 0; k < N; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func transpose(m Matrix) Matrix {
	for i := 0; i < N; i++ {
		for j := i + 1; j < N; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func (m Matrix) print(name string) {
	fmt.Println(name + ":")
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%4d", v)
		}
		fmt.Println()
	}
}

func main() {
	var a Matrix
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			a[i][j] = i*N + j
		}
	}
	a.print("a")
	transpose(a).print("transpose(a)")
	fmt.Println("a*I == a:", mul(a, identity()) == a)
	sq := mul(a, a)
	sq.print("a*a")
	p := identity()
	for i := 0; i < 5; i++ {
		p = mul(p, a)
	}
	fmt.Println("trace(a^5) =", p[0][0]+p[1][1]+p[2][2]+p[3][3])
	var cube [2][3][4]byte
	cube[1][2][3] = 9
	fmt.Println(cube, len(cube), len(cube[0]), len(cube[0][0]))
}
