// mm
package main

var sink interface{}

type rec struct{ name string }

func publish(r *rec) {
	sink = r
}

func main() {
	r := &rec{name: "alpha"}
	publish(r)
	println(sink.(*rec).name)
}
