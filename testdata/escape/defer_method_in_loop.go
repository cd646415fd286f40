// mm
package main

type closer struct{ n *int }

func (c closer) close() { *c.n++ }

func process() int {
	count := 0
	for i := 0; i < 3; i++ {
		c := closer{n: &count}
		defer c.close()
	}
	return count
}

func main() {
	println(process())
}
