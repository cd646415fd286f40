package main

type I interface{ I }
type J interface{ K }
type K interface{ J; M() }
type A [2]A
type S struct{ a [3]S }
type P struct{ p *P; s []P; m map[string]P; f func(P) P }
type X = Y
type Y = X
const c1 = c2
const c2 = c1
var v1 = v2
var v2 = v1

func main() {}
