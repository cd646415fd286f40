// Static conversions between interface types keep a nil interface nil:
// assignment, argument passing, return, comparison, and storing in
// composite values. A non-nil value keeps its dynamic type and methods.
package main

import "fmt"

type Reader interface{ Read() string }
type ReadWriter interface {
	Read() string
	Write(s string)
}

type file struct{ data string }

func (f *file) Read() string    { return f.data }
func (f *file) Write(s string) { f.data += s }

var globalR Reader
var globalRW ReadWriter

func asReader(r Reader) Reader { return r }

func widen(rw ReadWriter) Reader { return rw }

func main() {
	globalR = globalRW
	var e any = globalR
	fmt.Println(globalR == nil, e == nil)
	var rw ReadWriter
	r := asReader(rw)
	fmt.Println(r == nil, widen(rw) == nil, Reader(rw) == nil)
	rs := []Reader{rw, globalRW}
	m := map[string]Reader{"k": rw}
	fmt.Println(rs[0] == nil, rs[1] == nil, m["k"] == nil, rw == r)
	rw = &file{data: "x"}
	r = rw
	rw.Write("y")
	fmt.Println(r.Read(), r != nil, widen(rw).Read())
	if w, ok := r.(ReadWriter); ok {
		w.Write("z")
	}
	fmt.Println(r.Read())
	var ch = make(chan Reader, 1)
	var none ReadWriter
	ch <- none
	fmt.Println(<-ch == nil)
}
