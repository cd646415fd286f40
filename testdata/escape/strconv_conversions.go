// mm
package main

import "strconv"

func main() {
	s := strconv.Itoa(123)
	n, err := strconv.Atoi("456")
	b := strconv.AppendInt(nil, 78, 10)
	buf := make([]byte, 0, 16)
	buf = strconv.AppendQuote(buf, "q")
	println(s, n, err == nil, string(b), string(buf))
}
