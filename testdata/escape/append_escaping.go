// mm
package main

var all []*int

func track(v int) {
	all = append(all, &v)
}

func main() {
	track(1)
	track(2)
	println(len(all), *all[0]+*all[1])
}
