// mm
package main

type grid [400][400]int32

func main() {
	g := grid{}
	g[399][399] = 5
	small := [100]int32{}
	small[99] = 6
	println(g[399][399] + small[99])
}
