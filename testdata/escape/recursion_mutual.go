// mm
package main

func isEven(n int, p *int) bool {
	*p++
	if n == 0 {
		return true
	}
	return isOdd(n-1, p)
}

func isOdd(n int, p *int) bool {
	*p++
	if n == 0 {
		return false
	}
	return isEven(n-1, p)
}

func main() {
	calls := 0
	println(isEven(6, &calls), calls)
}
