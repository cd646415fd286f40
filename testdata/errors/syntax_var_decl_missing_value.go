package main

func main() {
	var total int =
}
