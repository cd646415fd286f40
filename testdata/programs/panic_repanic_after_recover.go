package main

import "fmt"

type Disk struct {
	free int
}

func (d *Disk) Write(n int) {
	if n > d.free {
		panic(fmt.Sprintf("disk full: need %d, have %d", n, d.free))
	}
	d.free -= n
}

func save(d *Disk, sizes []int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("cleaning up after:", r)
			panic(r) // re-panic with the same value
		}
	}()
	for _, s := range sizes {
		d.Write(s)
		fmt.Println("wrote", s, "free", d.free)
	}
}

func main() {
	fmt.Println("starting")
	save(&Disk{free: 100}, []int{40, 30, 50})
}
