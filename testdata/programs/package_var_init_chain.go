package main

import "fmt"

type Config struct {
	Name    string
	Workers int
	Queue   int
}

// Declared in reverse dependency order on purpose.
var summary = describe(config)

var config = Config{
	Name:    appName + "-" + version,
	Workers: defaultWorkers * multiplier,
	Queue:   queueSize(),
}

var queueDepth = [...]int{defaultWorkers, defaultWorkers * 2, defaultWorkers * 4}

func queueSize() int {
	s := 0
	for _, q := range queueDepth {
		s += q
	}
	return s
}

func describe(c Config) string {
	return fmt.Sprintf("%s with %d workers and queue %d", c.Name, c.Workers, c.Queue)
}

var multiplier = computeMultiplier()

func computeMultiplier() int {
	trace = append(trace, "multiplier")
	return len(version)
}

var trace []string

const appName = "gomem"

var version = "v" + fmt.Sprint(major) + "." + fmt.Sprint(minor)

var major, minor = 1, 27

const defaultWorkers = 4

var counter = next()
var counter2 = next()

var seq int

func next() int {
	seq++
	return seq * 100
}

func main() {
	fmt.Println(summary)
	fmt.Printf("%+v\n", config)
	fmt.Println(queueDepth, multiplier, version, trace)
	fmt.Println(counter, counter2, seq)
}
