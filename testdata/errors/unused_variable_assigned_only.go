package main

func main() {
	result := 0
	for i := 0; i < 5; i++ {
		result = i * 2
	}
}
