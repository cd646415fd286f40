// mm
package main

type speaker interface{ speak(p *int) int }

type dog struct{}

func (dog) speak(p *int) int { return *p + 1 }

func talk(s speaker) int {
	x := 10
	return s.speak(&x)
}

func main() {
	println(talk(dog{}))
}
