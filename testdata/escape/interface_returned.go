// mm
package main

type valuer interface{ val() int }

type intv int

func (i intv) val() int { return int(i) }

func wrap(n int) valuer {
	return intv(n)
}

func main() {
	v := wrap(5)
	println(v.val())
}
