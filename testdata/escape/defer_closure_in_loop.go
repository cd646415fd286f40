// mm
package main

func run() (s int) {
	for i := 1; i <= 3; i++ {
		defer func() {
			s += i
		}()
	}
	return 0
}

func main() {
	println(run())
}
