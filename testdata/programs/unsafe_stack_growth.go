package main

import (
	"fmt"
	"unsafe"
)

type pair struct {
	a, b int64
}

// deep recurses with a large frame so that the goroutine stack grows
// (and is copied) several times while callers hold unsafe.Pointers into
// their own frames.
func deep(n int, p unsafe.Pointer, sum int64) int64 {
	var pad [64]int64
	pad[n%64] = int64(n)
	if n == 0 {
		// Write through a pointer into the frame of main.
		q := (*pair)(p)
		q.b += 100
		return sum + q.a
	}
	return deep(n-1, p, sum+pad[n%64])
}

func viaAdd(p unsafe.Pointer) int64 {
	// unsafe.Add to the second field, then deep recursion, then use it.
	q := unsafe.Add(p, unsafe.Offsetof(pair{}.b))
	r := deep(300, p, 0)
	return *(*int64)(q) + r
}

func sliceOfFrame() int {
	var arr [8]int32
	for i := range arr {
		arr[i] = int32(i * i)
	}
	s := unsafe.Slice(&arr[2], 4)
	base := unsafe.Pointer(&arr)
	_ = deep(200, unsafe.Pointer(&pair{1, 2}), 0)
	s[0] = 99 // arr[2]
	third := *(*int32)(unsafe.Add(base, 3*unsafe.Sizeof(arr[0])))
	total := 0
	for _, v := range s {
		total += int(v)
	}
	return total*1000 + int(arr[2]) + int(third)
}

func main() {
	x := pair{a: 7, b: 1}
	p := unsafe.Pointer(&x)
	fmt.Println(deep(500, p, 0), x.b)
	fmt.Println(viaAdd(p), x.b)
	// A pointer rebuilt from uintptr arithmetic in one expression.
	y := [3]int64{10, 20, 30}
	mid := (*int64)(unsafe.Pointer(uintptr(unsafe.Pointer(&y[0])) + unsafe.Sizeof(y[0])))
	_ = deep(400, unsafe.Pointer(&x), 0)
	*mid += 5
	fmt.Println(y, *mid)
	fmt.Println(sliceOfFrame())
	// unsafe.Pointer values compare like pointers.
	q := unsafe.Pointer(&x.a)
	fmt.Println(p == q, p != unsafe.Pointer(&x.b), unsafe.Pointer(nil) == nil)
}
