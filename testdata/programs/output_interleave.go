// output_interleave: writes to stdout and stderr through fmt, os.File,
// print/println and a final panic; with both on one pipe (2>&1) they must
// appear in program order, as Go's unbuffered os.Stdout/os.Stderr give.
package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	fmt.Println("out 1: fmt.Println")
	fmt.Fprintln(os.Stderr, "err 1: fmt.Fprintln(os.Stderr)")
	fmt.Print("out 2: fmt.Print no newline, ")
	println("err 2: println", 42, true)
	fmt.Printf("then Printf %d\n", 3)
	print("err 3: print ", 1.5, "\n")
	os.Stdout.WriteString("out 4: os.Stdout.WriteString\n")
	os.Stderr.Write([]byte("err 4: os.Stderr.Write\n"))
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			fmt.Printf("out goroutine %d\n", i)
			fmt.Fprintf(os.Stderr, "err goroutine %d\n", i)
			done <- true
		}()
		<-done
	}
	for i := 0; i < 5; i++ {
		if i%2 == 0 {
			fmt.Fprintln(os.Stdout, "out loop", i)
		} else {
			fmt.Fprintln(os.Stderr, "err loop", i)
		}
	}
	fmt.Println("out last before panic")
	panic(errors.New("boom after output"))
}
