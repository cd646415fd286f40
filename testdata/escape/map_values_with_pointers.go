// mm
package main

type entry struct {
	hits *int
	tags []string
}

var registry = map[string]entry{}

func add(name string, tags ...string) {
	h := 0
	registry[name] = entry{hits: &h, tags: tags}
}

func main() {
	add("a", "x", "y")
	*registry["a"].hits += 3
	println(*registry["a"].hits, len(registry["a"].tags))
}
