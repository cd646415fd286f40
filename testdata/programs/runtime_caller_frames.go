package main

import (
	"fmt"
	"runtime"
	"strings"
)

// base keeps the file name only: Go's paths depend on where it was built.
func base(path string) string {
	return path[strings.LastIndex(path, "/")+1:]
}

type Logger struct{ prefix string }

func (l *Logger) Where() string {
	pc, file, line, ok := runtime.Caller(1)
	if !ok {
		return "?"
	}
	return fmt.Sprintf("%s%s %s:%d", l.prefix, runtime.FuncForPC(pc).Name(), base(file), line)
}

type Point struct{ X, Y int }

func (p Point) Trace() []string {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		out = append(out, fmt.Sprintf("%s %s:%d", f.Function, base(f.File), f.Line))
		if !more {
			break
		}
	}
	return out
}

func helper(l *Logger) string { return l.Where() }

func main() {
	l := &Logger{prefix: "at "}
	fmt.Println(l.Where())
	fmt.Println(helper(l))
	func() {
		fmt.Println(l.Where())
	}()
	defer func() {
		fmt.Println("deferred:", l.Where())
	}()

	for _, s := range (Point{1, 2}).Trace() {
		fmt.Println(s)
	}

	pc, file, line, ok := runtime.Caller(0)
	fn := runtime.FuncForPC(pc)
	f2, l2 := fn.FileLine(pc)
	fmt.Println(fn.Name(), base(file), line, ok, base(f2), l2, fn.Entry() <= pc)
	_, _, _, ok = runtime.Caller(50)
	fmt.Println("deep caller ok:", ok)

	pcs := make([]uintptr, 1)
	fmt.Println("callers(0) into 1 slot:", runtime.Callers(0, pcs), runtime.FuncForPC(pcs[0]).Name())
	fmt.Println("callers beyond the stack:", runtime.Callers(40, pcs))

	done := make(chan []string)
	go func() {
		done <- Point{}.Trace()
	}()
	for _, s := range <-done {
		fmt.Println("goroutine:", s)
	}
	go func() {
		defer close(done)
		fmt.Println("goroutine:", l.Where())
	}()
	<-done
}
