package main

import "fmt"

const W, H = 10, 8

type Board [H][W]bool

func (b *Board) neighbors(y, x int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dy == 0 && dx == 0 {
				continue
			}
			yy, xx := (y+dy+H)%H, (x+dx+W)%W
			if b[yy][xx] {
				n++
			}
		}
	}
	return n
}

func (b Board) step() Board {
	var next Board
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := b.neighbors(y, x)
			next[y][x] = n == 3 || (n == 2 && b[y][x])
		}
	}
	return next
}

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func (b Board) alive() int {
	n := 0
	for _, row := range b {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func main() {
	var b Board
	// A glider and a blinker.
	b[0][1], b[1][2], b[2][0], b[2][1], b[2][2] = true, true, true, true, true
	b[5][6], b[5][7], b[5][8] = true, true, true
	start := b
	for gen := 0; gen <= 4; gen++ {
		fmt.Printf("generation %d (%d alive)\n%v", gen, b.alive(), b)
		b = b.step()
	}
	for gen := 5; gen < 40; gen++ {
		b = b.step()
	}
	fmt.Println("after 40 generations alive:", b.alive(), "same as start:", b == start)
}
