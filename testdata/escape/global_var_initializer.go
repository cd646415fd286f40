// mm
package main

type conf struct{ level int }

var defaultConf = &conf{level: 2}
var names = []string{"x", "y"}
var table = map[string]int{"one": 1}

func main() {
	c := defaultConf
	println(c.level, len(names), table["one"])
}
