package main

func main() {
	x := undefinedFn()
	var y int = "s"
	z, w := 1
	for i := range undefinedV {
	}
	switch t := undefinedT.(type) {
	}
}
