// Package initialization order follows references made through methods:
// a variable initialized by a method call (or a method expression, or a
// method value) waits for the variables that method reads.
package main

import "fmt"

type counter int

func (c counter) base() int      { return start + int(c) }
func (c *counter) scaled() int   { return factor * int(*c) }
func (c counter) label() string  { return prefix + fmt.Sprint(int(c)) }

var viaCall = counter(1).base()
var viaExpr = counter.label(7)
var viaValue = counter(3).label
var viaPointer = (&seed).scaled()

var seed = counter(5)
var start = next("start", 100)
var factor = next("factor", 10)
var prefix = fmt.Sprint("n", next("prefix", 0))

var log []string

func next(name string, v int) int {
	log = append(log, name)
	return v
}

func main() {
	fmt.Println(viaCall, viaExpr, viaValue(), viaPointer)
	fmt.Println(log)
}
